using FsCheck;
using FsCheck.Fluent;
using Kessan.Document;
using Kessan.Document.Assembly;
using Kessan.Rendering.Markdown;

namespace Kessan.Tests.Document;

/// <summary>Inline Markdown in narrative and layout text: emphasis and links, and only links a reader can see where they go.</summary>
public sealed class InlineMarkupTest
{
    [Theory]
    [InlineData("See [our IR site](https://www.iij.ad.jp/en/ir/).", "https://www.iij.ad.jp/en/ir/", "our IR site")]
    [InlineData("Write to [IR](mailto:ir@iij.ad.jp).", "mailto:ir@iij.ad.jp", "IR")]
    [InlineData("See <http://www.iij.ad.jp/>.", "http://www.iij.ad.jp/", "http://www.iij.ad.jp/")]
    public void A_web_or_mail_link_becomes_a_link(string text, string url, string shown)
    {
        var link = InlineMarkup.Parse(text).OfType<LinkInline>().Single();

        link.Url.ShouldBe(url);
        Inlines.PlainText(link.Content).ShouldBe(shown);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[page](data:text/html,hi)")]
    [InlineData("[file](../secret.txt)")]
    [InlineData("<javascript:alert(1)>")]
    public void Any_other_link_stays_the_text_it_is(string text)
    {
        var inlines = InlineMarkup.Parse(text).ToList();

        inlines.OfType<LinkInline>().ShouldBeEmpty();
        Inlines.PlainText(inlines).ShouldBe(text);
    }

    [Fact]
    public void Markdown_keeps_a_links_text()
    {
        var document = new ReleaseDocument([new TextInline("T")], [new ParagraphBlock([.. InlineMarkup.Parse("See [our IR site](https://www.iij.ad.jp/en/ir/) or <http://www.iij.ad.jp/>.")])]);

        MarkdownRenderer.Render(document).ShouldBe("# T\n\nSee [our IR site](<https://www.iij.ad.jp/en/ir/>) or <http://www.iij.ad.jp/>.\n");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b onclick=\"x()\">bold</b>")]
    [InlineData("<!-- hidden -->")]
    [InlineData("![logo](https://example.com/logo.png)")]
    public void Raw_html_and_images_are_shown_as_the_text_written(string text)
    {
        var inlines = InlineMarkup.Parse(text);

        inlines.ShouldBe([new TextInline(text)]);
    }

    [Fact]
    public void An_autolink_holding_markup_is_no_link_and_its_markup_stays_text()
    {
        const string text = "<https://example.com/<script>alert(1)</script>>";
        var document = new ReleaseDocument([new TextInline("T")], [new ParagraphBlock(InlineMarkup.Parse(text))]);

        InlineMarkup.Parse(text).OfType<LinkInline>().ShouldBeEmpty();
        MarkdownRenderer.Render(document).ShouldNotContain("<script>");
    }

    [Fact]
    public void A_line_that_would_define_a_link_reference_stays_in_the_text()
    {
        Inlines.PlainText(InlineMarkup.Parse("[1]: https://example.com/")).ShouldBe("[1]: https://example.com/");
    }

    [Theory]
    [InlineData("**Net sales**", typeof(StrongInline))]
    [InlineData("*Net sales*", typeof(EmphasisInline))]
    [InlineData("_Net sales_", typeof(EmphasisInline))]
    public void Strong_and_emphasis_follow_commonmark(string text, Type kind)
    {
        InlineMarkup.Parse(text).Single().ShouldBeOfType(kind);
    }

    [Theory]
    [InlineData("SG&A and R&D", "SG&A and R&D")]
    [InlineData("A &amp; B", "A & B")]
    [InlineData(@"1\*2", "1*2")]
    [InlineData("`code`", "code")]
    public void Entities_escapes_and_code_read_as_their_text(string text, string shown)
    {
        Inlines.PlainText(InlineMarkup.Parse(text)).ShouldBe(shown);
    }

    [Fact]
    public void A_hole_takes_part_in_markup_but_its_text_is_never_read_as_markdown()
    {
        var figure = new FigureInline("f1", "*1,234*");
        var inlines = InlineMarkup.Parse($"Sales were **JPY{InlineMarkup.Hole} million**.", [figure]);

        inlines.Length.ShouldBe(3);
        inlines[1].ShouldBe(new StrongInline([new TextInline("JPY"), figure, new TextInline(" million")]));
    }

    [Fact]
    public void Holes_fill_in_order_inside_links_and_text_that_stays_text()
    {
        var a = new FigureInline("a", "1");
        var b = new FigureInline("b", "2");
        var inlines = InlineMarkup.Parse($"[{InlineMarkup.Hole}](javascript:x) and [{InlineMarkup.Hole}](https://example.com/)", [a, b]);

        inlines.ShouldContain(a);
        inlines.OfType<LinkInline>().Single().Content.ShouldBe([b]);
    }

    [Fact]
    public void A_link_address_cannot_close_the_markup_it_is_written_in()
    {
        LinkTargets.Allowed("https://example.com/a\"b<c>").ShouldBe("https://example.com/a%22b%3Cc%3E");
        LinkTargets.Allowed("https:evil").ShouldBeNull();
        LinkTargets.Allowed("JavaScript:alert(1)").ShouldBeNull();
    }

    [Fact]
    public void Text_without_markup_reads_as_markdig_reads_it() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var holes = Enumerable.Range(0, text.Count(c => c == InlineMarkup.Hole)).Select(i => (Inline)new FigureInline($"f{i}", $"{i}*")).ToList();
            return !InlineMarkup.IsPlain(text) || InlineMarkup.Parse(text, holes).SequenceEqual(InlineMarkup.ParseMarkdown(text, holes));
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Total revenues")]
    [InlineData("Net income attributable to IIJ (JPY\u0001 million, up \u0001% year on year)")]
    [InlineData("売上高")]
    public void A_label_without_markup_is_plain(string text) => InlineMarkup.IsPlain(text).ShouldBeTrue();

    [Theory]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("two\nlines")]
    [InlineData("a *word*")]
    [InlineData("AT&amp;T")]
    [InlineData("a \\* star")]
    [InlineData("")]
    public void Text_a_paragraph_would_change_is_not_plain(string text) => InlineMarkup.IsPlain(text).ShouldBeFalse();

    // Text of letters, digits, spaces, punctuation and holes (plain unless it starts or ends with white space), half of
    // it with one piece of markup inside, to show that a near miss is not taken for plain.
    private static Gen<string> Texts()
    {
        string[] plain = ["a", "Z", "1", " ", " ", "\t", ".", ",", "(", ")", "%", "-", "'", "\"", "売", "\u00a0", "\u0001", "#", "=", "+", ":"];
        string[] markup = ["*a*", "**b**", "_c_", "`d`", "[e](https://x.y/)", "<https://x.y/>", "*", "_", "`", "[", "]", "<", ">", "&", "\\", "!", "~", "\n", "\r", "\0", "  \n", "&amp;", "http://x.y/"];
        var plainText = Gen.Elements(plain).ListOf().Select(parts => string.Concat(parts));
        var oneMarkup = from before in plainText
                        from mark in Gen.Elements(markup)
                        from after in plainText
                        select before + mark + after;
        return Gen.OneOf(plainText, oneMarkup);
    }
}
