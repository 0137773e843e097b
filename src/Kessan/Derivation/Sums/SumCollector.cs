using Kessan.Derivation.Figures;
using Kessan.Derivation.Planning;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Sums;

/// <summary>
/// The second stage of a build: collects every sum the planned tables display, declared (<c>total_of</c> on
/// a row, across tables, or on a column) or implied by the taxonomy's calculations between rows, and checks
/// that each declared sum holds on the exact values (within the rounding of the facts).
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
internal sealed class SumCollector
{
    private readonly ReleasePlan plan;
    private readonly DiagnosticBag bag = new();
    private readonly List<CheckedSum> sums = [];
    private readonly ILookup<string, CalculationRelationship> calculationsByTotal;

    private SumCollector(ReleasePlan plan)
    {
        this.plan = plan;
        calculationsByTotal = plan.Package.Taxonomy.Calculations.ToLookup(x => x.TotalId, StringComparer.Ordinal);
    }

    /// <summary>Collects the sums of <paramref name="plan"/>'s tables.</summary>
    public static CollectedSums Collect(ReleasePlan plan)
    {
        var collector = new SumCollector(plan);
        foreach (var table in plan.Tables)
        {
            collector.CollectRowSums(table);
            collector.CollectColumnSums(table);
        }
        return new CollectedSums([.. collector.sums], collector.bag.ToImmutable());
    }

    private void CollectRowSums(TablePlan table)
    {
        var t = table.Layout;
        var additive = t.Columns.Select(IsAdditive).ToArray();
        var rowsByFigure = RowsByReference(t);
        for (var r = 0; r < t.Rows.Length; r++)
        {
            var row = t.Rows[r];
            var implied = ImpliedSums(t, r, rowsByFigure);
            var declared = row.TotalOf.Select(w => (Cell: ResolveRow(table, w), w.Weight, w.Id)).ToList();
            if (declared.Any(d => d.Cell is null))
            {
                continue;
            }
            // The same words in every column: written once a row.
            var declaredText = declared.Count == 0 ? "" :
                $"{Labels.Of(row.Label)} = {string.Join(" ", declared.Select((d, i) => (d.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + Labels.Of(d.Cell!.Value.Plan.Layout.Rows[d.Cell.Value.Row].Label)))}";
            for (var c = 0; c < t.Columns.Length; c++)
            {
                if (!additive[c])
                {
                    continue;
                }
                if (declared.Count > 0)
                {
                    var columnId = t.Columns[c].Id;
                    var terms = new List<(TablePlan, int, int, int)> { (table, r, c, -1) };
                    var ok = true;
                    foreach (var (cell, weight, _) in declared)
                    {
                        var other = cell!.Value.Plan;
                        var oc = other.IndexOfColumn(columnId);
                        if (oc < 0)
                        {
                            ok = false;
                            break;
                        }
                        terms.Add((other, cell.Value.Row, oc, weight));
                    }
                    if (ok)
                    {
                        Add(table, terms, row.Location, $"{declaredText} ({t.Id}, {columnId})");
                    }
                }
                foreach (var inferred in InferredSums(table, r, c, implied))
                {
                    Add(table, [.. inferred.Terms.Select(x => (table, x.Row, x.Column, x.Weight))], row.Location, inferred.Description);
                }
            }
        }
    }

    private void CollectColumnSums(TablePlan table)
    {
        var t = table.Layout;
        for (var c = 0; c < t.Columns.Length; c++)
        {
            var column = t.Columns[c];
            var declared = column.TotalOf.Select(w => (Index: table.IndexOfColumn(w.Id), w.Weight)).Where(x => x.Index >= 0).ToList();
            if (declared.Count == 0)
            {
                continue;
            }
            for (var r = 0; r < t.Rows.Length; r++)
            {
                Add(table, [(table, r, c, -1), .. declared.Select(d => (table, r, d.Index, d.Weight))], column.Location,
                    $"{column.Id} = {string.Join(" ", declared.Select((d, i) => (d.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + t.Columns[d.Index].Id))} ({t.Id}, {t.Rows[r].Id})");
            }
        }
    }

    /// <summary>A row named by <c>total_of</c>: a row of the same table, or <c>table/row</c> of another.</summary>
    private (TablePlan Plan, int Row)? ResolveRow(TablePlan table, WeightedId w)
    {
        var slash = w.Id.IndexOf('/', StringComparison.Ordinal);
        var target = slash < 0 ? table : plan.FindTable(w.Id[..slash]);
        var rowId = slash < 0 ? w.Id : w.Id[(slash + 1)..];
        var index = target is null ? -1 : target.IndexOfRow(rowId);
        if (index < 0)
        {
            bag.Error(DiagnosticCodes.UnknownName,
                $"'{w.Id}' is not a row of {(target is null ? "a table of the document" : "table '" + target.Layout.Id + "'")}.", w.Location);
            return null;
        }
        return (target!, index);
    }

    private static bool IsAdditive(ColumnLayout column) =>
        column.Additive ?? (column.Text is null
            && (column.Value is null || column.Value is CallExpr { Function: "translate", Args: [SlotExpr] } || !column.Value.HasSlot));

