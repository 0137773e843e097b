using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Ingest;

/// <summary>
/// Reads a fact file: CSV with a <c>concept</c> column, optional attribute columns, and value columns
/// whose headers give the period and/or dimension members of the values beneath them. See
/// docs/package-format.md for the format.
/// </summary>
internal sealed class FactFileReader
{
    private readonly DiagnosticBag bag;
    private readonly Taxonomy taxonomy;
    private readonly FiscalCalendar calendar;
    private readonly ReportingSettings reporting;
    private readonly FactFileHeaderReader headers;

    public FactFileReader(DiagnosticBag bag, Taxonomy taxonomy, FiscalCalendar calendar, ReportingSettings reporting)
    {
        this.bag = bag;
        this.taxonomy = taxonomy;
        this.calendar = calendar;
        this.reporting = reporting;
        headers = new FactFileHeaderReader(bag, taxonomy, calendar);
    }

    public ImmutableArray<ReportedFact> Read(FactFileSpec spec, string text)
    {
        using var records = CsvRecords.Read(spec.Path, text, bag).GetEnumerator();
        if (!records.MoveNext())
        {
            bag.Error(DiagnosticCodes.BadHeader, "The fact file has no header line.", new SourceLocation(spec.Path));
            return [];
        }
        var headerRecord = records.Current;
        var header = headers.Read(headerRecord);
        if (header is null)
        {
            // The rest is still read, for its syntax errors.
            while (records.MoveNext())
            {
            }
            return [];
        }
        var (attributes, values) = header;

        var facts = ImmutableArray.CreateBuilder<ReportedFact>();
        var repeats = new FactRepeats();
        while (records.MoveNext())
        {
            ReadRow(spec, records.Current, headerRecord.Cells.Length, attributes, values, facts, repeats);
        }
        return facts.ToImmutable();
    }

