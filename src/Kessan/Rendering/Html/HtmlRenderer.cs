using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kessan.Document;
using Kessan.Rendering.Html.Renderers;

namespace Kessan.Rendering.Html;

/// <summary>
/// Renders the document model as one standalone HTML file with print-friendly CSS: right-aligned figures,
/// negatives in parentheses, multi-line column headers with units, notes under tables, A4 pages whose
/// table rows never split. Figure cells carry <c>data-figure</c> with the figure's id.
/// </summary>
/// <remarks>
/// One node renderer per node type (<c>Renderers/</c>), as Markdig has them. Another format of the same markup
/// (Inline XBRL) is this renderer with the node renderers it changes replaced by its own (<see cref="TextRenderer{TSelf}.Use"/>):
/// how a figure's number is written (<see cref="FigureText"/>), how a chart is embedded (<see cref="SectionChart"/>),
/// which elements hold the release and its sections, and whether elements carry <c>data-</c> attributes
/// (<see cref="HtmlOptions.DataAttributes"/>). Not thread-safe: one renderer writes one document.
/// </remarks>
public sealed class HtmlRenderer : TextRenderer<HtmlRenderer>
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Creates a renderer with the standard node renderers.</summary>
    public HtmlRenderer(TextWriter writer, HtmlOptions? options = null) : base(writer)
    {
        Options = options ?? new HtmlOptions();
        Use(new TextInlineRenderer()).Use(new FigureInlineRenderer()).Use(new FigureTextRenderer()).Use(new StrongInlineRenderer())
            .Use(new EmphasisInlineRenderer()).Use(new LinkInlineRenderer());
        Use(new HeadingBlockRenderer()).Use(new ParagraphBlockRenderer()).Use(new ListBlockRenderer()).Use(new TableBlockRenderer())
            .Use(new SectionBlockRenderer()).Use(new SectionChartRenderer()).Use(new PageBreakBlockRenderer());
        Use(new ReleaseDocumentRenderer());
    }

    /// <summary>The options.</summary>
    public HtmlOptions Options { get; }

    /// <summary>True while a link's text is written: its text makes no links of its own.</summary>
    internal bool InLink { get; set; }

    /// <summary>HTML-encodes text (Japanese and other scripts are kept as characters).</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>
    /// Text as the inside of a CSS string in a <c>style</c> element: quotes, backslashes and line breaks
    /// are escaped, and <c>&lt;</c> too, so that the text cannot close the element.
    /// </summary>
    public static string CssString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\\':
                    sb.Append('\\').Append(c);
                    break;
                case '<' or '>' or '&':
                    sb.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
                    break;
                case < ' ' or '\u007f':
                    sb.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Renders a whole document as a standalone HTML page.</summary>
    public static string Render(ReleaseDocument document, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var w = new StringWriter { NewLine = "\n" };
        var r = new HtmlRenderer(w, options);
        var title = Inlines.PlainText(document.Title);
        w.Write($"<!DOCTYPE html>\n<html lang=\"{Encode(r.Options.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write($"<title>{Encode(title)}</title>\n<style>\n{Css.Text}");
        if (r.Options.Footer is { } footer)
        {
            w.Write(Css.PageFooter(footer));
        }
        w.Write("</style>\n</head>\n<body>\n");
        r.Write(document);
        w.Write("</body>\n</html>\n");
        return w.ToString();
    }
}
