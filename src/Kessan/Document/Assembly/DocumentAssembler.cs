using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Derivation.Planning;
using Kessan.Layout;
using Kessan.Layout.Templates;
using Kessan.Model;

namespace Kessan.Document.Assembly;

/// <summary>
/// The fourth stage of a build: assembles the document model from the planned release and its settled
/// figures, in the layout's order: the title, headings, paragraphs, sections, narratives and tables, each
/// figure written as it is displayed and pointing at its figure by id.
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
internal sealed class DocumentAssembler
{
    private readonly ReleasePlan plan;
    private readonly ImmutableArray<Figure> figures;
    private readonly TemplateRenderer text;

    private DocumentAssembler(ReleasePlan plan, ImmutableArray<Figure> figures)
    {
        this.plan = plan;
        this.figures = figures;
        text = new TemplateRenderer(plan, figures);
    }

    /// <summary>The document of <paramref name="plan"/> showing <paramref name="figures"/> (settled, in the plan's order).</summary>
    public static ReleaseDocument Assemble(ReleasePlan plan, ImmutableArray<Figure> figures)
    {
        var assembler = new DocumentAssembler(plan, figures);
        var title = assembler.text.Render(plan.Layout.Title,
            new PlacementContext(plan.Package.Reporting.CurrentYear, FactStatus.Actual, null, null, "title"));
        return new ReleaseDocument(title, [.. assembler.Blocks(plan.Layout.Blocks), .. Restated(plan.Package)]);
    }

    /// <summary>
    /// The notes on restated figures, last: one item per restatement the package declares (the line's label, its
    /// period, and why), so that a comparative that differs from what was first published is never changed silently.
    /// </summary>
    private static IEnumerable<Block> Restated(ReleasePackage package)
    {
        if (package.Restatements.IsEmpty)
        {
            yield break;
        }
        var items = package.Restatements.Select(r =>
        {
            var label = package.Taxonomy.FindConcept(r.ConceptId)?.Label ?? r.ConceptId;
            var members = r.Dimensions.IsEmpty ? "" : " (" + string.Join(", ", r.Dimensions.Values.Select(v => v.Member)) + ")";
            return ImmutableArray.Create<Inline>(new TextInline($"{label}{members}, {package.Calendar.NameOf(r.Period)}: {r.Reason}"));
        }).ToImmutableArray();
        yield return new SectionBlock("restatements", [new TextInline("Restated figures")],
        [
            new ParagraphBlock([new TextInline("The following comparative figures differ from those first published:")]),
            new ListBlock(items),
        ]);
    }