    private void ReadRow(FactFileSpec spec, CsvRecord record, int headerWidth, IReadOnlyDictionary<string, int> attributes,
        IReadOnlyList<ValueColumn> columns, ImmutableArray<ReportedFact>.Builder facts, FactRepeats repeats)
    {
        if (record.Cells.Length != headerWidth)
        {
            bag.Error(DiagnosticCodes.CsvSyntax,
                $"This line has {record.Cells.Length} {(record.Cells.Length == 1 ? "cell" : "cells")} but the header has {headerWidth}; check for a missing comma or an unquoted comma in a number.",
                new SourceLocation(spec.Path, record.Line));
            return;
        }
        CsvCell? Attr(string name) => attributes.TryGetValue(name, out var i) && record.Cells[i].Text.Trim().Length > 0 ? record.Cells[i] : null;

        var conceptCell = record.Cells[attributes["concept"]];
        var conceptId = conceptCell.Text.Trim();
        if (conceptId.Length == 0)
        {
            if (columns.Any(c => record.Cells[c.Index].Text.Trim().Length > 0))
            {
                bag.Error(DiagnosticCodes.UnknownConcept, "This line has values but no concept.", conceptCell.Location);
            }
            return;
        }
        var concept = taxonomy.FindConcept(conceptId);
        if (concept is null)
        {
            // A concept name is quoted (with the nearest one); anything else in the concept cell (a figure of a row
            // that lost its concept, a long text) is not: it goes into the detail, shown with --show-figures.
            if (TaxonomyReader.IdPattern().IsMatch(conceptId) && conceptId.Length <= 100)
            {
                var hint = bag.WouldList(DiagnosticCodes.UnknownConcept, spec.Path) ? Suggestions.Hint(conceptId, taxonomy.Concepts.Select(c => c.Id)) : "";
                bag.Error(DiagnosticCodes.UnknownConcept, $"Concept '{conceptId}' is not defined.{hint}", conceptCell.Location);
            }
            else
            {
                bag.Error(DiagnosticCodes.UnknownConcept,
                    "The concept cell does not hold a concept name (letters, digits and '_'); is the concept column missing from this line?",
                    conceptCell.Location, detail: conceptId);
            }
            return;
        }

        var ok = true;
        var rowDims = DimensionSet.Empty;
        if (Attr("dims") is { } dimsCell)
        {
            var list = new List<DimensionValue>();
            foreach (var token in dimsCell.Text.Split(';'))
            {
                if (!token.Contains('=', StringComparison.Ordinal))
                {
                    bag.Error(DiagnosticCodes.UnknownDimension, $"{Quoting.NameOr(token.Trim(), "The 'dims' cell")} is not a member; write Axis=Member, separated by ';'.",
                        dimsCell.Location, Quoting.DetailUnlessName(token.Trim()));
                    ok = false;
                    continue;
                }
                var dv = headers.ParseDimension(token.Trim(), dimsCell.Location);
                if (dv is null)
                {
                    ok = false;
                }
                else if (list.Exists(d => d.Axis == dv.Value.Axis))
                {
                    bag.Error(DiagnosticCodes.UnknownDimension, $"Axis '{dv.Value.Axis}' appears twice.", dimsCell.Location);
                    ok = false;
                }
                else
                {
                    list.Add(dv.Value);
                }
            }
            rowDims = DimensionSet.Of(list);
        }

        Period? rowPeriod = null;
        if (Attr("period") is { } periodCell)
        {
            if (calendar.TryParse(periodCell.Text, out var p))
            {
                rowPeriod = p;
            }
            else
            {
                bag.Error(DiagnosticCodes.PeriodMismatch, $"{Quoting.NameOr(periodCell.Text.Trim(), "The period cell")} is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, ...).",
                    periodCell.Location, Quoting.DetailUnlessName(periodCell.Text.Trim()));
                ok = false;
            }
        }

        var anchor = FactAnchor.None;
        if (Attr("at") is { } atCell)
        {
            switch (atCell.Text.Trim())
            {
                case "start": anchor = FactAnchor.Start; break;
                case "end": anchor = FactAnchor.End; break;
                default:
                    bag.Error(DiagnosticCodes.BadAttribute, "'at' must be 'start' or 'end' (the opening or closing instant of the column's period).", atCell.Location);
                    ok = false;
                    break;
            }
        }

        var unit = DefaultUnit(concept);
        if (Attr("unit") is { } unitCell)
        {
            var id = unitCell.Text.Trim();
            var u = taxonomy.FindUnit(id);
            if (u is null)
            {
                bag.Error(DiagnosticCodes.UnitMismatch,
                    $"Unit '{id}' is unknown: use a currency code, shares, JPY/share, pure, or a unit declared in package.yaml.", unitCell.Location);
                ok = false;
            }
            else
            {
                unit = u;
            }
        }
        if (ok && !UnitFits(concept, unit, out var unitProblem))
        {
            bag.Error(DiagnosticCodes.UnitMismatch, unitProblem, Attr("unit")?.Location ?? conceptCell.Location);
            ok = false;
        }

        Precision? scale = spec.Scale is { } fileScale && concept.ItemType == ItemType.Monetary ? fileScale : null;
        var scaleGiven = false;
        if (Attr("scale") is { } scaleCell)
        {
            if (ManifestReader.Scales.TryGetValue(scaleCell.Text.Trim(), out var s))
            {
                scale = s;
                scaleGiven = true;
            }
            else
            {
                bag.Error(DiagnosticCodes.BadAttribute, "'scale' must be units, thousands, millions or billions.", scaleCell.Location);
                ok = false;
            }
        }
        if (scale is null && concept.ItemType == ItemType.Monetary)
        {
            scale = reporting.Scale;
        }

        Precision? precision = null;
        if (Attr("precision") is { } precisionCell)
        {
            if (Precision.TryParse(precisionCell.Text, out var p))
            {
                precision = p;
            }
            else
            {
                bag.Error(DiagnosticCodes.BadAttribute,
                    "'precision' must be exact, units, thousands, millions, billions, or XBRL decimals such as 1 or -3.", precisionCell.Location);
                ok = false;
            }
        }

        var status = spec.Status ?? FactStatus.Actual;
        if (Attr("status") is { } statusCell)
        {
            if (FactStatusNames.ByName.TryGetValue(statusCell.Text.Trim(), out var st))
            {
                status = st;
            }
            else
            {
                bag.Error(DiagnosticCodes.BadAttribute, "'status' must be actual, target or forecast.", statusCell.Location);
                ok = false;
            }
        }
        var note = Attr("note")?.Text.Trim();

        foreach (var column in columns)
        {
            var cell = record.Cells[column.Index];
            if (cell.Text.Trim().Length == 0)
            {
                continue;
            }
            if (!NumberParser.TryParse(cell.Text, out var number, out var reason))
            {
                bag.Error(DiagnosticCodes.BadNumber, $"'{concept.Id}': the value is not a number Kessan accepts: {reason}.", cell.Location);
                continue;
            }
            if (number.IsPercent && concept.ItemType != ItemType.Pure)
            {
                bag.Error(DiagnosticCodes.UnitMismatch,
                    $"'{concept.Id}' is not a ratio (type pure), so its value cannot be a percentage.", cell.Location);
                continue;
            }
            if (!ok)
            {
                continue;
            }
            var fact = BuildFact(spec, concept, cell, column, rowPeriod, rowDims, anchor, unit, scale, scaleGiven, precision, status, number, note);
            if (fact is not null && repeats.Keep(fact))
            {
                facts.Add(fact);
            }
        }
    }

