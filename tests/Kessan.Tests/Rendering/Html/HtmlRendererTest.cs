using System.Collections.Immutable;
using Kessan.Layout;
using Kessan.Document;
using Kessan.Rendering.Html;

namespace Kessan.Tests.Rendering.Html;

public sealed partial class HtmlRendererTest
{
    private static readonly HtmlOptions Options = new(Footer: "Example Corp., FY2012 results");

    [Fact]
    public void A_release_renders_as_the_golden_html() =>
        HtmlRenderer.Render(Documents.Release(), Options).ShouldMatchGolden("release.html");

    [Fact]
    public void Special_characters_render_as_the_golden_html() =>
        HtmlRenderer.Render(Documents.Escaping()).ShouldMatchGolden("escaping.html");

    [Fact]
    public void The_page_is_standalone_utf8_with_embedded_print_css_and_no_script()
    {
        var html = HtmlRenderer.Render(Documents.Release(), Options);
        var root = HtmlDocument.Parse(html);

        root.Name.LocalName.ShouldBe("html");
        ((string?)root.Attribute("lang")).ShouldBe("en");
        var head = root.Element("head")!;
        ((string?)head.Element("meta")!.Attribute("charset")).ShouldBe("utf-8");
        head.Element("title")!.Value.ShouldBe("Example Corp. Announces FY2012 Results");
        var css = head.Element("style")!.Value;
        css.ShouldContain("@page { size: A4;");
        css.ShouldContain("@media print");
        css.ShouldContain("table.figures th.num, table.figures td.num { text-align: right;");
        css.ShouldContain("break-inside: avoid");
        css.ShouldContain("content: \"Example Corp., FY2012 results\"");
        root.All("script").ShouldBeEmpty();
        root.All("link").ShouldBeEmpty("a standalone page loads no stylesheet");
        root.Descendants().Where(e => e.Attribute("src") is not null).ShouldBeEmpty("a standalone page loads nothing");
        html.ShouldNotContain("javascript:", Case.Insensitive);
        root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty("no event handler attributes");
    }

