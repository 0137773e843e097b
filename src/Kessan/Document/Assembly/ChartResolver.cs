using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Derivation.Planning;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Model;

namespace Kessan.Document.Assembly;

/// <summary>
/// The last stage of a build: resolves each planned chart to its labels (as plain text) and the ids of the
/// figures it draws, once rounding is settled, and checks that the bars of a waterfall add up as displayed:
/// the starting total and the changes reach the ending total.
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
internal static class ChartResolver
{
    /// <summary>The charts of <paramref name="plan"/> drawing <paramref name="figures"/> (settled, in the plan's order).</summary>
    public static ResolvedCharts Resolve(ReleasePlan plan, ImmutableArray<Figure> figures)
    {
        var text = new TemplateRenderer(plan, figures);
        var bag = new DiagnosticBag();
        var result = ImmutableArray.CreateBuilder<ReleaseChart>();
        foreach (var (chart, table, rows, columns, ctx) in plan.Charts)
        {
            var t = table.Layout;
            var drawn = rows.Select(r => columns.Select(c => figures[((FigureCell)table.CellAt(r, c)).Figure]).ToList()).ToList();
            result.Add(new ReleaseChart
            {
                Id = chart.Id,
                SectionId = chart.Section.Id,
                Kind = chart.Kind,
                Title = chart.Title is { } title ? Inlines.PlainText(text.Render(title, ctx)) : "",
                Categories = [.. rows.Select(r => Inlines.PlainText(text.Render(t.Rows[r].Label,
                    ctx with { Period = t.Rows[r].Period ?? ctx.Period, Status = t.Rows[r].Status ?? ctx.Status, Slot = t.Rows[r].Value })))],
                Series = [.. columns.Select(c => t.Columns[c].Header.IsEmpty
                    ? t.Columns[c].Id
                    : Inlines.PlainText(text.Render(t.Columns[c].Header[0], ctx with { Period = t.Columns[c].Period ?? ctx.Period })))],
                FigureIds = [.. drawn.Select(e => e.Select(x => x.Id).ToImmutableArray())],
            });
            if (chart.Kind == ChartKind.Waterfall && drawn.All(e => e[0].Displayed is not null))
            {
                var bars = drawn.Select(e => e[0].Displayed!.Value).ToList();
                var reached = bars.Take(bars.Count - 1).Aggregate(Rational.Zero, (a, b) => a + b);
                if (reached.CompareTo(bars[^1]) != 0)
                {
                    bag.Warning(DiagnosticCodes.ChartData,
                        $"Chart '{chart.Id}': as displayed, the starting total and the changes do not add up to the ending total, so the last bar does not start where the changes end. Declare the sum on the last row ('total_of') and round the table footed.",
                        chart.Location, detail: "difference " + (reached - bars[^1]).ToString(3));
                }
            }
        }
        return new ResolvedCharts(result.ToImmutable(), bag.ToImmutable());
    }
}
