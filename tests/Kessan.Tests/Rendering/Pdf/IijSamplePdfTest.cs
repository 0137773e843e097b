using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kessan.Document;

namespace Kessan.Tests.Rendering.Pdf;

/// <summary>
/// release.pdf of the IIJ sample read back: every number the tables and charts show is in it, every page is
/// A4 and numbered, every font is embedded, and no table row is split across pages.
/// </summary>
public sealed partial class IijSamplePdfTest(IijSamplePdf sample) : IClassFixture<IijSamplePdf>
{
    private const Tools All = Tools.Chromium | Tools.Poppler;

    /// <summary>
    /// Every figure a table cell or a chart bar shows is in the PDF's text as a word of its own, at least as
    /// often as the release shows it; a figure inside a text cell ("JPY106,248 million") is in it as part of a
    /// word; and every word of every text cell is in it (a text cell that wraps is read line by line, interleaved
    /// with its neighbours, so its words are counted, not its lines).
    /// </summary>
    [NeedsToolsFact(All)]
    public void Every_figure_a_table_or_chart_shows_and_every_word_of_its_text_cells_is_in_the_pdf()
    {
        var r = sample.Release;
        var standalone = new Dictionary<string, int>(StringComparer.Ordinal);
        var embedded = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in r.Build.Document!.Tables().SelectMany(t => t.Rows).SelectMany(row => row.Cells))
        {
            if (cell.FigureId is not null)
            {
                Add(standalone, Poppler.Normalized(cell.PlainText).Trim());
                continue;
            }
            foreach (var f in cell.Content.OfType<FigureInline>())
            {
                Add(embedded, f.Text);
            }
            words.UnionWith(cell.PlainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        foreach (var id in r.Build.Charts.SelectMany(c => c.FigureIds).SelectMany(ids => ids))
        {
            Add(standalone, r.Build.FindFigure(id)!.Text);
        }

        var text = Poppler.Normalized(r.Text);
        standalone.Where(s => Poppler.Occurrences(text, s.Key) < s.Value)
            .Select(s => $"'{s.Key}' shown {s.Value} times, in the PDF {Poppler.Occurrences(text, s.Key)} times").ShouldBeEmpty();
        embedded.Where(s => Regex.Matches(text, Regex.Escape(s.Key)).Count < s.Value).Select(s => s.Key).ShouldBeEmpty();
        words.Where(w => Poppler.Occurrences(text, w) == 0).ShouldBeEmpty();
        standalone.Values.Sum().ShouldBeGreaterThan(1000, "every figure cell of every table and every bar of every chart");
        embedded.Count.ShouldBeGreaterThan(10);
        r.Build.Charts.Length.ShouldBe(3);

        static void Add(Dictionary<string, int> counts, string text) => counts[text] = counts.GetValueOrDefault(text) + 1;
    }

    [NeedsToolsFact(All)]
    public void Every_page_is_a4_and_its_footer_names_the_company_and_results_and_says_page_n_of_N()
    {
        var r = sample.Release;

        r.Info.ShouldContain("(A4)");
        r.Pages.Length.ShouldBeGreaterThan(10);
        for (var i = 0; i < r.Pages.Length; i++)
        {
            var page = Poppler.Normalized(r.Pages[i]);
            page.ShouldContain(string.Create(CultureInfo.InvariantCulture, $" Page {i + 1} of {r.Pages.Length} "), Case.Sensitive, $"page {i + 1}");
            page.ShouldContain(" " + r.Output.Footer + " ", Case.Sensitive, $"page {i + 1}");
        }
    }

    [NeedsToolsFact(All)]
    public void Every_font_is_embedded_and_latin_text_is_set_in_a_named_truetype_font()
    {
        var r = sample.Release;

        r.Fonts.ShouldNotBeEmpty();
        r.Fonts.ShouldAllBe(f => f.Embedded);
        r.Fonts.Where(f => f.Type == "CID TrueType").Select(f => f.Name).ShouldContain("LiberationSans");
        r.Fonts.Where(f => f.Type == "CID TrueType").Select(f => f.Name).ShouldContain("LiberationSans-Bold");
    }

    [NeedsToolsFact(All)]
    public void The_charts_are_in_the_pdf_with_their_titles_and_category_labels()
    {
        var r = sample.Release;
        var text = Poppler.Normalized(r.Text);

        r.Output.Charts.Keys.ShouldBe(r.Build.Charts.Select(c => c.SectionId).Distinct(), ignoreOrder: true);
        foreach (var chart in r.Build.Charts)
        {
            text.ShouldContain(" " + chart.Title + " ", Case.Sensitive);
            foreach (var word in chart.Categories.SelectMany(c => c.Split(' ')))
            {
                text.ShouldContain(" " + word + " ", Case.Sensitive, chart.Id);
            }
        }
    }

    [NeedsToolsFact(All)]
    public void The_pdf_is_dated_with_the_release_date_so_that_printing_again_gives_the_same_bytes()
    {
        var pdf = Encoding.Latin1.GetString(sample.Release.Bytes);

        pdf.ShouldContain("/CreationDate (D:20130515000000+00'00')");
        pdf.ShouldContain("/ModDate (D:20130515000000+00'00')");
        DateEntries().Count(pdf).ShouldBe(2);
    }

    /// <summary>
    /// Every table row with figures is printed whole on one page: its figures on one line, left to right, and
    /// every word of its label on the same page, to their left and at most a few lines above them.
    /// </summary>
    [NeedsToolsFact(All)]
    public void No_table_row_is_split_across_pages()
    {
        var r = sample.Release;
        var byPage = r.Words.GroupBy(w => w.Page).ToDictionary(g => g.Key, g => g.ToList());
        var rows = 0;
        var split = new List<string>();

        foreach (var table in r.Build.Document!.Tables())
        {
            foreach (var row in table.Rows.Where(row => row.Cells.Any(c => c.FigureId is not null)))
            {
                rows++;
                if (!byPage.Values.Any(words => RowLine(words, row) is not null))
                {
                    split.Add($"{table.Id}/{row.Id}");
                }
            }
        }

        split.ShouldBeEmpty();
        rows.ShouldBeGreaterThan(300);
    }

    /// <summary>
    /// Where <paramref name="row"/> is printed whole on <paramref name="page"/>: the baseline of its figures, all on
    /// one line left to right with every word of its label to their left and at most a few lines above; null when
    /// it is not.
    /// </summary>
    internal static double? RowLine(List<PdfWord> page, TableRow row)
    {
        var cells = row.Cells.Where(c => c.FigureId is not null).Select(c => c.PlainText.Split(' ')[0]).ToList();
        var label = Inlines.PlainText(row.Label).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => AsciiWord().IsMatch(w)).ToList();
        foreach (var first in page.Where(w => w.Text == cells[0]))
        {
            var x = first.XMin;
            var line = true;
            foreach (var cell in cells.Skip(1))
            {
                var next = page.Where(w => w.Text == cell && Math.Abs(w.YMax - first.YMax) < 1 && w.XMin > x).OrderBy(w => w.XMin).FirstOrDefault();
                if (next is null)
                {
                    line = false;
                    break;
                }
                x = next.XMin;
            }
            if (line && label.All(word => page.Any(w => w.Text == word && w.XMax <= first.XMin && w.YMax <= first.YMax + 1 && w.YMax >= first.YMax - 60)))
            {
                return first.YMax;
            }
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"/(CreationDate|ModDate) \(", RegexOptions.CultureInvariant)]
    private static partial Regex DateEntries();
}