    [Fact]
    public void Figure_cells_are_numeric_name_their_figure_and_show_its_text_plainly()
    {
        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release(), Options));
        var table = root.All("table").Single();

        ((string?)table.Attribute("data-table")).ShouldBe("results");
        var cells = table.Element("tbody")!.Elements("tr").SelectMany(r => r.Elements("td")).ToList();
        var figures = cells.Where(c => c.Attribute("data-figure") is not null).ToList();
        figures.Count.ShouldBe(8);
        foreach (var cell in figures)
        {
            cell.Classes().ShouldBe(["num"], cell.ToString());
            cell.Elements().ShouldBeEmpty("a figure cell holds its number as plain text: " + cell);
        }
        var atm = figures.Single(c => (string?)c.Attribute("data-figure") == "results/atm/FY2011");
        atm.Value.ShouldBe("(194)");
        var words = cells.Single(c => c.Value == "n.m.");
        words.Classes().ShouldBe(["num"], "text in a column of figures aligns with the figures");
        words.Attribute("data-figure").ShouldBeNull("a text cell is not a figure");
        cells.Where(c => c.Value.Length == 0).ShouldAllBe(c => c.Attribute("data-figure") == null);
    }

    [Fact]
    public void Header_rows_carry_period_and_unit_and_numeric_columns_are_right_aligned()
    {
        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release(), Options));
        var head = root.All("thead").Single().Elements("tr").ToList();

        head.Count.ShouldBe(2);
        head[0].Elements("th").Select(t => t.Value).ShouldBe(["", "FY2011", "FY2012", "YoY"]);
        head[1].Elements("th").Select(t => t.Value).ShouldBe(["Line item", "JPY millions", "JPY millions", "% Change"]);
        foreach (var row in head)
        {
            row.Elements("th").First().Classes().ShouldBe(["label"]);
            row.Elements("th").Skip(1).ShouldAllBe(th => th.Classes().SequenceEqual(new[] { "num" }));
        }
    }

    [Fact]
    public void Rows_carry_their_style_and_indentation_and_label_cells_are_row_headers()
    {
        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release(), Options));
        var rows = root.All("tbody").Single().Elements("tr").ToList();

        rows.Select(r => (string?)r.Attribute("class")).ShouldBe(["heading", "line", "line", "total"]);
        rows.Select(r => (string?)r.Attribute("data-row")).ShouldBe(["revenues-heading", "ns", "atm", "total"]);
        rows.Select(r => r.Element("th")!.Classes()[1]).ShouldBe(["indent-0", "indent-1", "indent-1", "indent-0"]);
        rows.ShouldAllBe(r => (string?)r.Element("th")!.Attribute("scope") == "row");
    }

    [Fact]
    public void Title_captions_and_notes_surround_the_table()
    {
        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release(), Options));
        var block = root.All("div").Single(d => (string?)d.Attribute("id") == "table-results");

        var parts = block.Elements().Select(e => (e.Name.LocalName, (string?)e.Attribute("class"), e.Value)).ToList();
        parts.ShouldBe(
        [
            ("p", "table-title", "Operating Results Summary"),
            ("p", "table-caption", "(Unaudited)"),
            ("table", "figures", parts[2].Value),
            ("p", "table-note", "*1 Not meaningful."),
            ("p", "table-note", "Figures are rounded to the nearest million."),
        ]);
    }

    [Fact]
    public void Inline_figures_emphasis_and_links_become_their_elements()
    {
        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release(), Options));
        var paragraph = root.All("p").First(p => p.Value.StartsWith("Revenues were", StringComparison.Ordinal));

        var span = paragraph.Element("span")!;
        span.Classes().ShouldBe(["fig"]);
        ((string?)span.Attribute("data-figure")).ShouldBe("narrative/1");
        span.Value.ShouldBe("106,248");
        var strong = paragraph.Element("strong")!;
        ((string?)strong.Element("span")!.Attribute("data-figure")).ShouldBe("narrative/2");
        paragraph.Element("em")!.Value.ShouldBe("unaudited");
        ((string?)paragraph.Element("a")!.Attribute("href")).ShouldBe("http://example.com/ir");
        paragraph.Value.ShouldBe("Revenues were JPY106,248 million, up 9.2% YoY (unaudited). Details: http://example.com/ir");
    }

    [Fact]
    public void Text_reads_back_exactly_as_written_and_injects_no_markup()
    {
        var document = Documents.Escaping();
        var root = HtmlDocument.Parse(HtmlRenderer.Render(document));

        root.Element("head")!.Element("title")!.Value.ShouldBe("R&D <draft> \"Q4\" | 'final'");
        root.All("h1").Single().Value.ShouldBe("R&D <draft> \"Q4\" | 'final'");
        root.All("h2").Single().Value.ShouldBe("Costs *and* _margins_ [1] # 2");
        root.All("p").Single().Value.ShouldBe("A backslash \\, a pipe | and a star * between US$5 and US$6; <b>bold?</b> & \"quoted\" 'single' `code`.");
        root.All("b").ShouldBeEmpty();
        root.All("i").ShouldBeEmpty();
        // Markdown link syntax in text is text; an address in it is a link to itself, its text unchanged.
        root.All("a").ShouldAllBe(a => (string?)a.Attribute("href") == a.Value);
        root.All("a").Select(a => a.Value).ShouldBe(["http://example.com", "http://example.com"]);
        root.All("th").Select(t => t.Value).ShouldBe(["Item | kind", "A|B", "<C> & \"D\"", "Cost * rate | net"]);
        root.All("td").Select(t => t.Value).ShouldBe(["1,234", "a|b <i> & c"]);
    }

    [Fact]
    public void Markup_characters_are_written_as_entities()
    {
        var html = HtmlRenderer.Render(Documents.Escaping());

        html.ShouldContain("<title>R&amp;D &lt;draft&gt; &quot;Q4&quot; | &#x27;final&#x27;</title>");
        html.ShouldContain("&lt;b&gt;bold?&lt;/b&gt;");
    }

    [Fact]
    public void Japanese_text_is_kept_as_characters()
    {
        var document = new ReleaseDocument(Documents.Text("決算短信"), [new ParagraphBlock(Documents.Text("売上高は増加しました。"))]);

        var html = HtmlRenderer.Render(document, new HtmlOptions(Language: "ja"));

        html.ShouldContain("<html lang=\"ja\">");
        html.ShouldContain("<h1 class=\"release-title\">決算短信</h1>");
        html.ShouldContain("<p>売上高は増加しました。</p>");
    }

    [Fact]
    public void A_quote_in_the_footer_cannot_end_the_css_string()
    {
        var html = HtmlRenderer.Render(Documents.Release(), new HtmlOptions(Footer: "\"Example\" Corp."));

        html.ShouldContain("@page { @bottom-left { content: \"\\\"Example\\\" Corp.\"; } }");
    }

    [Theory]
    [InlineData("A</style><script>x</script>", "A\\3C /style\\3E \\3C script\\3E x\\3C /script\\3E ")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("two\nlines", "two\\A lines")]
    [InlineData("R&D", "R\\26 D")]
    public void Footer_text_cannot_leave_its_css_string_or_the_style_element(string footer, string escaped)
    {
        HtmlRenderer.CssString(footer).ShouldBe(escaped);
        var html = HtmlRenderer.Render(Documents.Release(), new HtmlOptions(Footer: footer));
        html.ShouldContain("content: \"" + escaped + "\";");
        html.Split("</style>").Length.ShouldBe(2, "the footer closed the style element");
    }

    [Fact]
    public void Without_a_footer_no_footer_rule_is_written()
    {
        var html = HtmlRenderer.Render(Documents.Release());

        html.ShouldNotContain("@bottom-left");
    }

    [Fact]
    public void A_chart_is_embedded_at_the_end_of_the_section_it_belongs_to()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>";
        var options = new HtmlOptions(Charts: ImmutableDictionary<string, string>.Empty.Add("highlights", svg));

        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release(), options));

        var section = root.All("section").Single();
        ((string?)section.Attribute("id")).ShouldBe("highlights");
        var figure = section.Elements().Last();
        figure.Name.LocalName.ShouldBe("figure");
        figure.Classes().ShouldBe(["chart"]);
        ((string?)figure.Attribute("id")).ShouldBe("charts-highlights", "release.md links to the charts of a section");
        figure.Elements().Single().Name.LocalName.ShouldBe("svg");
    }

    [Theory]
    [InlineData(1, "h2")]
    [InlineData(2, "h2")]
    [InlineData(3, "h3")]
    [InlineData(4, "h4")]
    [InlineData(5, "h5")]
    [InlineData(9, "h6")]
    [InlineData(0, "h2")]
    public void A_heading_takes_its_markdown_level_below_the_release_title(int level, string element)
    {
        var document = new ReleaseDocument(Documents.Text("T"), [new HeadingBlock(level, Documents.Text("H"))]);

        var root = HtmlDocument.Parse(HtmlRenderer.Render(document));

        root.All("h1").Single().Value.ShouldBe("T");
        root.Element("body")!.Element("article")!.Elements().Last().Name.LocalName.ShouldBe(element);
    }

    [Fact]
    public void A_page_break_is_an_empty_block_that_breaks_the_printed_page()
    {
        var root = HtmlDocument.Parse(HtmlRenderer.Render(Documents.Release()));

        var pageBreak = root.All("div").Single(d => d.Classes().Contains("page-break"));
        pageBreak.Nodes().ShouldBeEmpty();
        root.Element("head")!.Element("style")!.Value.ShouldContain(".page-break { break-after: page; }");
    }

    [Fact]
    public void A_table_without_header_rows_has_no_thead()
    {
        var document = new ReleaseDocument(Documents.Text("T"),
        [
            new TableBlock
            {
                Id = "bare",
                Rows = [new TableRow("r", Documents.Text("Row"), 7, RowStyle.Normal, [TableCell.Empty])],
                ColumnCount = 1,
            },
        ]);

        var root = HtmlDocument.Parse(HtmlRenderer.Render(document));

        root.All("thead").ShouldBeEmpty();
        var row = root.All("tr").Single();
        row.Element("th")!.Classes().ShouldBe(["label", "indent-4"], "indentation deeper than the stylesheet's is shown at its deepest");
        row.Element("td")!.Attribute("class").ShouldBeNull("a column without figures is not numeric");
    }

    private static ImmutableArray<Inline> None => [];

    [Fact]
    public void A_section_without_a_title_has_no_heading()
    {
        var document = new ReleaseDocument(Documents.Text("T"), [new SectionBlock("s", None, [new ParagraphBlock(Documents.Text("p"))])]);

        var root = HtmlDocument.Parse(HtmlRenderer.Render(document));

        var section = root.All("section").Single();
        section.Elements().Select(e => e.Name.LocalName).ShouldBe(["p"]);
    }
}

