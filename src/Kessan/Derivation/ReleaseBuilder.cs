using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Derivation.Figures;
using Kessan.Layout.Formats;
using Kessan.Layout;
using Kessan.Derivation.Rounding;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Document;

namespace Kessan.Derivation;

/// <summary>Options of a build.</summary>
/// <param name="Rounding">A rounding policy for every table, overriding the layout; null to follow the layout.</param>
public sealed record BuildOptions(RoundingPolicy? Rounding = null);

/// <summary>The outcome of deriving a release.</summary>
/// <param name="Document">The document model, or null when the layout has errors.</param>
/// <param name="Figures">Every figure, in order of first appearance.</param>
/// <param name="Diagnostics">Problems found while deriving (layout errors, figures that cannot be derived, literal numbers in text).</param>
/// <param name="Sums">Every sum the tables display (declared or inferred), whatever their rounding policy.</param>
public sealed record BuildResult(ReleaseDocument? Document, ImmutableArray<Figure> Figures, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<DisplayedSum> Sums)
{
    /// <summary>True when a diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The charts of the release, resolved to figures, in the layout's order; empty when the layout has none or the build has errors.</summary>
    public ImmutableArray<ReleaseChart> Charts { get; init; } = [];

    /// <summary>The figure with the given id, or null.</summary>
    public Figure? FindFigure(string id) => Figures.FirstOrDefault(f => f.Id == id);

    /// <inheritdoc/>
    public bool Equals(BuildResult? other) =>
        other is not null && Equals(Document, other.Document) && Figures.SequenceEqual(other.Figures)
        && Diagnostics.SequenceEqual(other.Diagnostics) && Sums.SequenceEqual(other.Sums) && Charts.SequenceEqual(other.Charts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Figures.Length, Diagnostics.Length);
}

/// <summary>A sum a table displays: the weighted sum of the terms' displayed values is zero (the total has weight -1).</summary>
/// <param name="TableId">The table.</param>
/// <param name="Footed">True when the table's rounding is footed.</param>
/// <param name="Terms">Figure ids and weights.</param>
/// <param name="Description">The sum as a reader sees it.</param>
public sealed record DisplayedSum(string TableId, bool Footed, ImmutableArray<(string FigureId, int Weight)> Terms, string Description)
{
    /// <inheritdoc/>
    public bool Equals(DisplayedSum? other) => other is not null && TableId == other.TableId && Footed == other.Footed
        && Description == other.Description && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TableId, Description, Terms.Length);
}

/// <summary>
/// The third stage: derives every figure of the release from the facts by the layout's expressions, rounds
/// them for display (independently, or footed so that every displayed sum holds), and assembles the
/// document model that every renderer reads.
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
public static partial class ReleaseBuilder
{
    /// <summary>Derives the release.</summary>
    public static BuildResult Build(ReleasePackage package, ReleaseLayout layout, BuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(layout);
        return new Run(package, layout, options ?? new BuildOptions()).Execute();
    }

    private sealed class Entry
    {
        public required string Id { get; init; }
        public required FigureKey Key { get; init; }
        public required string Label { get; init; }
        public required Expr Expression { get; init; }
        public required DisplayFormat Format { get; init; }
        public DerivedValue? Value { get; init; }
        public string? Failure { get; init; }
        public List<string> AppearsIn { get; } = [];
        public int Delta { get; set; }
        public ImmutableArray<string> Reasons { get; set; } = [];

        public Rational? Independent => Value is null ? null : Format.RoundToDisplay(Value.Value);
    }

    /// <summary>What a table cell shows, before rounding is settled.</summary>
    private abstract record CellPlan;

    private sealed record BlankCell : CellPlan;

    private sealed record FigureCell(Entry Entry) : CellPlan;

    private sealed record TextCell(Template Template, Context Context) : CellPlan;

    /// <summary>The context of a placeholder: period, status, slot and default format.</summary>
    private sealed record Context(Period Period, FactStatus Status, Expr? Slot, string? Format, string Owner);

    private sealed record TablePlan(TableLayout Layout, RoundingPolicy Rounding, CellPlan[,] Cells);

    private sealed partial class Run
    {
        private readonly ReleasePackage package;
        private readonly ReleaseLayout layout;
        private readonly BuildOptions options;
        private readonly Evaluator evaluator;
        private readonly DiagnosticBag bag = new();
        private readonly Dictionary<FigureKey, Entry> entries = [];
        private readonly List<Entry> order = [];
        private readonly Dictionary<string, TablePlan> tables = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ParsedNarrative> narratives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> placeholderCounts = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Expression, Period Period, FactStatus Status, string? Format), Entry> registrations = [];
        private readonly Dictionary<(string Expression, Period Period, FactStatus Status), (DerivedValue? Value, string? Failure)> evaluations = [];

        public Run(ReleasePackage package, ReleaseLayout layout, BuildOptions options)
        {
            this.package = package;
            this.layout = layout;
            this.options = options;
            evaluator = new Evaluator(package);
        }