    private ImmutableArray<Block> Blocks(ImmutableArray<BlockLayout> blocks)
    {
        var result = ImmutableArray.CreateBuilder<Block>();
        var ctx = new PlacementContext(plan.Package.Reporting.CurrentYear, FactStatus.Actual, null, null, "document");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlockLayout h:
                    result.Add(new HeadingBlock(h.Level, text.Render(h.Text, ctx)));
                    break;
                case ParagraphBlockLayout p:
                    result.Add(new ParagraphBlock(text.Render(p.Text, ctx)));
                    break;
                case PageBreakBlockLayout:
                    result.Add(new PageBreakBlock());
                    break;
                case SectionBlockLayout s:
                    result.Add(new SectionBlock(s.Id, s.Title is { } sectionTitle ? text.Render(sectionTitle, ctx) : [], Blocks(s.Blocks)));
                    break;
                case NarrativeBlockLayout n when plan.Narratives.TryGetValue(n.NarrativeId, out var narrative):
                    var nctx = ctx with { Period = narrative.Period, Status = narrative.Status };
                    foreach (var b in narrative.Blocks)
                    {
                        result.Add(b.Kind switch
                        {
                            NarrativeBlockKind.Heading => new HeadingBlock(b.Level, text.Render(b.Items[0], nctx)),
                            NarrativeBlockKind.List => new ListBlock([.. b.Items.Select(i => text.Render(i, nctx))]),
                            _ => new ParagraphBlock(text.Render(b.Items[0], nctx)),
                        });
                    }
                    break;
                case TableBlockLayout t when plan.FindTable(t.TableId) is { } table:
                    result.Add(Table(table));
                    break;
            }
        }
        return result.ToImmutable();
    }

    private TableBlock Table(TablePlan table)
    {
        var t = table.Layout;
        var ctx = new PlacementContext(t.Period ?? plan.Package.Reporting.CurrentYear, t.Status ?? FactStatus.Actual, null, t.Format, t.Id);
        var headerDepth = Math.Max(t.LabelHeader.Length, t.Columns.IsEmpty ? 0 : t.Columns.Max(c => c.Header.Length));
        var headers = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<Inline>>>();
        for (var h = 0; h < headerDepth; h++)
        {
            headers.Add([.. t.Columns.Select(c => h < c.Header.Length ? text.Render(c.Header[h], ctx with { Period = c.Period ?? ctx.Period }) : ImmutableArray<Inline>.Empty)]);
        }
        var rows = ImmutableArray.CreateBuilder<TableRow>();
        for (var r = 0; r < t.Rows.Length; r++)
        {
            var row = t.Rows[r];
            var rowCtx = ctx with { Period = row.Period ?? ctx.Period, Status = row.Status ?? ctx.Status, Slot = row.Value };
            var cells = ImmutableArray.CreateBuilder<TableCell>();
            for (var c = 0; c < t.Columns.Length; c++)
            {
                cells.Add(table.CellAt(r, c) switch
                {
                    FigureCell f => new TableCell([new FigureInline(figures[f.Figure].Id, FigureText.Of(figures[f.Figure], null))], true, figures[f.Figure].Id),
                    TextCell tc => new TableCell(text.Render(tc.Template, tc.Context), false, null),
                    UnavailableCell u => new TableCell([new TextInline(u.Declared.Text)], true, null),
                    _ => TableCell.Empty,
                });
            }
            rows.Add(new TableRow(row.Id, text.Render(row.Label, rowCtx), row.Indent, row.Style, cells.ToImmutable()));
        }
        return new TableBlock
        {
            Id = t.Id,
            Title = t.Title is { } title ? text.Render(title, ctx) : [],
            Captions = [.. t.Captions.Select(c => text.Render(c, ctx))],
            GroupRows = GroupRows(t, ctx),
            HeaderRows = headers.ToImmutable(),
            LabelHeader = [.. Enumerable.Range(0, headerDepth).Select(h => h < t.LabelHeader.Length ? text.Render(t.LabelHeader[h], ctx) : ImmutableArray<Inline>.Empty)],
            Rows = rows.ToImmutable(),
            Notes = [.. t.Notes.Select(n => text.Render(n, ctx))],
            ColumnCount = t.Columns.Length,
        };
    }

    /// <summary>
    /// The table's column groups as header rows: a group stands one row above every group whose columns it
    /// covers (of two over the same columns, the first written stands above).
    /// </summary>
    private ImmutableArray<ImmutableArray<ColumnSpan>> GroupRows(TableLayout t, PlacementContext ctx)
    {
        var spans = t.ColumnGroups.Select(g => (Group: g, First: t.Columns.IndexOf(t.Columns.First(c => c.Id == g.Columns[0])), g.Columns.Length)).ToList();
        var levels = spans.Select((s, i) => spans.Where((o, j) => j != i && o.First <= s.First && s.First + s.Length <= o.First + o.Length
            && (o.Length > s.Length || j < i)).Count()).ToList();
        var depth = levels.Count == 0 ? 0 : levels.Max() + 1;
        return [.. Enumerable.Range(0, depth).Select(level => spans.Where((s, i) => levels[i] == level).OrderBy(s => s.First)
            .Select(s => new ColumnSpan(text.Render(s.Group.Header, ctx with { Period = TablePlanner.GroupPeriod(t, s.Group) ?? ctx.Period }), s.First, s.Length))
            .ToImmutableArray())];
    }
}
