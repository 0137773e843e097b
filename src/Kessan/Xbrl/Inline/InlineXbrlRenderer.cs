using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kessan.Model;
using Kessan.Document;
using Kessan.Rendering.Html;
using Kessan.Rendering.Html.Renderers;
using Kessan.Xbrl.Inline.Renderers;
using Kessan.Xbrl.Writing;

namespace Kessan.Xbrl.Inline;

/// <summary>
/// Renders the release as an Inline XBRL 1.1 document: the same document as the HTML release, as
/// well-formed XHTML whose elements are those of XHTML 1.1 (sections and the article are <c>div</c>s, charts
/// are images, no <c>data-</c> attributes), with an <c>ix:header</c> that refers to the US-GAAP taxonomy and
/// the company's extension schema and holds the contexts and units, and every figure that shows a single
/// fact tagged <c>ix:nonFraction</c> (see <see cref="FigureTag"/>).
/// </summary>
/// <remarks>
/// <para>
/// The body is written by the <see cref="HtmlRenderer"/> with the node renderers that differ replaced, as a
/// Markdig extension replaces the renderers it changes: a figure's text is tagged
/// (<see cref="TaggedFigureTextRenderer"/>), a chart is an image (<see cref="ChartImageRenderer"/>), the release and
/// its sections are <c>div</c>s, and no element has <c>data-</c> attributes. Everything else (tables, headings,
/// text) is the HTML release's own renderers, so the two cannot drift apart.
/// </para>
/// <para>
/// A tagged number carries the precision shown: "106,248" in millions is <c>scale="6" decimals="-6"</c>, so
/// the fact read back is the rounded value, as Inline XBRL intends; the instance (<c>release.xbrl</c>)
/// carries the fact as stored. Thread-safe: each call renders with renderers of its own.
/// </para>
/// </remarks>
public static class InlineXbrlRenderer
{
    /// <summary>Renders a built release as an Inline XBRL document.</summary>
    /// <exception cref="ArgumentException">The build has no document.</exception>
    /// <exception cref="InvalidOperationException">The package cannot be named in XBRL (<see cref="XbrlVocabulary.Problem"/>).</exception>
    public static string Render(ReleasePackage package, BuildResult build, InlineXbrlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(build);
        var document = build.Document ?? throw new ArgumentException("The build has no document.", nameof(build));
        var vocabulary = XbrlVocabulary.For(package);
        if (vocabulary.Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        options ??= new InlineXbrlOptions();

        // The body first: the header holds only the contexts and units the tagged figures use.
        using var body = new StringWriter { NewLine = "\n" };
        var tagging = new TaggedFigureTextRenderer(FigureTag.Plan(build, vocabulary));
        var r = new HtmlRenderer(body, new HtmlOptions(options.Language, options.Footer, options.Charts) { DataAttributes = false })
            .Use(tagging)
            .Use(new ChartImageRenderer())
            .Use(new SectionBlockRenderer("div", "section"))
            .Use(new ReleaseDocumentRenderer("div"));
        r.Write(document);

        using var w = new StringWriter { NewLine = "\n" };
        var e = HtmlRenderer.Encode;
        w.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"");
        foreach (var (prefix, ns) in Namespaces(vocabulary))
        {
            w.Write($"\n      xmlns:{prefix}=\"{e(ns.NamespaceName)}\"");
        }
        w.Write($"\n      xml:lang=\"{e(options.Language)}\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n");
        w.Write($"<title>{e(Inlines.PlainText(document.Title))}</title>\n<style type=\"text/css\">\n{Css.Text}{ChartCss}");
        if (options.Footer is { } footer)
        {
            w.Write(Css.PageFooter(footer));
        }
        w.Write("</style>\n</head>\n<body>\n<div style=\"display:none\">\n");
        w.Write(Header(package, vocabulary, tagging.Used));
        w.Write("\n</div>\n");
        w.Write(body.GetStringBuilder());
        w.Write("</body>\n</html>\n");
        return w.ToString();
    }

    private const string ChartCss = "div.chart { margin: 4mm 0; break-inside: avoid; }\ndiv.chart img { max-width: 100%; height: auto; }\n";

    private static IEnumerable<(string Prefix, XNamespace Namespace)> Namespaces(XbrlVocabulary vocabulary) =>
        [("ix", XbrlNamespaces.Ix), ("ixt", XbrlNamespaces.Ixt), .. vocabulary.Namespaces];

    /// <summary>
    /// The <c>ix:header</c>: the cover facts (<see cref="CoverFacts"/>), hidden, then schema references, then the contexts and
    /// units of the cover and of the tagged figures.
    /// </summary>
    private static string Header(ReleasePackage package, XbrlVocabulary vocabulary, IEnumerable<FigureTag> used)
    {
        var ix = XbrlNamespaces.Ix;
        var cover = CoverFacts.ContextPeriod(package);
        var coverContext = XbrlContexts.ContextId(cover, DimensionSet.Empty, FactStatus.Actual);
        var contexts = XbrlContexts.Of(vocabulary, used.Select(t => (t.Fact.Key, t.Fact.Unit)), cover);
        var header = new XElement(ix + "header",
            XbrlText.Declarations(Namespaces(vocabulary)),
            new XElement(ix + "hidden", CoverFacts.Of(package, vocabulary).Select(c =>
                new XElement(ix + "nonNumeric", new XAttribute("name", vocabulary.QName(c.Name)), new XAttribute("contextRef", coverContext), c.Text))),
            new XElement(ix + "references", SchemaRef(vocabulary.UsGaap.EntryPoint), SchemaRef(vocabulary.UsGaap.DeiSchema), SchemaRef(XbrlVocabulary.SchemaFileName)),
            new XElement(ix + "resources", contexts.ContextElements(), contexts.UnitElements()));
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Fragment,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(sb, settings))
        {
            header.WriteTo(writer);
        }
        return sb.ToString();

        static XElement SchemaRef(string href) => new(XbrlNamespaces.Link + "schemaRef",
            new XAttribute(XbrlNamespaces.XLink + "type", "simple"), new XAttribute(XbrlNamespaces.XLink + "href", href));
    }
}