        public BuildResult Execute()
        {
            var rootContext = new Context(package.Reporting.CurrentYear, FactStatus.Actual, null, null, "title");
            PlanTemplate(layout.Title, rootContext);
            PlanBlocks(layout.Blocks);
            PlanCharts();
            if (bag.HasErrors)
            {
                return new BuildResult(null, Figures(), bag.ToImmutable(), []);
            }
            var constraints = Constraints();
            if (bag.HasErrors)
            {
                // A declared sum that names no row or does not hold on the exact values is a layout error too.
                return new BuildResult(null, Figures(), bag.ToImmutable(), []);
            }
            Foot(constraints);
            var title = Render(layout.Title, rootContext);
            var blocks = RenderBlocks(layout.Blocks);
            var charts = RenderCharts();
            var sums = constraints.Select(c => new DisplayedSum(c.Table.Layout.Id, c.Table.Rounding == RoundingPolicy.Footed,
                [.. c.Terms.Select(t => (t.Entry.Id, t.Weight))], c.Description));
            return new BuildResult(new ReleaseDocument(title, blocks), Figures(), bag.ToImmutable(), [.. sums]) { Charts = charts };
        }

        private ImmutableArray<Figure> Figures() => [.. order.Select(e => new Figure
        {
            Id = e.Id,
            Key = e.Key,
            Label = e.Label,
            Expression = e.Expression,
            Format = e.Format,
            Value = e.Value,
            Failure = e.Failure,
            Independent = e.Independent,
            Adjustment = e.Delta == 0 ? null : new FootingAdjustment(Rational.FromInteger(e.Delta) * e.Format.Step, string.Join("; ", e.Reasons)),
            AppearsIn = [.. e.AppearsIn],
        })];

        // ---------------------------------------------------------------- planning

        private void PlanBlocks(ImmutableArray<BlockLayout> blocks)
        {
            foreach (var block in blocks)
            {
                var ctx = new Context(package.Reporting.CurrentYear, FactStatus.Actual, null, null, "document");
                switch (block)
                {
                    case HeadingBlockLayout h:
                        PlanTemplate(h.Text, ctx with { Owner = "heading" });
                        break;
                    case ParagraphBlockLayout p:
                        PlanTemplate(p.Text, ctx with { Owner = "paragraph" });
                        break;
                    case SectionBlockLayout s:
                        if (s.Title is { } sectionTitle)
                        {
                            PlanTemplate(sectionTitle, ctx with { Owner = s.Id });
                        }
                        PlanBlocks(s.Blocks);
                        break;
                    case NarrativeBlockLayout n:
                        PlanNarrative(n.NarrativeId);
                        break;
                    case TableBlockLayout t:
                        if (layout.FindTable(t.TableId) is { } table && !tables.ContainsKey(table.Id))
                        {
                            PlanTable(table);
                        }
                        break;
                }
            }
        }

        private void PlanNarrative(string id)
        {
            if (narratives.ContainsKey(id))
            {
                return;
            }
            var text = package.Narratives.FirstOrDefault(n => n.Id == id);
            if (text is null)
            {
                return;
            }
            var parsed = NarrativeParser.Parse(text, package, bag);
            narratives[id] = parsed;
            var ctx = new Context(parsed.Period, parsed.Status, null, null, id);
            foreach (var block in parsed.Blocks)
            {
                foreach (var item in block.Items)
                {
                    PlanTemplate(item, ctx);
                }
            }
        }

        private void PlanTemplate(Template template, Context ctx)
        {
            foreach (var (number, location) in NumberLint.Find(template, layout.LintAllow))
            {
                bag.Warning(DiagnosticCodes.LiteralNumber,
                    $"'{number}' is written as text; bind it to a figure with a placeholder ({{{{ expression | format }}}}) so it always agrees with the data.",
                    location);
            }
            foreach (var part in template.Parts.OfType<FigurePart>())
            {
                _ = Register(part.Expression, Within(ctx, part.Format), FormatName(part.Format, ctx), PlaceholderId(ctx.Owner), template.SentenceAround(part), part.Location);
            }
            foreach (var claim in template.Parts.OfType<ClaimPart>())
            {
                CheckClaim(claim, ctx);
            }
        }

        private string PlaceholderId(string owner)
        {
            var n = placeholderCounts.GetValueOrDefault(owner) + 1;
            placeholderCounts[owner] = n;
            return owner + "/" + n.ToString(CultureInfo.InvariantCulture);
        }

        private void CheckClaim(ClaimPart claim, Context ctx)
        {
            if (!evaluator.Evaluate(claim.Left, ctx.Period, ctx.Status).TryGet(out var left, out var problem)
                || !evaluator.Evaluate(claim.Right, ctx.Period, ctx.Status).TryGet(out var right, out problem))
            {
                bag.Warning(DiagnosticCodes.FigureUnavailable, $"The claim \"{claim.Text}\" cannot be checked: {problem.Message}", claim.Location);
                return;
            }
            var c = left.Value.CompareTo(right.Value);
            var holds = claim.Operator switch { ">" => c > 0, ">=" => c >= 0, "<" => c < 0, _ => c <= 0 };
            if (!holds)
            {
                bag.Error(DiagnosticCodes.FalseClaim, $"The text says \"{claim.Text}\", but {claim.Left} {claim.Operator} {claim.Right} does not hold.", claim.Location);
            }
        }

