using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using Kessan.Tests.Rendering;
using Kessan.Xbrl.Reading;
using Kessan.Document;
using Kessan.Xbrl.Inline;
using Kessan.Tests.Rendering.Html;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Inline;

/// <summary>release.ixbrl.html of the IIJ sample: well-formed XHTML, the same document as the HTML release, with an ix:header.</summary>
public sealed partial class InlineXbrlRendererTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    private static readonly XNamespace X = XbrlNamespaces.Xhtml;
    private static readonly XNamespace Ix = XbrlNamespaces.Ix;

    private const string Path = "release.ixbrl.html";

    private static XElement Parse(string ixbrl) => XDocument.Parse(ixbrl).Root!;

    private static string[] Classes(XElement e) => ((string?)e.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_document_is_well_formed_xhtml_with_an_ix_header_in_a_hidden_div()
    {
        var root = Parse(sample.Independent.Ixbrl);

        root.Name.ShouldBe(X + "html");
        ((string?)root.Attribute(XNamespace.Xml + "lang")).ShouldBe("en");
        var header = root.Descendants(Ix + "header").ShouldHaveSingleItem();
        ((string?)header.Parent!.Attribute("style")).ShouldBe("display:none");
        header.Parent.Parent!.Name.ShouldBe(X + "body");
        header.Element(Ix + "references")!.Elements(XbrlNamespaces.Link + "schemaRef").Select(s => (string)s.Attribute(XbrlNamespaces.XLink + "href")!)
            .ShouldBe(["http://xbrl.fasb.org/us-gaap/2012/entire/us-gaap-entryPoint-std-2012-01-31.xsd", "https://xbrl.sec.gov/dei/2012/dei-2012-01-31.xsd", "release.xsd"]);
        header.Element(Ix + "hidden")!.Elements(Ix + "nonNumeric").Select(e => (string?)e.Attribute("name"))
            .ShouldBe(["dei:DocumentType", "dei:DocumentPeriodEndDate", "dei:DocumentFiscalYearFocus", "dei:DocumentFiscalPeriodFocus", "dei:EntityRegistrantName"]);
        header.Element(Ix + "resources")!.Elements().ShouldNotBeEmpty();
        sample.Independent.Ixbrl.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"");
    }

    private static readonly HashSet<string> Xhtml11 = new(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "li",
        "table", "thead", "tbody", "tr", "th", "td", "span", "strong", "em", "sup", "a", "img",
    };

    [Fact]
    public void The_body_uses_xhtml_1_1_elements_only_and_no_data_attributes()
    {
        var root = Parse(sample.Independent.Ixbrl);

        var xhtml = root.DescendantsAndSelf().Where(e => e.Name.Namespace == X).ToList();
        xhtml.Select(e => e.Name.LocalName).Distinct().Where(n => !Xhtml11.Contains(n)).ShouldBeEmpty();
        root.DescendantsAndSelf().Attributes().Where(a => a.Name.LocalName.StartsWith("data-", StringComparison.Ordinal)).ShouldBeEmpty();
        var body = root.Element(X + "body")!;
        body.Descendants().Where(e => e.Name.Namespace != X && e.Ancestors(Ix + "header").Any() == false && e.Name != Ix + "header")
            .Select(e => e.Name).Distinct().ShouldBe([Ix + "nonFraction"]);
    }

    [Fact]
    public void The_text_is_the_text_of_the_html_release()
    {
        var html = HtmlDocument.Parse(sample.Independent.Html).Descendants("article").Single();
        var ix = Parse(sample.Independent.Ixbrl).Descendants(X + "div").First(d => Classes(d).Contains("release"));

        ix.Value.ShouldBe(html.Value);
        ix.Descendants(X + "table").Count().ShouldBe(html.Descendants("table").Count());
        ix.Descendants(X + "tr").Count().ShouldBe(html.Descendants("tr").Count());
    }

    [Fact]
    public void Tables_have_the_classes_of_the_html_release_many_columns_set_dense_in_both()
    {
        var html = HtmlDocument.Parse(sample.Independent.Html).Descendants("table").Select(t => (string?)t.Attribute("class")).ToList();
        var ix = Parse(sample.Independent.Ixbrl).Descendants(X + "table").Select(t => (string?)t.Attribute("class")).ToList();

        ix.ShouldBe(html);
        ix.ShouldContain("figures dense");
    }

    [Fact]
    public void Rendering_twice_gives_the_same_text()
    {
        var r = sample.Independent;

        InlineXbrlRenderer.Render(r.Package, r.Build).ShouldBe(r.Ixbrl);
    }

    [Fact]
    public void The_contexts_and_units_of_the_header_are_those_the_tags_use_each_once_and_named_as_in_the_instance()
    {
        var ix = InlineXbrlReader.Read(sample.Independent.Ixbrl, Path);
        var instance = XbrlInstanceReader.Read(sample.Independent.Xbrl, "release.xbrl");

        ix.Diagnostics.ShouldBeEmpty(string.Join(" | ", ix.Diagnostics));
        ix.Contexts.Select(c => c.Key).ShouldBeUnique();
        ix.Units.Select(u => u.Key).ShouldBeUnique();
        ix.Contexts.Select(c => c.Id).ToHashSet().SetEquals(ix.Facts.Select(f => f.ContextRef)).ShouldBeTrue();
        ix.Units.Select(u => u.Id).ToHashSet().SetEquals(ix.Facts.Where(f => f.UnitRef is not null).Select(f => f.UnitRef!)).ShouldBeTrue();
        ix.Contexts.ShouldAllBe(c => instance.FindContext(c.Id)!.Key == c.Key);
        ix.Units.ShouldAllBe(u => instance.FindUnit(u.Id)!.Key == u.Key);
    }

    [Fact]
    public void Charts_are_images_whose_source_is_the_svg()
    {
        var r = sample.Independent;
        var section = ReleaseDocument.Walk(r.Build.Document!.Blocks).OfType<SectionBlock>().First();
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>Revenues & more</text></svg>";

        var ixbrl = InlineXbrlRenderer.Render(r.Package, r.Build, new InlineXbrlOptions(Footer: "Footer", Charts: ImmutableDictionary<string, string>.Empty.Add(section.Id, svg)));

        var div = Parse(ixbrl).Descendants(X + "div").Single(d => (string?)d.Attribute("id") == section.Id);
        var img = div.Elements(X + "div").Single(d => Classes(d).Contains("chart")).Element(X + "img")!;
        var src = (string)img.Attribute("src")!;
        src.ShouldStartWith("data:image/svg+xml;base64,");
        Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..])).ShouldBe(svg);
        ixbrl.ShouldContain("@page { @bottom-left { content: \"Footer\"; } }");
    }
}
