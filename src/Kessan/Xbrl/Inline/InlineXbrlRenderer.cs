using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kessan.Rendering;
using Kessan.Model;
using Kessan.Document;
using Kessan.Rendering.Html;
using Kessan.Xbrl.Writing;

namespace Kessan.Xbrl.Inline;

/// <summary>Options of the Inline XBRL output.</summary>
/// <param name="Language">The document's language (<c>xml:lang</c>).</param>
/// <param name="Footer">Text printed at the foot of every page, or null.</param>
/// <param name="Charts">SVG charts to embed, by the id of the section they follow; empty for none.</param>
public sealed record InlineXbrlOptions(string Language = "en", string? Footer = null, IReadOnlyDictionary<string, string>? Charts = null);

/// <summary>
/// Renders the release as an Inline XBRL 1.1 document: the same document as the HTML release, as
/// well-formed XHTML whose elements are those of XHTML 1.1 (sections and the article are <c>div</c>s, charts
/// are images, no <c>data-</c> attributes), with an <c>ix:header</c> that refers to the US-GAAP taxonomy and
/// the company's extension schema and holds the contexts and units, and every figure that shows a single
/// fact tagged <c>ix:nonFraction</c> (see <see cref="FigureTag"/>).
/// </summary>
/// <remarks>
/// A tagged number carries the precision shown: "106,248" in millions is <c>scale="6" decimals="-6"</c>, so
/// the fact read back is the rounded value, as Inline XBRL intends; the instance (<c>release.xbrl</c>)
/// carries the fact as stored. Not thread-safe: one renderer writes one document.
/// </remarks>
public sealed class InlineXbrlRenderer : TextRenderer<InlineXbrlRenderer>
{
    private readonly ImmutableDictionary<string, FigureTag> tags;
    private readonly List<FigureTag> used = [];

    private InlineXbrlRenderer(TextWriter writer, InlineXbrlOptions options, ImmutableDictionary<string, FigureTag> tags) : base(writer)
    {
        Options = options;
        this.tags = tags;
        Use(new IxText()).Use(new IxFigure()).Use(new IxStrong()).Use(new IxEmphasis()).Use(new IxLink());
        Use(new IxHeading()).Use(new IxParagraph()).Use(new IxList()).Use(new IxTable()).Use(new IxSection()).Use(new IxPageBreak());
    }