    /// <summary>The first row of a table showing each reference (concept, dimensions, period, status), as a sum's items are found.</summary>
    private static Dictionary<(string, DimensionSet, PeriodSpec, FactStatus?), int> RowsByReference(TableLayout t)
    {
        var rows = new Dictionary<(string, DimensionSet, PeriodSpec, FactStatus?), int>();
        for (var i = 0; i < t.Rows.Length; i++)
        {
            if (Reference(t.Rows[i]) is { } rr)
            {
                rows.TryAdd((rr.Ref.ConceptId, rr.Ref.Dimensions, rr.Ref.Period, rr.Ref.Status), i);
            }
        }
        return rows;
    }

    /// <summary>
    /// For a row showing a calculation's total, each of its calculations with the rows showing its items (-1 for an item
    /// no row shows); the same in every column, so found once a row.
    /// </summary>
    private List<(CalculationRelationship Calculation, int[] ItemRows)> ImpliedSums(TableLayout t, int r,
        Dictionary<(string, DimensionSet, PeriodSpec, FactStatus?), int> rowsByReference)
    {
        if (t.Rows[r].TotalOf.Length > 0 || Reference(t.Rows[r]) is not { } total)
        {
            return [];
        }
        return [.. calculationsByTotal[total.Ref.ConceptId].Select(calc => (calc, calc.Items
            .Select(item => rowsByReference.GetValueOrDefault((item.ConceptId, total.Ref.Dimensions, total.Ref.Period, total.Ref.Status), -1))
            .ToArray()))];
    }

    /// <summary>
    /// Sums the taxonomy implies between rows: a row showing a calculation's total, with rows showing its
    /// items (a missing item row is allowed only when the item has no fact in the column's context).
    /// </summary>
    private IEnumerable<(List<(int Row, int Column, int Weight)> Terms, string Description)> InferredSums(TablePlan table, int r, int c,
        List<(CalculationRelationship Calculation, int[] ItemRows)> implied)
    {
        var t = table.Layout;
        if (implied.Count == 0)
        {
            yield break;
        }
        var total = Reference(t.Rows[r])!.Value;
        foreach (var (calc, itemRows) in implied)
        {
            var terms = new List<(int, int, int)> { (r, c, -total.Sign) };
            var complete = true;
            for (var i = 0; i < itemRows.Length; i++)
            {
                var row = itemRows[i];
                if (row >= 0)
                {
                    terms.Add((row, c, calc.Items[i].Weight * Reference(t.Rows[row])!.Value.Sign));
                    continue;
                }
                // The item has no row: fine only if it has no value in this column (a nil line left out).
                if (table.CellAt(r, c) is FigureCell fc && HasFact(calc.Items[i].ConceptId, total.Ref, plan.Figures[fc.Figure].Key))
                {
                    complete = false;
                    break;
                }
            }
            if (complete && terms.Count > 2)
            {
                yield return (terms, $"{Labels.Of(t.Rows[r].Label)} = sum of its items ({t.Id}, {t.Columns[c].Id})");
            }
        }
    }

    private bool HasFact(string conceptId, RefExpr like, FigureKey key)
    {
        var period = like.Period.Resolve(key.Period, plan.Package.Calendar);
        return plan.Package.Facts.Find(conceptId, period, like.Dimensions, like.Status ?? key.Status) is not null;
    }

    private static (RefExpr Ref, int Sign)? Reference(RowLayout row) => row.Value switch
    {
        RefExpr r => (r, 1),
        NegateExpr { Operand: RefExpr r } => (r, -1),
        _ => null,
    };

    /// <summary>
    /// Adds the sum of the given cells (the total first) when every term is a derived figure of one display
    /// precision; an empty item cell is nil. A declared sum must hold on the exact values.
    /// </summary>
    private void Add(TablePlan table, List<(TablePlan Plan, int Row, int Column, int Weight)> cells, SourceLocation location, string description)
    {
        var terms = new List<(int Figure, int Weight)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var (p, r, c, w) = cells[i];
            switch (p.CellAt(r, c))
            {
                case FigureCell fc when plan.Figures[fc.Figure].Value is not null:
                    terms.Add((fc.Figure, w));
                    break;
                // An empty cell of an item is nil (the equity statement leaves a component blank when a
                // movement does not touch it); an empty total, a text or an underivable figure ends the sum.
                case BlankCell when i > 0:
                    break;
                default:
                    return;
            }
        }
        if (terms.Count < 2)
        {
            return;
        }
        var format = plan.Figures[terms[0].Figure].Format;
        if (terms.Select(x => plan.Figures[x.Figure].Format).Any(f => f.Scale != format.Scale || f.Decimals != format.Decimals || f.Percent != format.Percent))
        {
            return;
        }
        // The layout's sum must hold on the exact values (within the rounding of the facts).
        var low = Rational.Zero;
        var high = Rational.Zero;
        var bounded = true;
        foreach (var (index, w) in terms)
        {
            var value = plan.Figures[index].Value!;
            if (value.Low is not { } l || value.High is not { } h)
            {
                bounded = false;
                break;
            }
            low += w > 0 ? l : -h;
            high += w > 0 ? h : -l;
        }
        if (bounded && (low.Sign > 0 || high.Sign < 0))
        {
            bag.Error(DiagnosticCodes.LayoutSum, $"The layout declares '{description}', which does not hold on the exact values.", location,
                detail: "difference " + ((low + high) / Rational.FromInteger(2)).ToString(3));
            return;
        }
        sums.Add(new CheckedSum(table.Id, table.Rounding == RoundingPolicy.Footed, [.. terms], description, location));
    }
}
