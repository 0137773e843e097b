using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// Plans the charts of the layout, after the document (so that a figure keeps the id of its first place in
/// the document): plans the tables the document does not show, and checks that every cell a chart draws is a
/// figure and that one chart's figures share one display scale.
/// </summary>
/// <remarks>Used by one planning run only; not thread-safe.</remarks>
internal sealed class ChartPlanner(ReleasePackage package, ReleaseLayout layout, TablePlanner tables, TemplatePlanner templates, FigureRegistry registry, DiagnosticBag bag)
{
    /// <summary>Plans every chart whose table exists and whose rows and columns are the table's, in the layout's order.</summary>
    public ImmutableArray<ChartPlan> Plan()
    {
        var result = ImmutableArray.CreateBuilder<ChartPlan>();
        foreach (var chart in layout.Charts)
        {
            if (layout.FindTable(chart.Table.Id) is not { } table)
            {
                continue;   // reported by the layout reader
            }
            var plan = tables.Plan(table);
            var ctx = new PlacementContext(table.Period ?? package.Reporting.CurrentYear, table.Status ?? FactStatus.Actual, null, table.Format,
                "charts/" + chart.Id + "/title");
            if (chart.Title is { } title)
            {
                templates.Plan(title, ctx);
            }
            var (rows, columns) = Axes(chart, plan);
            if (rows.Contains(-1) || columns.Contains(-1))
            {
                // The layout reader reports the names; a layout built by hand may still hold them.
                bag.Error(DiagnosticCodes.UnknownName, $"Chart '{chart.Id}' names a row or column that table '{table.Id}' does not have.", chart.Location);
                continue;
            }
            CheckCells(chart, plan, rows, columns);
            result.Add(new ChartPlan(chart, plan, rows, columns, ctx));
        }
        return result.ToImmutable();
    }

    /// <summary>The rows and columns a chart draws, as indexes into its table: the named ones, or all (rows that are not headings).</summary>
    private static (ImmutableArray<int> Rows, ImmutableArray<int> Columns) Axes(ChartLayout chart, TablePlan plan)
    {
        var table = plan.Layout;
        ImmutableArray<int> rows = chart.Rows.IsEmpty
            ? [.. Enumerable.Range(0, table.Rows.Length).Where(r => table.Rows[r].Style != RowStyle.Heading)]
            : [.. chart.Rows.Select(x => plan.IndexOfRow(x.Id))];
        ImmutableArray<int> columns = chart.Columns.IsEmpty
            ? [.. Enumerable.Range(0, table.Columns.Length)]
            : [.. chart.Columns.Select(x => plan.IndexOfColumn(x.Id))];
        return (rows, columns);
    }

    private void CheckCells(ChartLayout chart, TablePlan plan, ImmutableArray<int> rows, ImmutableArray<int> columns)
    {
        var table = plan.Layout;
        DisplayFormat? first = null;
        foreach (var (r, c) in rows.SelectMany(r => columns.Select(c => (r, c))))
        {
            var location = chart.Rows.FirstOrDefault(x => x.Id == table.Rows[r].Id)?.Location ?? chart.Location;
            if (plan.CellAt(r, c) is not FigureCell { Figure: var index })
            {
                bag.Error(DiagnosticCodes.ChartData,
                    $"Chart '{chart.Id}': cell '{table.Id}/{table.Rows[r].Id}/{table.Columns[c].Id}' is not a figure (it is empty or a text), so it cannot be drawn.",
                    location);
                continue;
            }
            var format = registry.FormatOf(index);
            if (first is null)
            {
                first = format;
            }
            else if (first.Scale != format.Scale || first.Decimals != format.Decimals || first.Percent != format.Percent)
            {
                bag.Error(DiagnosticCodes.ChartData,
                    $"Chart '{chart.Id}': cell '{table.Id}/{table.Rows[r].Id}/{table.Columns[c].Id}' is shown as '{format.Name}' but the chart's first figure as '{first.Name}'; one chart draws figures of one scale.",
                    location);
            }
        }
    }
}
