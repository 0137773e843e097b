using System.Text.RegularExpressions;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Ingest;

/// <summary>A value column of a fact file: its index, and the period and members its header gives.</summary>
internal sealed record ValueColumn(int Index, Period? Period, DimensionSet Dimensions);

/// <summary>A fact file's header: the index of each attribute column, and the value columns.</summary>
internal sealed record FactFileHeader(IReadOnlyDictionary<string, int> Attributes, IReadOnlyList<ValueColumn> Values);

/// <summary>
/// Reads the header line of a fact file: attribute columns by name, and value columns whose headers give a period
/// and/or members (<c>FY2012</c>, <c>Segment=ATMOperation</c>, <c>FY2012;Segment=ATMOperation</c>).
/// </summary>
internal sealed partial class FactFileHeaderReader(DiagnosticBag bag, Taxonomy taxonomy, FiscalCalendar calendar)
{
    /// <summary>The columns a fact file may have besides its value columns.</summary>
    public static readonly string[] AttributeColumns = ["concept", "dims", "period", "at", "unit", "scale", "precision", "status", "note"];

    /// <summary>The header, or null (each problem reported) when it has no concept column or no usable value column.</summary>
    public FactFileHeader? Read(CsvRecord header)
    {
        var attributes = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<ValueColumn>();
        var headerOk = true;
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var cell = header.Cells[i];
            var name = cell.Text.Trim();
            if (Array.IndexOf(AttributeColumns, name) >= 0)
            {
                if (!attributes.TryAdd(name, i))
                {
                    bag.Error(DiagnosticCodes.BadHeader, $"Column '{name}' appears twice.", cell.Location);
                    headerOk = false;
                }
                continue;
            }
            var column = ParseValueHeader(i, cell);
            if (column is null)
            {
                headerOk = false;
            }
            else if (values.Find(v => v.Period == column.Period && v.Dimensions == column.Dimensions) is { } same)
            {
                bag.Error(DiagnosticCodes.BadHeader,
                    $"Column '{name}' gives the same period and members as column {same.Index + 1}; its values would be reported twice.", cell.Location);
                headerOk = false;
            }
            else
            {
                values.Add(column);
            }
        }
        if (!attributes.ContainsKey("concept"))
        {
            bag.Error(DiagnosticCodes.BadHeader, "The header has no 'concept' column.", header.Cells[0].Location.WithColumn(1));
            return null;
        }
        if (values.Count == 0 && headerOk)
        {
            bag.Error(DiagnosticCodes.BadHeader, "The header has no value columns (periods such as FY2012, or members such as Segment=ATMOperation).",
                header.Cells[0].Location.WithColumn(1));
        }
        return headerOk && values.Count > 0 ? new FactFileHeader(attributes, values) : null;
    }

    private ValueColumn? ParseValueHeader(int index, CsvCell cell)
    {
        Period? period = null;
        var dims = new List<DimensionValue>();
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            bag.Error(DiagnosticCodes.BadHeader, "A column has no header.", cell.Location);
            return null;
        }
        foreach (var raw in text.Split(';'))
        {
            var token = raw.Trim();
            if (token == "value")
            {
                continue;
            }
            if (token.Contains('=', StringComparison.Ordinal))
            {
                var dv = ParseDimension(token, cell.Location);
                if (dv is null)
                {
                    return null;
                }
                if (dims.Exists(d => d.Axis == dv.Value.Axis))
                {
                    bag.Error(DiagnosticCodes.UnknownDimension, $"Axis '{dv.Value.Axis}' appears twice in the header '{text}'.", cell.Location);
                    return null;
                }
                dims.Add(dv.Value);
                continue;
            }
            if (calendar.TryParse(token, out var p))
            {
                if (period is not null)
                {
                    bag.Error(DiagnosticCodes.PeriodMismatch, $"The header '{text}' gives more than one period.", cell.Location);
                    return null;
                }
                period = p;
                continue;
            }
            if (PeriodLike().IsMatch(token))
            {
                bag.Error(DiagnosticCodes.PeriodMismatch, $"{Quoting.NameOr(token, "This header")} is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, ...).",
                    cell.Location, Quoting.DetailUnlessName(token));
                return null;
            }
            bag.Error(DiagnosticCodes.BadHeader,
                $"Column {Quoting.NameOr(token, "header")} is neither an attribute column ({string.Join(", ", AttributeColumns)}), nor a period (FY2012, 4Q12, FY2012-end, 2013-03-31), nor a member (Axis=Member), nor 'value'.{(Quoting.IsName(token) ? Suggestions.Hint(token, AttributeColumns) : "")}",
                cell.Location, Quoting.DetailUnlessName(token));
            return null;
        }
        return new ValueColumn(index, period, DimensionSet.Of(dims));
    }

    /// <summary>A member named as <c>Axis=Member</c>, or null (reported) when the axis or member is not defined.</summary>
    public DimensionValue? ParseDimension(string token, SourceLocation location)
    {
        var parts = token.Split('=', 2);
        var axisId = parts[0].Trim();
        var memberId = parts[1].Trim();
        var axis = taxonomy.FindAxis(axisId);
        if (axis is null)
        {
            bag.Error(DiagnosticCodes.UnknownDimension,
                $"Axis '{axisId}' is not defined.{Suggestions.Hint(axisId, taxonomy.Axes.Select(a => a.Id))}", location);
            return null;
        }
        if (axis.FindMember(memberId) is null)
        {
            bag.Error(DiagnosticCodes.UnknownDimension,
                $"Axis '{axisId}' has no member '{memberId}'.{Suggestions.Hint(memberId, axis.Members.Select(m => m.Id))}", location);
            return null;
        }
        return new DimensionValue(axisId, memberId);
    }

    /// <summary>Text meant as a period that is not one: FY…, 4Q…, 1H…, 9M…, a date, a range, or …-end/…-start.</summary>
    [GeneratedRegex(@"^(?:FY|[0-9]{1,2} ?[QHM]|[0-9]{4}-)|\.\.|-(?:end|start)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodLike();
}