    /// <summary>The options.</summary>
    public InlineXbrlOptions Options { get; }

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
        var r = new InlineXbrlRenderer(body, options, FigureTag.Plan(build, vocabulary));
        body.Write("<div class=\"release\">\n<h1 class=\"release-title\">");
        r.WriteInlines(document.Title);
        body.Write("</h1>\n");
        r.WriteAll(document.Blocks);
        body.Write("</div>\n");

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
            w.Write("@page { @bottom-left { content: \"" + HtmlRenderer.CssString(footer) + "\"; } }\n");
        }
        w.Write("</style>\n</head>\n<body>\n<div style=\"display:none\">\n");
        w.Write(Header(vocabulary, r.used));
        w.Write("\n</div>\n");
        w.Write(body.ToString());
        w.Write("</body>\n</html>\n");
        return w.ToString();
    }

    private const string ChartCss = "div.chart { margin: 4mm 0; break-inside: avoid; }\ndiv.chart img { max-width: 100%; height: auto; }\n";

    private static IEnumerable<(string Prefix, XNamespace Namespace)> Namespaces(XbrlVocabulary vocabulary) =>
        [("ix", XbrlNamespaces.Ix), ("ixt", XbrlNamespaces.Ixt), .. vocabulary.Namespaces];

    /// <summary>The <c>ix:header</c>: schema references, then the contexts and units of the tagged figures.</summary>
    private static string Header(XbrlVocabulary vocabulary, IEnumerable<FigureTag> used)
    {
        var ix = XbrlNamespaces.Ix;
        var contexts = XbrlContexts.Of(vocabulary, used.Select(t => (t.Fact.Key, t.Fact.Unit)));
        var header = new XElement(ix + "header",
            XbrlText.Declarations(Namespaces(vocabulary)),
            new XElement(ix + "references", SchemaRef(vocabulary.UsGaap.EntryPoint), SchemaRef(XbrlVocabulary.SchemaFileName)),
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

    /// <summary>
    /// Writes a figure's text: tagged when the figure shows a single fact as its number, plain otherwise
    /// (a derived figure, or a phrase such as "up" bound to a fact).
    /// </summary>
    internal void WriteFigure(FigureInline figure)
    {
        var e = HtmlRenderer.Encode;
        if (!tags.TryGetValue(figure.FigureId, out var tag) || tag.Text != figure.Text)
        {
            Writer.Write(e(figure.Text));
            return;
        }
        used.Add(tag);
        var d = tag.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var s = tag.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Writer.Write(e(tag.Before));
        Writer.Write($"<ix:nonFraction name=\"{tag.Name}\" contextRef=\"{tag.ContextId}\" unitRef=\"{e(tag.UnitId)}\" decimals=\"{d}\" scale=\"{s}\" format=\"{tag.Format}\"");
        if (tag.Negative)
        {
            Writer.Write(" sign=\"-\"");
        }
        Writer.Write($">{e(tag.Number)}</ix:nonFraction>");
        Writer.Write(e(tag.After));
    }
}

internal sealed class IxText : NodeRenderer<InlineXbrlRenderer, TextInline>
{
    protected override void Write(InlineXbrlRenderer r, TextInline node) => r.Writer.Write(HtmlRenderer.Encode(node.Text));
}

internal sealed class IxFigure : NodeRenderer<InlineXbrlRenderer, FigureInline>
{
    protected override void Write(InlineXbrlRenderer r, FigureInline node)
    {
        r.Writer.Write("<span class=\"fig\">");
        r.WriteFigure(node);
        r.Writer.Write("</span>");
    }
}

internal sealed class IxStrong : NodeRenderer<InlineXbrlRenderer, StrongInline>
{
    protected override void Write(InlineXbrlRenderer r, StrongInline node)
    {
        r.Writer.Write("<strong>");
        r.WriteInlines(node.Content);
        r.Writer.Write("</strong>");
    }
}

internal sealed class IxEmphasis : NodeRenderer<InlineXbrlRenderer, EmphasisInline>
{
    protected override void Write(InlineXbrlRenderer r, EmphasisInline node)
    {
        r.Writer.Write("<em>");
        r.WriteInlines(node.Content);
        r.Writer.Write("</em>");
    }
}

internal sealed class IxLink : NodeRenderer<InlineXbrlRenderer, LinkInline>
{
    protected override void Write(InlineXbrlRenderer r, LinkInline node)
    {
        r.Writer.Write($"<a href=\"{HtmlRenderer.Encode(node.Url)}\">");
        r.WriteInlines(node.Content);
        r.Writer.Write("</a>");
    }
}

internal sealed class IxHeading : NodeRenderer<InlineXbrlRenderer, HeadingBlock>
{
    protected override void Write(InlineXbrlRenderer r, HeadingBlock node)
    {
        var level = Math.Clamp(node.Level + 1, 2, 6);
        r.Writer.Write($"<h{level}>");
        r.WriteInlines(node.Content);
        r.Writer.Write($"</h{level}>\n");
    }
}

internal sealed class IxParagraph : NodeRenderer<InlineXbrlRenderer, ParagraphBlock>
{
    protected override void Write(InlineXbrlRenderer r, ParagraphBlock node)
    {
        r.Writer.Write("<p>");
        r.WriteInlines(node.Content);
        r.Writer.Write("</p>\n");
    }
}

internal sealed class IxList : NodeRenderer<InlineXbrlRenderer, ListBlock>
{
    protected override void Write(InlineXbrlRenderer r, ListBlock node)
    {
        r.Writer.Write("<ul>\n");
        foreach (var item in node.Items)
        {
            r.Writer.Write("<li>");
            r.WriteInlines(item);
            r.Writer.Write("</li>\n");
        }
        r.Writer.Write("</ul>\n");
    }
}

internal sealed class IxSection : NodeRenderer<InlineXbrlRenderer, SectionBlock>
{
    protected override void Write(InlineXbrlRenderer r, SectionBlock node)
    {
        r.Writer.Write($"<div class=\"section\" id=\"{HtmlRenderer.Encode(node.Id)}\">\n");
        if (!node.Title.IsEmpty)
        {
            r.Writer.Write("<h2>");
            r.WriteInlines(node.Title);
            r.Writer.Write("</h2>\n");
        }
        r.WriteAll(node.Blocks);
        if (r.Options.Charts is { } charts && charts.TryGetValue(node.Id, out var svg))
        {
            // XHTML 1.1 has no svg element: the chart is an image whose source is the SVG itself.
            var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
            var alt = node.Title.IsEmpty ? "Chart" : "Chart: " + Inlines.PlainText(node.Title);
            r.Writer.Write($"<div class=\"chart\"><img alt=\"{HtmlRenderer.Encode(alt)}\" src=\"data:image/svg+xml;base64,{data}\"/></div>\n");
        }
        r.Writer.Write("</div>\n");
    }
}

internal sealed class IxPageBreak : NodeRenderer<InlineXbrlRenderer, PageBreakBlock>
{
    protected override void Write(InlineXbrlRenderer r, PageBreakBlock node) => r.Writer.Write("<div class=\"page-break\"></div>\n");
}

internal sealed class IxTable : NodeRenderer<InlineXbrlRenderer, TableBlock>
{
    protected override void Write(InlineXbrlRenderer r, TableBlock node)
    {
        var w = r.Writer;
        w.Write($"<div class=\"table-block\" id=\"table-{HtmlRenderer.Encode(node.Id)}\">\n");
        if (!node.Title.IsEmpty)
        {
            w.Write("<p class=\"table-title\">");
            r.WriteInlines(node.Title);
            w.Write("</p>\n");
        }
        foreach (var caption in node.Captions)
        {
            w.Write("<p class=\"table-caption\">");
            r.WriteInlines(caption);
            w.Write("</p>\n");
        }
        var numeric = Enumerable.Range(0, node.ColumnCount).Select(c => node.Rows.Any(row => row.Cells[c].Numeric)).ToList();
        w.Write("<table class=\"figures\">\n");
        if (node.HeaderRows.Length > 0)
        {
            w.Write("<thead>\n");
            for (var h = 0; h < node.HeaderRows.Length; h++)
            {
                var header = node.HeaderRows[h];
                w.Write("<tr><th class=\"label\">");
                if (h < node.LabelHeader.Length)
                {
                    r.WriteInlines(node.LabelHeader[h]);
                }
                w.Write("</th>");
                for (var c = 0; c < node.ColumnCount; c++)
                {
                    w.Write(numeric[c] ? "<th class=\"num\">" : "<th>");
                    r.WriteInlines(header[c]);
                    w.Write("</th>");
                }
                w.Write("</tr>\n");
            }
            w.Write("</thead>\n");
        }
        w.Write("<tbody>\n");
        foreach (var row in node.Rows)
        {
            var css = row.Style switch { Layout.RowStyle.Heading => "heading", Layout.RowStyle.Total => "total", _ => "line" };
            w.Write($"<tr class=\"{css}\"><th class=\"label indent-{Math.Min(row.Indent, 4)}\" scope=\"row\">");
            r.WriteInlines(row.Label);
            w.Write("</th>");
            foreach (var cell in row.Cells)
            {
                w.Write(cell.Numeric ? "<td class=\"num\">" : "<td>");
                foreach (var inline in cell.Content)
                {
                    // A figure cell's number is written without the span of a figure in text.
                    if (inline is FigureInline f && cell.FigureId is not null)
                    {
                        r.WriteFigure(f);
                    }
                    else
                    {
                        r.Write(inline);
                    }
                }
                w.Write("</td>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</tbody>\n</table>\n");
        foreach (var note in node.Notes)
        {
            w.Write("<p class=\"table-note\">");
            r.WriteInlines(note);
            w.Write("</p>\n");
        }
        w.Write("</div>\n");
    }
}
