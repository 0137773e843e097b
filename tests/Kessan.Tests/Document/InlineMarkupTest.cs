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
}