// Addresses in running text and footnote marks.
public sealed partial class HtmlRendererTest
{
    [Theory]
    [InlineData("Visit http://www.iij.ad.jp/en/ir/.", "Visit <a href=\"http://www.iij.ad.jp/en/ir/\">http://www.iij.ad.jp/en/ir/</a>.")]
    [InlineData("(see https://example.com/a?b=1&c=2)", "(see <a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a>)")]
    [InlineData("E-mail: ir@iij.ad.jp Tel: +81", "E-mail: <a href=\"mailto:ir@iij.ad.jp\">ir@iij.ad.jp</a> Tel: &#x2B;81")]
    [InlineData("at www.iij.ad.jp, today", "at <a href=\"http://www.iij.ad.jp\">www.iij.ad.jp</a>, today")]
    [InlineData("javascript:alert(1) and ftp://x.example", "javascript:alert(1) and ftp://x.example")]
    [InlineData("http://x.example/\"><script>", "<a href=\"http://x.example/\">http://x.example/</a>&quot;&gt;&lt;script&gt;")]
    [InlineData("IIJ Mobile Service⁴ and ²³", "IIJ Mobile Service<sup class=\"fn\">4</sup> and <sup class=\"fn\">23</sup>")]
    public void Addresses_in_text_are_links_and_footnote_marks_are_raised_digits(string text, string html) =>
        Kessan.Rendering.Html.PlainTextMarkup.ToHtml(text).ShouldBe(html);
}
