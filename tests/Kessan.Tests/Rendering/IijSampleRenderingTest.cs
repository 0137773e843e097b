using Kessan.Tests.Rendering.Html;
using Kessan.Document;

namespace Kessan.Tests.Rendering;

/// <summary>
/// The IIJ sample rendered end to end: the document, release.md, release.html and figures.json show the
/// same figures with the same text.
/// </summary>
public sealed class IijSampleRenderingTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    [Fact]
    public void Every_table_cell_shows_the_text_of_its_figure_in_figures_json()
    {
        var r = sample.Footed;
        var figures = r.FiguresById();
        var cells = 0;

        foreach (var table in r.Build.Document!.Tables())
        {
            foreach (var row in table.Rows)
            {
                row.Cells.Length.ShouldBe(table.ColumnCount, $"{table.Id}/{row.Id}");
                foreach (var cell in row.Cells.Where(c => c.FigureId is not null))
                {
                    var where = $"{table.Id}/{row.Id}: {cell.FigureId}";
                    cell.Numeric.ShouldBeTrue(where);
                    figures.ShouldContainKey(cell.FigureId!, where);
                    var figure = figures[cell.FigureId!];
                    cell.PlainText.ShouldBe(figure.GetProperty("text").GetString(), where);
                    figure.GetProperty("appears_in").EnumerateArray().Select(a => a.GetString()!)
                        .ShouldContain(a => a.StartsWith(table.Id + "/", StringComparison.Ordinal) && a.Split('/').Contains(row.Id), where);
                    cells++;
                }
            }
        }
        cells.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Every_figure_of_figures_json_is_shown_in_the_document_or_drawn_by_a_chart_and_every_figure_shown_is_in_figures_json()
    {
        var r = sample.Footed;
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var document = r.Build.Document!;
        foreach (var inlines in ReleaseDocument.Walk(document.Blocks).Select(InlinesOf).Prepend(Flatten(document.Title)))
        {
            foreach (var inline in inlines)
            {
                if (inline is FigureInline f)
                {
                    shown.Add(f.FigureId);
                }
            }
        }

        var drawn = r.Build.Charts.SelectMany(c => c.FigureIds.SelectMany(ids => ids)).ToHashSet(StringComparer.Ordinal);
        drawn.ShouldNotBeEmpty();
        shown.ShouldBeSubsetOf(r.FiguresById().Keys);
        // A figure that only a chart draws (FY2011's gross margin ratios, the bridge's changes) is in figures.json too.
        r.FiguresById().Keys.Except(shown).Order(StringComparer.Ordinal)
            .ShouldBe(drawn.Except(shown).Order(StringComparer.Ordinal));
        drawn.Except(shown).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_sample_html_is_well_formed_and_each_figure_cell_shows_its_figures_text_right_aligned()
    {
        var r = sample.Footed;
        var figures = r.FiguresById();
        var root = HtmlDocument.Parse(r.Html);

        root.All("script").ShouldBeEmpty();
        var cells = root.All("td").Where(td => td.Attribute("data-figure") is not null).ToList();
        cells.Count.ShouldBe(r.Build.Document!.Tables().Sum(t => t.Rows.Sum(row => row.Cells.Count(c => c.FigureId is not null))));
        foreach (var td in cells)
        {
            var id = (string)td.Attribute("data-figure")!;
            td.Classes().ShouldBe(["num"], id);
            td.Value.ShouldBe(figures[id].GetProperty("text").GetString(), id);
        }
        foreach (var span in root.All("span").Where(s => s.Classes().Contains("fig")))
        {
            figures.ShouldContainKey((string)span.Attribute("data-figure")!);
        }
        root.All("table").Count().ShouldBe(r.Build.Document.Tables().Count());
    }

    [Fact]
    public void Negative_figures_are_shown_in_parentheses_in_every_format()
    {
        var r = sample.Footed;
        var negative = r.Build.Figures.Where(f => f.Displayed is { Sign: < 0 } && f.Format.Negative == Kessan.Layout.Formats.NegativeStyle.Parentheses
            && f.AppearsIn.Any(a => r.Build.Document!.Tables().Any(t => a.StartsWith(t.Id + "/", StringComparison.Ordinal)))).ToList();

        negative.ShouldNotBeEmpty("the sample's statements have negative lines");
        foreach (var f in negative)
        {
            f.Text.ShouldStartWith("(", Case.Sensitive, f.Id);
            f.Text.ShouldEndWith(")", Case.Sensitive, f.Id);
            r.Html.ShouldContain($"data-figure=\"{f.Id}\">{f.Text}</td>");
            r.Markdown.ShouldContain(" " + f.Text + " |");
        }
    }

    [Fact]
    public void Every_markdown_table_row_has_one_cell_per_column()
    {
        var r = sample.Footed;
        var tables = r.Build.Document!.Tables().ToList();
        var blocks = r.Markdown.Split("\n\n").Where(b => b.StartsWith('|')).ToList();

        blocks.Count.ShouldBe(tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var lines = blocks[i].Split('\n');
            lines.Length.ShouldBe(tables[i].Rows.Length + 2, tables[i].Id);
            foreach (var line in lines)
            {
                CellCount(line).ShouldBe(tables[i].ColumnCount + 1, $"{tables[i].Id}: {line}");
            }
        }
    }

    [Fact]
    public void Markdown_names_each_chart_after_its_section_and_links_to_where_it_is_drawn()
    {
        var r = sample.Footed;

        r.Build.Charts.ShouldNotBeEmpty();
        foreach (var chart in r.Build.Charts)
        {
            var reference = $"*Chart: {chart.Title.Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)}* — drawn from the figures above in [release.html](release.html#charts-{chart.SectionId}) and release.pdf.";
            var plain = $"*Chart: {chart.Title}* — drawn from the figures above in [release.html](release.html#charts-{chart.SectionId}) and release.pdf.";
            (r.Markdown.Contains(reference, StringComparison.Ordinal) || r.Markdown.Contains(plain, StringComparison.Ordinal)).ShouldBeTrue(chart.Id);
        }
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var r = sample.Footed;

        Kessan.Rendering.Markdown.MarkdownRenderer.Render(r.Build.Document!, r.Build.Charts).ShouldBe(r.Markdown);
        Kessan.Rendering.Html.HtmlRenderer.Render(r.Build.Document!).ShouldBe(r.Html);
        Kessan.Rendering.Json.FiguresJsonWriter.Write(r.Package, r.Build).ShouldBe(r.Json);
    }

    private static IEnumerable<Inline> InlinesOf(Block block)
    {
        IEnumerable<IEnumerable<Inline>> parts = block switch
        {
            HeadingBlock h => [h.Content],
            ParagraphBlock p => [p.Content],
            ListBlock l => l.Items.Select(i => (IEnumerable<Inline>)i),
            SectionBlock s => [s.Title],
            TableBlock t => [t.Title, .. t.Captions, .. t.LabelHeader, .. t.HeaderRows.SelectMany(h => h), .. t.Notes,
                .. t.Rows.Select(r => (IEnumerable<Inline>)r.Label), .. t.Rows.SelectMany(r => r.Cells.Select(c => (IEnumerable<Inline>)c.Content))],
            _ => [],
        };
        return parts.SelectMany(Flatten);
    }

    private static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        StrongInline s => Flatten(s.Content),
        EmphasisInline e => Flatten(e.Content),
        LinkInline l => Flatten(l.Content),
        _ => [i],
    });

    /// <summary>Cells of a pipe-table line: unescaped pipes, less one.</summary>
    private static int CellCount(string line)
    {
        var pipes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                pipes++;
            }
        }
        return pipes - 1;
    }
}
