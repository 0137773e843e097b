using System.Text;
using Kessan.Document;

namespace Kessan.Tests.Rendering.Pdf;

/// <summary>
/// The pages of release.pdf read back with poppler as a reader turns them: a table that runs over pages repeats its
/// header on each, no page holds a single row of a table, footnote marks are set in the text's font (no fallback
/// font anywhere), and web and e-mail addresses are links.
/// </summary>
public sealed class IijSamplePdfPagesTest(IijSamplePdf sample) : IClassFixture<IijSamplePdf>
{
    private const Tools All = Tools.Chromium | Tools.Poppler;

    [NeedsToolsFact(All)]
    public void A_table_over_several_pages_repeats_its_header_and_leaves_no_row_alone_on_a_page()
    {
        var r = sample.Release;
        var byPage = r.Words.GroupBy(w => w.Page).ToDictionary(g => g.Key, g => g.ToList());
        var spanning = 0;
        var problems = new List<string>();

        foreach (var table in r.Build.Document!.Tables())
        {
            // The page of each row with figures that is printed whole on exactly one page.
            var placed = new List<(TableRow Row, int Page, double Y)>();
            foreach (var row in table.Rows.Where(row => row.Cells.Any(c => c.FigureId is not null)))
            {
                var found = byPage.Select(p => (Page: p.Key, Y: IijSamplePdfTest.RowLine(p.Value, row))).Where(x => x.Y is not null).ToList();
                if (found.Count == 1)
                {
                    placed.Add((row, found[0].Page, found[0].Y!.Value));
                }
            }
            var pages = placed.Select(p => p.Page).Distinct().Order().ToList();
            if (pages.Count < 2)
            {
                continue;
            }
            spanning++;
            var header = table.HeaderLines.SelectMany(line => line).Select(c => Inlines.PlainText(c)).Where(t => t.Length > 0)
                .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
            foreach (var page in pages)
            {
                var rows = placed.Where(p => p.Page == page).ToList();
                if (rows.Count < 2)
                {
                    problems.Add($"{table.Id}: page {page} holds one row ({rows[0].Row.Id})");
                }
                var top = rows.Min(p => p.Y);
                var missing = header.Where(word => !byPage[page].Any(w => w.Text == word && w.YMax < top)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add($"{table.Id}: page {page} lacks the header words {string.Join(", ", missing)} above its rows");
                }
            }
        }

        problems.ShouldBeEmpty();
        spanning.ShouldBeGreaterThanOrEqualTo(3, "the statements are longer than a page");
    }

    [NeedsToolsFact(All)]
    public void No_page_ends_with_a_heading()
    {
        var r = sample.Release;
        var headings = ReleaseDocument.Walk(r.Build.Document!.Blocks)
            .Select(b => b switch { HeadingBlock h => Inlines.PlainText(h.Content), SectionBlock s => Inlines.PlainText(s.Title), _ => "" })
            .Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        headings.Count.ShouldBeGreaterThan(20);

        for (var i = 0; i < r.Pages.Length; i++)
        {
            var lines = r.Pages[i].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                .Where(l => l != r.Output.Footer && !l.StartsWith("Page ", StringComparison.Ordinal)).ToList();
            headings.ShouldNotContain(lines[^1], $"page {i + 1} ends with a heading");
        }
    }

    [NeedsToolsFact(All)]
    public void Every_font_is_the_texts_own_so_footnote_marks_take_no_fallback_font()
    {
        var r = sample.Release;

        // Latin text in Liberation Sans (Helvetica's metrics), Japanese in IPA P Gothic; DejaVu or a Type 3 font
        // would mean a glyph the text's font lacks, set in another design.
        r.Fonts.Select(f => f.Name).ShouldAllBe(name => name.StartsWith("LiberationSans", StringComparison.Ordinal) || name.StartsWith("IPAPGothic", StringComparison.Ordinal));
        r.Fonts.ShouldAllBe(f => f.Type == "CID TrueType");
        // The marks are there, as digits raised by the text's font.
        var html = Kessan.Rendering.Html.HtmlRenderer.Render(r.Build.Document!);
        html.ShouldContain("IIJ Mobile Service<sup class=\"fn\">4</sup>");
        html.ShouldNotContain("⁴");
        Poppler.Normalized(r.Text).ShouldContain(" IIJ Mobile Service4 ");
    }

    [NeedsToolsFact(All)]
    public void Web_and_e_mail_addresses_are_links_in_the_pdf()
    {
        var pdf = Encoding.Latin1.GetString(sample.Release.Bytes);

        pdf.ShouldContain("/URI (mailto:ir@iij.ad.jp)");
        pdf.ShouldContain("/URI (http://www.iij.ad.jp/en/ir/)");
    }
}