    private ReportedFact? BuildFact(FactFileSpec spec, Concept concept, CsvCell cell, ValueColumn column, Period? rowPeriod,
        DimensionSet rowDims, FactAnchor anchor, Unit unit, Precision? scale, bool scaleGiven, Precision? precision, FactStatus status,
        ParsedNumber number, string? note)
    {
        if (column.Period is not null && rowPeriod is not null)
        {
            bag.Error(DiagnosticCodes.PeriodMismatch, "The period is given twice: by the column header and by the 'period' column.", cell.Location);
            return null;
        }
        var period = column.Period ?? rowPeriod;
        if (period is null)
        {
            bag.Error(DiagnosticCodes.PeriodMismatch, "No period: neither the column header nor the 'period' column names one.", cell.Location);
            return null;
        }
        Period? columnPeriod = null;
        if (anchor != FactAnchor.None)
        {
            if (!period.IsDuration)
            {
                bag.Error(DiagnosticCodes.PeriodMismatch, "'at' anchors an instant to a duration column, but this column's period is an instant.", cell.Location);
                return null;
            }
            columnPeriod = period;
            period = anchor == FactAnchor.Start ? period.StartInstant : period.EndInstant;
        }
        if ((concept.PeriodType == PeriodType.Instant) != period.IsInstant)
        {
            var expected = concept.PeriodType == PeriodType.Instant ? "an instant (a date such as FY2012-end, or 'at' start/end under a duration column)" : "a duration (FY2012, 4Q12, ...)";
            var kind = concept.PeriodType == PeriodType.Instant ? "an instant" : "a duration";
            bag.Error(DiagnosticCodes.PeriodMismatch, $"'{concept.Id}' is {kind} concept; its period must be {expected}.", cell.Location);
            return null;
        }
        var dims = rowDims;
        foreach (var dv in column.Dimensions.Values)
        {
            if (dims.MemberOf(dv.Axis) is { } existing && existing != dv.Member)
            {
                bag.Error(DiagnosticCodes.UnknownDimension, $"Axis '{dv.Axis}' is given by both the header and the 'dims' column.", cell.Location);
                return null;
            }
            dims = dims.With(dv.Axis, dv.Member);
        }

        var factor = scale is { } s && s.Decimals is { } d && d < 0 ? Precision.Pow10(-d) : 1m;
        decimal value;
        try
        {
            value = checked(number.Value * factor);
        }
        catch (OverflowException)
        {
            bag.Error(DiagnosticCodes.BadNumber, $"'{concept.Id}': the value is too large once scaled.", cell.Location);
            return null;
        }
        var resolvedPrecision = precision
            ?? (number.IsPercent ? Precision.FromDecimals(Math.Min(Precision.MaxDecimals, number.FractionDigits + 2))
                : concept.ItemType == ItemType.Monetary || scaleGiven ? scale ?? Precision.Exact
                : Precision.Exact);
        if (!resolvedPrecision.IsExact && resolvedPrecision.Round(value) != value)
        {
            bag.Error(DiagnosticCodes.BadAttribute,
                $"'{concept.Id}': the value has more digits than its precision ({resolvedPrecision}) allows.", cell.Location);
            return null;
        }
        return new ReportedFact
        {
            Key = new FactKey(concept.Id, period, dims, unit.Id, status),
            Value = value,
            Precision = resolvedPrecision,
            Source = cell.Location,
            StatementId = spec.StatementId,
            Anchor = anchor,
            ColumnPeriod = columnPeriod,
            Note = note,
        };
    }

    private Unit DefaultUnit(Concept concept) => concept.ItemType switch
    {
        ItemType.Monetary => reporting.Currency,
        ItemType.Shares => Unit.Shares,
        ItemType.PerShare => Unit.PerShareOf(reporting.Currency.Currency!),
        ItemType.Pure => Unit.Pure,
        _ => concept.UnitId is { } id ? taxonomy.FindUnit(id) ?? Unit.Pure : Unit.Pure,
    };

    private bool UnitFits(Concept concept, Unit unit, out string problem)
    {
        problem = "";
        switch (concept.ItemType)
        {
            case ItemType.Monetary when unit.Kind != UnitKind.Currency:
                problem = $"'{concept.Id}' is monetary; its unit must be a currency, not '{unit.Id}'.";
                return false;
            case ItemType.Monetary when unit != reporting.Currency:
                problem = $"'{concept.Id}': monetary facts are in the reporting currency {reporting.Currency.Id}; translations such as {unit.Id} are derived, not stored.";
                return false;
            case ItemType.Shares when unit.Kind != UnitKind.Shares:
                problem = $"'{concept.Id}' is a share count; its unit must be 'shares', not '{unit.Id}'.";
                return false;
            case ItemType.PerShare when unit.Kind != UnitKind.PerShare || unit.Currency != reporting.Currency.Currency:
                problem = $"'{concept.Id}' is per share; its unit must be '{reporting.Currency.Id}/share', not '{unit.Id}'.";
                return false;
            case ItemType.Pure when unit.Kind != UnitKind.Pure:
                problem = $"'{concept.Id}' is a ratio; its unit must be 'pure', not '{unit.Id}'.";
                return false;
            case ItemType.Quantity when unit.Id != concept.UnitId:
                problem = $"'{concept.Id}' is measured in '{concept.UnitId}', not '{unit.Id}'.";
                return false;
            default:
                return true;
        }
    }
}