        /// <summary>A placeholder's context: the surrounding one, with the period and status its format names.</summary>
        private static Context Within(Context ctx, FormatSpec spec) =>
            ctx with { Period = spec.Period ?? ctx.Period, Status = spec.Status ?? ctx.Status };

        /// <summary>The display format a placeholder's figure is rounded with: its own, or the context's for a plain number or a word.</summary>
        private static string? FormatName(FormatSpec spec, Context ctx) =>
            PhraseFormats.Find(spec.Name) is { } phrase ? phrase.RoundedWith ?? ctx.Format : spec.Name;

        private static string Label(Template template) =>
            string.Concat(template.Parts.Select(p => p switch { LiteralPart l => l.Text, FigurePart => "…", _ => "…" })).Trim();

        /// <summary>Registers (or finds) the figure of an expression in a context; returns null when the expression cannot be planned.</summary>
        private Entry? Register(Expr expression, Context ctx, string? formatName, string id, string label, SourceLocation location)
        {
            var expr = expression;
            if (expr.HasSlot)
            {
                if (ctx.Slot is null)
                {
                    bag.Error(DiagnosticCodes.BadCell, "The slot '$' has nothing to stand for here: neither the row nor the column gives a value.", location);
                    return null;
                }
                expr = expr.Fill(ctx.Slot);
            }
            var registration = (expr.ToString(), ctx.Period, ctx.Status, formatName ?? ctx.Format);
            if (expr is RefExpr plain)
            {
                // A plain reference is the same figure wherever it is written from: Assets@end in FY2012 is
                // Assets at FY2012-end. Resolve its period and status into the context.
                ctx = ctx with { Period = plain.Period.Resolve(ctx.Period), Status = plain.Status ?? ctx.Status };
                expr = plain with { Period = PeriodSpec.Context, Status = null };
            }
            // A figure written in several places (with several formats) is evaluated once.
            var text = expr.ToString();
            if (!evaluations.TryGetValue((text, ctx.Period, ctx.Status), out var evaluation))
            {
                var outcome = evaluator.Evaluate(expr, ctx.Period, ctx.Status);
                evaluation = outcome.TryGet(out var derived, out var problem) ? (derived, null) : (null, problem.Message);
                evaluations[(text, ctx.Period, ctx.Status)] = evaluation;
            }
            var (value, failure) = evaluation;
            var format = ResolveFormat(formatName ?? ctx.Format, value?.Unit);
            var key = new FigureKey(text, ctx.Period, ctx.Status, format.Scale, format.Decimals, format.Percent);
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = new Entry { Id = id, Key = key, Label = label, Expression = expr, Format = format, Value = value, Failure = failure };
                entries[key] = entry;
                order.Add(entry);
                if (failure is not null)
                {
                    bag.Warning(DiagnosticCodes.FigureUnavailable, $"{label}: the figure cannot be derived: {failure}", location);
                }
            }
            entry.AppearsIn.Add(id);
            registrations[registration] = entry;
            return entry;
        }

        private DisplayFormat ResolveFormat(string? name, Unit? unit)
        {
            if (name is not null && layout.Formats.TryGetValue(name, out var f))
            {
                return f;
            }
            return unit?.Kind switch
            {
                UnitKind.Pure => layout.Formats["percent"],
                UnitKind.PerShare => layout.Formats["pershare"],
                UnitKind.Shares or UnitKind.Declared => layout.Formats["count"],
                _ => layout.Formats["millions"],
            };
        }

        private void PlanTable(TableLayout table)
        {
            var rounding = options.Rounding ?? table.Rounding ?? layout.Rounding;
            var cells = new CellPlan[table.Rows.Length, table.Columns.Length];
            var baseCtx = new Context(table.Period ?? package.Reporting.CurrentYear, table.Status ?? FactStatus.Actual, null, table.Format, table.Id);
            foreach (var caption in table.Captions)
            {
                PlanTemplate(caption, baseCtx with { Owner = table.Id + "/caption" });
            }
            if (table.Title is { } title)
            {
                PlanTemplate(title, baseCtx with { Owner = table.Id + "/title" });
            }
            foreach (var note in table.Notes)
            {
                PlanTemplate(note, baseCtx with { Owner = table.Id + "/note" });
            }
            for (var c = 0; c < table.Columns.Length; c++)
            {
                var column = table.Columns[c];
                foreach (var h in column.Header)
                {
                    PlanTemplate(h, baseCtx with { Period = column.Period ?? baseCtx.Period, Owner = table.Id + "/header/" + column.Id });
                }
            }
            for (var r = 0; r < table.Rows.Length; r++)
            {
                var row = table.Rows[r];
                var rowCtx = baseCtx with { Period = row.Period ?? baseCtx.Period, Status = row.Status ?? baseCtx.Status, Slot = row.Value, Owner = table.Id + "/" + row.Id + "/label" };
                PlanTemplate(row.Label, rowCtx);
                for (var c = 0; c < table.Columns.Length; c++)
                {
                    // A heading row has no figures, but may carry text cells (a header printed as a row).
                    cells[r, c] = row.Style == RowStyle.Heading && !row.Cells.ContainsKey(table.Columns[c].Id)
                        ? new BlankCell()
                        : PlanCell(table, row, table.Columns[c]);
                }
            }
            tables[table.Id] = new TablePlan(table, rounding, cells);
        }

        private CellPlan PlanCell(TableLayout table, RowLayout row, ColumnLayout column)
        {
            row.Cells.TryGetValue(column.Id, out var cell);
            if (cell?.Blank == true)
            {
                return new BlankCell();
            }
            var period = cell?.Period ?? row.Period ?? column.Period ?? table.Period ?? package.Reporting.CurrentYear;
            var dims = Merge(Merge(cell?.Dims ?? DimensionSet.Empty, row.Dims), column.Dims);
            var status = cell?.Status ?? row.Status ?? column.Status ?? table.Status ?? FactStatus.Actual;
            var columnTransforms = column.Value?.HasSlot == true || column.Text is not null;
            var format = cell?.Format ?? (columnTransforms ? column.Format ?? row.Format : row.Format ?? column.Format) ?? table.Format;
            var id = table.Id + "/" + row.Id + "/" + column.Id;
            var label = (Label(row.Label) + " / " + string.Join(" ", column.Header.Select(Label).Where(h => h.Length > 0))).Trim();
            var location = cell?.Location ?? row.Location;

            // The slot '$' in one side stands for the other side's expression.
            var slot = row.Value is { HasSlot: false } ? row.Value : column.Value is { HasSlot: false } ? column.Value : null;
            var ctx = new Context(period, status, slot, format, id);
            if (cell?.Text is { } cellText)
            {
                PlanTemplate(cellText, ctx);
                return new TextCell(cellText, ctx);
            }
            if (cell?.Value is { } cellValue)
            {
                return Figure(cellValue);
            }
            if (column.Text is { } columnText)
            {
                PlanTemplate(columnText, ctx with { Slot = row.Value });
                return new TextCell(columnText, ctx with { Slot = row.Value });
            }
            if (row.Text is { } rowText)
            {
                PlanTemplate(rowText, ctx with { Slot = column.Value });
                return new TextCell(rowText, ctx with { Slot = column.Value });
            }
            Expr? expr;
            if (row.Value is null && column.Value is null)
            {
                return new BlankCell();
            }
            if (row.Value is null || column.Value is null)
            {
                expr = row.Value ?? column.Value;
                if (expr!.HasSlot)
                {
                    // A transforming column on a row without a value: nothing to transform.
                    return new BlankCell();
                }
            }
            else if (column.Value.HasSlot)
            {
                expr = column.Value.Fill(row.Value);
            }
            else if (row.Value.HasSlot)
            {
                expr = row.Value.Fill(column.Value);
            }
            else
            {
                bag.Error(DiagnosticCodes.BadCell,
                    $"Cell '{id}': both the row and the column give a value and neither uses '$' for the other.", location);
                return new BlankCell();
            }
            return Figure(expr);

            CellPlan Figure(Expr e)
            {
                var entry = Register(e.WithDims(dims), ctx with { Slot = slot }, format, id, label, location);
                return entry is null ? new BlankCell() : new FigureCell(entry);
            }
        }

        // ---------------------------------------------------------------- charts

        /// <summary>
        /// Plans the tables of the charts that the document does not show (after the document, so that a
        /// figure keeps the id of its first place in the document) and checks that every cell a chart draws is
        /// a figure and that one chart's figures share one display scale.
        /// </summary>
        private void PlanCharts()
        {
            foreach (var chart in layout.Charts)
            {
                if (layout.FindTable(chart.Table.Id) is not { } table)
                {
                    continue;   // reported by the layout reader
                }
                if (!tables.ContainsKey(table.Id))
                {
                    PlanTable(table);
                }
                if (chart.Title is { } title)
                {
                    PlanTemplate(title, ChartContext(chart, table));
                }
                var plan = tables[table.Id];
                var (rowIndexes, columnIndexes) = ChartAxes(chart, table);
                if (rowIndexes.Contains(-1) || columnIndexes.Contains(-1))
                {
                    // The layout reader reports the names; a layout built by hand may still hold them.
                    bag.Error(DiagnosticCodes.UnknownName, $"Chart '{chart.Id}' names a row or column that table '{table.Id}' does not have.", chart.Location);
                    continue;
                }
                Entry? first = null;
                foreach (var (r, c) in ChartCells(chart, plan))
                {
                    var location = chart.Rows.FirstOrDefault(x => x.Id == table.Rows[r].Id)?.Location ?? chart.Location;
                    if (plan.Cells[r, c] is not FigureCell { Entry: var entry })
                    {
                        bag.Error(DiagnosticCodes.ChartData,
                            $"Chart '{chart.Id}': cell '{table.Id}/{table.Rows[r].Id}/{table.Columns[c].Id}' is not a figure (it is empty or a text), so it cannot be drawn.",
                            location);
                        continue;
                    }
                    if (first is null)
                    {
                        first = entry;
                    }
                    else if (first.Format.Scale != entry.Format.Scale || first.Format.Decimals != entry.Format.Decimals || first.Format.Percent != entry.Format.Percent)
                    {
                        bag.Error(DiagnosticCodes.ChartData,
                            $"Chart '{chart.Id}': cell '{table.Id}/{table.Rows[r].Id}/{table.Columns[c].Id}' is shown as '{entry.Format.Name}' but the chart's first figure as '{first.Format.Name}'; one chart draws figures of one scale.",
                            location);
                    }
                }
            }
        }

        private Context ChartContext(ChartLayout chart, TableLayout table) =>
            new(table.Period ?? package.Reporting.CurrentYear, table.Status ?? FactStatus.Actual, null, table.Format, "charts/" + chart.Id + "/title");

        /// <summary>The rows and columns a chart draws, as indexes into its table: the named ones, or all (rows that are not headings).</summary>
        private static (ImmutableArray<int> Rows, ImmutableArray<int> Columns) ChartAxes(ChartLayout chart, TableLayout table)
        {
            ImmutableArray<int> rows = chart.Rows.IsEmpty
                ? [.. Enumerable.Range(0, table.Rows.Length).Where(r => table.Rows[r].Style != RowStyle.Heading)]
                : [.. chart.Rows.Select(x => IndexOfRow(table, x.Id))];
            ImmutableArray<int> columns = chart.Columns.IsEmpty
                ? [.. Enumerable.Range(0, table.Columns.Length)]
                : [.. chart.Columns.Select(x => IndexOfColumn(table, x.Id))];
            return (rows, columns);
        }

        private static IEnumerable<(int Row, int Column)> ChartCells(ChartLayout chart, TablePlan plan)
        {
            var (rows, columns) = ChartAxes(chart, plan.Layout);
            return rows.SelectMany(r => columns.Select(c => (r, c)));
        }

        /// <summary>
        /// Resolves each chart to its labels and figure ids once rounding is settled, and checks that the bars
        /// of a waterfall add up as displayed: the starting total and the changes reach the ending total.
        /// </summary>
        private ImmutableArray<ReleaseChart> RenderCharts()
        {
            var result = ImmutableArray.CreateBuilder<ReleaseChart>();
            foreach (var chart in layout.Charts)
            {
                if (!tables.TryGetValue(chart.Table.Id, out var plan))
                {
                    continue;
                }
                var t = plan.Layout;
                var ctx = ChartContext(chart, t);
                var (rows, columns) = ChartAxes(chart, t);
                var entries = rows.Select(r => columns.Select(c => ((FigureCell)plan.Cells[r, c]).Entry).ToList()).ToList();
                result.Add(new ReleaseChart
                {
                    Id = chart.Id,
                    SectionId = chart.Section.Id,
                    Kind = chart.Kind,
                    Title = chart.Title is { } title ? Inlines.PlainText(Render(title, ctx)) : "",
                    Categories = [.. rows.Select(r => Inlines.PlainText(Render(t.Rows[r].Label,
                        ctx with { Period = t.Rows[r].Period ?? ctx.Period, Status = t.Rows[r].Status ?? ctx.Status, Slot = t.Rows[r].Value })))],
                    Series = [.. columns.Select(c => t.Columns[c].Header.IsEmpty
                        ? t.Columns[c].Id
                        : Inlines.PlainText(Render(t.Columns[c].Header[0], ctx with { Period = t.Columns[c].Period ?? ctx.Period })))],
                    FigureIds = [.. entries.Select(e => e.Select(x => x.Id).ToImmutableArray())],
                });
                if (chart.Kind == ChartKind.Waterfall && entries.All(e => e[0].Independent is not null))
                {
                    var bars = entries.Select(e => e[0].Independent!.Value + Rational.FromInteger(e[0].Delta) * e[0].Format.Step).ToList();
                    var reached = bars.Take(bars.Count - 1).Aggregate(Rational.Zero, (a, b) => a + b);
                    if (reached.CompareTo(bars[^1]) != 0)
                    {
                        bag.Warning(DiagnosticCodes.ChartData,
                            $"Chart '{chart.Id}': as displayed, the starting total and the changes do not add up to the ending total, so the last bar does not start where the changes end. Declare the sum on the last row ('total_of') and round the table footed.",
                            chart.Location, detail: "difference " + (reached - bars[^1]).ToString(3));
                    }
                }
            }
            return result.ToImmutable();
        }

        private static DimensionSet Merge(DimensionSet first, DimensionSet second) =>
            second.Values.Aggregate(first, (acc, d) => acc.MemberOf(d.Axis) is null ? acc.With(d.Axis, d.Member) : acc);

        // ---------------------------------------------------------------- sums and footing

        private sealed record Sum(TablePlan Table, ImmutableArray<(Entry Entry, int Weight)> Terms, string Description, SourceLocation Location);

        private List<Sum> Constraints()
        {
            var sums = new List<Sum>();
            foreach (var plan in tables.Values)
            {
                var t = plan.Layout;
                var additive = t.Columns.Select(IsAdditive).ToArray();
                for (var r = 0; r < t.Rows.Length; r++)
                {
                    var row = t.Rows[r];
                    var declared = row.TotalOf.Select(w => (Cell: ResolveRow(plan, w), w.Weight, w.Id)).ToList();
                    if (declared.Any(d => d.Cell is null))
                    {
                        continue;
                    }
                    for (var c = 0; c < t.Columns.Length; c++)
                    {
                        if (!additive[c])
                        {
                            continue;
                        }
                        if (declared.Count > 0)
                        {
                            var columnId = t.Columns[c].Id;
                            var terms = new List<(TablePlan, int, int, int)> { (plan, r, c, -1) };
                            var ok = true;
                            foreach (var (cell, weight, _) in declared)
                            {
                                var other = cell!.Value.Plan;
                                var oc = IndexOfColumn(other.Layout, columnId);
                                if (oc < 0)
                                {
                                    ok = false;
                                    break;
                                }
                                terms.Add((other, cell.Value.Row, oc, weight));
                            }
                            if (ok)
                            {
                                AddSum(sums, plan, terms, row.Location,
                                    $"{Label(row.Label)} = {string.Join(" ", declared.Select((d, i) => (d.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + Label(d.Cell!.Value.Plan.Layout.Rows[d.Cell.Value.Row].Label)))} ({t.Id}, {columnId})");
                            }
                        }
                        foreach (var inferred in InferredSums(t, r, c))
                        {
                            AddSum(sums, plan, [.. inferred.Terms.Select(x => (plan, x.Row, x.Column, x.Weight))], row.Location, inferred.Description);
                        }
                    }
                }
                for (var c = 0; c < t.Columns.Length; c++)
                {
                    var column = t.Columns[c];
                    var declared = column.TotalOf.Select(w => (Index: IndexOfColumn(t, w.Id), w.Weight)).Where(x => x.Index >= 0).ToList();
                    if (declared.Count == 0)
                    {
                        continue;
                    }
                    for (var r = 0; r < t.Rows.Length; r++)
                    {
                        AddSum(sums, plan, [(plan, r, c, -1), .. declared.Select(d => (plan, r, d.Index, d.Weight))], column.Location,
                            $"{column.Id} = {string.Join(" ", declared.Select((d, i) => (d.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + t.Columns[d.Index].Id))} ({t.Id}, {t.Rows[r].Id})");
                    }
                }
            }
            return sums;
        }

        /// <summary>A row named by <c>total_of</c>: a row of the same table, or <c>table/row</c> of another.</summary>
        private (TablePlan Plan, int Row)? ResolveRow(TablePlan plan, WeightedId w)
        {
            var slash = w.Id.IndexOf('/', StringComparison.Ordinal);
            var target = slash < 0 ? plan : tables.GetValueOrDefault(w.Id[..slash]);
            var rowId = slash < 0 ? w.Id : w.Id[(slash + 1)..];
            var index = target is null ? -1 : IndexOfRow(target.Layout, rowId);
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

        private static int IndexOfRow(TableLayout t, string id) => t.Rows.IndexOf(t.Rows.FirstOrDefault(r => r.Id == id)!);

        private static int IndexOfColumn(TableLayout t, string id) => t.Columns.IndexOf(t.Columns.FirstOrDefault(c => c.Id == id)!);

        /// <summary>
        /// Sums the taxonomy implies between rows: a row showing a calculation's total, with rows showing its
        /// items (a missing item row is allowed only when the item has no fact in the column's context).
        /// </summary>
        private IEnumerable<(List<(int Row, int Column, int Weight)> Terms, string Description)> InferredSums(TableLayout t, int r, int c)
        {
            if (t.Rows[r].TotalOf.Length > 0 || Reference(t.Rows[r]) is not { } total)
            {
                yield break;
            }
            foreach (var calc in package.Taxonomy.Calculations.Where(x => x.TotalId == total.Ref.ConceptId))
            {
                var terms = new List<(int, int, int)> { (r, c, -total.Sign) };
                var complete = true;
                foreach (var item in calc.Items)
                {
                    var row = Enumerable.Range(0, t.Rows.Length).FirstOrDefault(i =>
                        Reference(t.Rows[i]) is { } rr && rr.Ref.ConceptId == item.ConceptId && rr.Ref.Dimensions == total.Ref.Dimensions
                        && rr.Ref.Period == total.Ref.Period && rr.Ref.Status == total.Ref.Status, -1);
                    if (row >= 0)
                    {
                        terms.Add((row, c, item.Weight * Reference(t.Rows[row])!.Value.Sign));
                        continue;
                    }
                    // The item has no row: fine only if it has no value in this column (a nil line left out).
                    if (tables[t.Id].Cells[r, c] is FigureCell fc && HasFact(item.ConceptId, total.Ref, fc.Entry.Key))
                    {
                        complete = false;
                        break;
                    }
                }
                if (complete && terms.Count > 2)
                {
                    yield return (terms, $"{Label(t.Rows[r].Label)} = sum of its items ({t.Id}, {t.Columns[c].Id})");
                }
            }
        }

        private bool HasFact(string conceptId, RefExpr like, FigureKey key)
        {
            var period = like.Period.Resolve(key.Period);
            return package.Facts.Find(conceptId, period, like.Dimensions, like.Status ?? key.Status) is not null;
        }

        private static (RefExpr Ref, int Sign)? Reference(RowLayout row) => row.Value switch
        {
            RefExpr r => (r, 1),
            NegateExpr { Operand: RefExpr r } => (r, -1),
            _ => null,
        };

        private void AddSum(List<Sum> sums, TablePlan plan, List<(TablePlan Plan, int Row, int Column, int Weight)> cells, SourceLocation location, string description)
        {
            var terms = new List<(Entry, int)>();
            for (var i = 0; i < cells.Count; i++)
            {
                var (p, r, c, w) = cells[i];
                switch (p.Cells[r, c])
                {
                    case FigureCell { Entry.Value: not null } fc:
                        terms.Add((fc.Entry, w));
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
            var format = terms[0].Item1.Format;
            if (terms.Any(x => x.Item1.Format.Scale != format.Scale || x.Item1.Format.Decimals != format.Decimals || x.Item1.Format.Percent != format.Percent))
            {
                return;
            }
            // The layout's sum must hold on the exact values (within the rounding of the facts).
            var low = Rational.Zero;
            var high = Rational.Zero;
            var bounded = true;
            foreach (var (e, w) in terms)
            {
                if (e.Value!.Low is not { } l || e.Value.High is not { } h)
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
            sums.Add(new Sum(plan, [.. terms], description, location));
        }

        private void Foot(List<Sum> sums)
        {
            var footed = sums.Where(s => s.Table.Rounding == RoundingPolicy.Footed).ToList();
            if (footed.Count == 0)
            {
                return;
            }
            var variables = new List<FootingVariable>();
            var index = new Dictionary<Entry, int>();
            int Var(Entry e)
            {
                if (!index.TryGetValue(e, out var i))
                {
                    i = variables.Count;
                    index[e] = i;
                    var step = e.Format.Step;
                    var exact = e.Format.ToDisplayUnits(e.Value!.Value) / step;
                    var independent = (e.Independent!.Value / step).Numerator;
                    // Every place that shows the figure shows the move: a figure repeated across the release
                    // counts once per place, so footing prefers to move figures shown once.
                    var places = Math.Max(1, e.AppearsIn.Distinct(StringComparer.Ordinal).Count());
                    variables.Add(new FootingVariable(e.Id, exact, independent, places));
                }
                return i;
            }
            var constraints = footed.Select(s => new FootingConstraint([.. s.Terms.Select(t => (Var(t.Entry), t.Weight))], s.Description)).ToList();
            var solution = FootingSolver.Solve(variables, constraints);
            foreach (var (entry, i) in index)
            {
                entry.Delta = solution.Deltas[i];
                entry.Reasons = solution.Reasons[i];
            }
            foreach (var group in solution.NotProvedMinimal)
            {
                bag.Warning(DiagnosticCodes.FootingInfeasible,
                    $"Footed rounding made these sums hold, but the group is too large to prove that no other moves would change fewer displayed numbers: {string.Join("; ", group.Take(5))}{(group.Length > 5 ? "; ..." : "")}.",
                    footed.First(s => group.Contains(s.Description)).Location);
            }
            foreach (var group in solution.Infeasible)
            {
                bag.Warning(DiagnosticCodes.FootingInfeasible,
                    $"Footed rounding cannot make these sums hold by moving figures by one unit: {string.Join("; ", group)}. They are rounded independently.",
                    footed.First(s => group.Contains(s.Description)).Location);
            }
        }

        // ---------------------------------------------------------------- rendering to the document model

        private ImmutableArray<Block> RenderBlocks(ImmutableArray<BlockLayout> blocks)
        {
            var result = ImmutableArray.CreateBuilder<Block>();
            var ctx = new Context(package.Reporting.CurrentYear, FactStatus.Actual, null, null, "document");
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case HeadingBlockLayout h:
                        result.Add(new HeadingBlock(h.Level, Render(h.Text, ctx)));
                        break;
                    case ParagraphBlockLayout p:
                        result.Add(new ParagraphBlock(Render(p.Text, ctx)));
                        break;
                    case PageBreakBlockLayout:
                        result.Add(new PageBreakBlock());
                        break;
                    case SectionBlockLayout s:
                        result.Add(new SectionBlock(s.Id, s.Title is { } sectionTitle ? Render(sectionTitle, ctx) : [], RenderBlocks(s.Blocks)));
                        break;
                    case NarrativeBlockLayout n when narratives.TryGetValue(n.NarrativeId, out var narrative):
                        var nctx = ctx with { Period = narrative.Period, Status = narrative.Status };
                        foreach (var b in narrative.Blocks)
                        {
                            result.Add(b.Kind switch
                            {
                                NarrativeBlockKind.Heading => new HeadingBlock(b.Level, Render(b.Items[0], nctx)),
                                NarrativeBlockKind.List => new ListBlock([.. b.Items.Select(i => Render(i, nctx))]),
                                _ => new ParagraphBlock(Render(b.Items[0], nctx)),
                            });
                        }
                        break;
                    case TableBlockLayout t when tables.TryGetValue(t.TableId, out var plan):
                        result.Add(RenderTable(plan));
                        break;
                }
            }
            return result.ToImmutable();
        }

        private TableBlock RenderTable(TablePlan plan)
        {
            var t = plan.Layout;
            var ctx = new Context(t.Period ?? package.Reporting.CurrentYear, t.Status ?? FactStatus.Actual, null, t.Format, t.Id);
            var headerDepth = Math.Max(t.LabelHeader.Length, t.Columns.IsEmpty ? 0 : t.Columns.Max(c => c.Header.Length));
            var headers = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<Inline>>>();
            for (var h = 0; h < headerDepth; h++)
            {
                headers.Add([.. t.Columns.Select(c => h < c.Header.Length ? Render(c.Header[h], ctx with { Period = c.Period ?? ctx.Period }) : ImmutableArray<Inline>.Empty)]);
            }
            var rows = ImmutableArray.CreateBuilder<TableRow>();
            for (var r = 0; r < t.Rows.Length; r++)
            {
                var row = t.Rows[r];
                var rowCtx = ctx with { Period = row.Period ?? ctx.Period, Status = row.Status ?? ctx.Status, Slot = row.Value };
                var cells = ImmutableArray.CreateBuilder<TableCell>();
                for (var c = 0; c < t.Columns.Length; c++)
                {
                    cells.Add(plan.Cells[r, c] switch
                    {
                        FigureCell f => new TableCell([new FigureInline(f.Entry.Id, Text(f.Entry, null))], true, f.Entry.Id),
                        TextCell tc => new TableCell(Render(tc.Template, tc.Context), false, null),
                        _ => TableCell.Empty,
                    });
                }
                rows.Add(new TableRow(row.Id, Render(row.Label, rowCtx), row.Indent, row.Style, cells.ToImmutable()));
            }
            return new TableBlock
            {
                Id = t.Id,
                Title = t.Title is { } title ? Render(title, ctx) : [],
                Captions = [.. t.Captions.Select(c => Render(c, ctx))],
                HeaderRows = headers.ToImmutable(),
                LabelHeader = [.. Enumerable.Range(0, headerDepth).Select(h => h < t.LabelHeader.Length ? Render(t.LabelHeader[h], ctx) : ImmutableArray<Inline>.Empty)],
                Rows = rows.ToImmutable(),
                Notes = [.. t.Notes.Select(n => Render(n, ctx))],
                ColumnCount = t.Columns.Length,
            };
        }

        private ImmutableArray<Inline> Render(Template template, Context ctx)
        {
            var result = ImmutableArray.CreateBuilder<Inline>();
            foreach (var part in template.Parts)
            {
                switch (part)
                {
                    case LiteralPart l:
                        result.AddRange(Markup(l.Text));
                        break;
                    case SettingPart s:
                        result.Add(new TextInline(TemplateSettings.Find(s.Name)?.Read(package) ?? ""));
                        break;
                    case ClaimPart claim:
                        result.Add(new TextInline(claim.Text));
                        break;
                    case FigurePart f:
                        var expr = f.Expression.HasSlot && ctx.Slot is not null ? f.Expression.Fill(ctx.Slot) : f.Expression;
                        var within = Within(ctx, f.Format);
                        var entry = registrations.GetValueOrDefault((expr.ToString(), within.Period, within.Status, FormatName(f.Format, ctx)));
                        result.Add(entry is null ? new TextInline("n/a") : new FigureInline(entry.Id, Text(entry, f.Format)));
                        break;
                }
            }
            return Merge(result);
        }

        private static ImmutableArray<Inline> Merge(ImmutableArray<Inline>.Builder inlines)
        {
            var result = ImmutableArray.CreateBuilder<Inline>();
            foreach (var i in inlines)
            {
                if (i is TextInline t && result.Count > 0 && result[^1] is TextInline prev)
                {
                    result[^1] = new TextInline(prev.Text + t.Text);
                }
                else
                {
                    result.Add(i);
                }
            }
            return result.ToImmutable();
        }

        /// <summary>Inline Markdown of literal text: <c>**strong**</c>, <c>*emphasis*</c>, <c>&lt;https://...&gt;</c>.</summary>
        private static IEnumerable<Inline> Markup(string text)
        {
            var pos = 0;
            foreach (Match m in InlineMarkup().Matches(text))
            {
                if (m.Index > pos)
                {
                    yield return new TextInline(text[pos..m.Index]);
                }
                if (m.Groups["strong"].Success)
                {
                    yield return new StrongInline([new TextInline(m.Groups["strong"].Value)]);
                }
                else if (m.Groups["em"].Success)
                {
                    yield return new EmphasisInline([new TextInline(m.Groups["em"].Value)]);
                }
                else
                {
                    var url = m.Groups["url"].Value;
                    yield return new LinkInline(url, [new TextInline(url)]);
                }
                pos = m.Index + m.Length;
            }
            if (pos < text.Length)
            {
                yield return new TextInline(text[pos..]);
            }
        }

        [GeneratedRegex(@"\*\*(?<strong>[^*]+)\*\*|(?<![*\w])\*(?<em>[^*\s][^*]*)\*(?![*\w])|<(?<url>https?://[^>\s]+)>", RegexOptions.CultureInvariant)]
        private static partial Regex InlineMarkup();

        /// <summary>The text of a figure in a format: a number, or a phrase.</summary>
        private static string Text(Entry e, FormatSpec? spec)
        {
            if (e.Value is null || e.Independent is not { } independent)
            {
                return "n/a";
            }
            var displayed = independent + Rational.FromInteger(e.Delta) * e.Format.Step;
            var figure = new PhraseInput(displayed, e.Value.Value, e.Format, spec?.Args ?? []);
            return (spec is null ? null : PhraseFormats.Find(spec.Name))?.Write(figure) ?? figure.Number;
        }
    }
}
