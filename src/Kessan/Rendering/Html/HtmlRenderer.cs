using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kessan.Layout;
using Kessan.Document;

namespace Kessan.Rendering.Html;

/// <summary>Options of the HTML output.</summary>
/// <param name="Language">The document's language (<c>lang</c>).</param>
/// <param name="Footer">Text printed at the foot of every page (the company and the release), or null.</param>
/// <param name="Charts">SVG charts to embed, by the id of the section they follow; empty for none.</param>
public sealed record HtmlOptions(string Language = "en", string? Footer = null, IReadOnlyDictionary<string, string>? Charts = null);

/// <summary>
/// Renders the document model as one standalone HTML file with print-friendly CSS: right-aligned figures,
/// negatives in parentheses, multi-line column headers with units, notes under tables, A4 pages whose
/// table rows never split. Figure cells carry <c>data-figure</c> with the figure's id.
/// </summary>
public sealed class HtmlRenderer : TextRenderer<HtmlRenderer>
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Creates a renderer with the standard node renderers.</summary>
    public HtmlRenderer(TextWriter writer, HtmlOptions? options = null) : base(writer)
    {
        Options = options ?? new HtmlOptions();
        Use(new HtmlText()).Use(new HtmlFigure()).Use(new HtmlStrong()).Use(new HtmlEmphasis()).Use(new HtmlLink());
        Use(new HtmlHeading()).Use(new HtmlParagraph()).Use(new HtmlList()).Use(new HtmlTable()).Use(new HtmlSection()).Use(new HtmlPageBreak());
    }

    /// <summary>The options.</summary>
    public HtmlOptions Options { get; }

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
            w.Write("@page { @bottom-left { content: \"" + CssString(footer) + "\"; } }\n");
        }
        w.Write("</style>\n</head>\n<body>\n<article class=\"release\">\n<h1 class=\"release-title\">");
        r.WriteInlines(document.Title);
        w.Write("</h1>\n");
        r.WriteAll(document.Blocks);
        w.Write("</article>\n</body>\n</html>\n");
        return w.ToString();
    }
}

internal sealed class HtmlText : NodeRenderer<HtmlRenderer, TextInline>
{
    protected override void Write(HtmlRenderer r, TextInline node) => r.Writer.Write(HtmlRenderer.Encode(node.Text));
}

internal sealed class HtmlFigure : NodeRenderer<HtmlRenderer, FigureInline>
{
    protected override void Write(HtmlRenderer r, FigureInline node) =>
        r.Writer.Write($"<span class=\"fig\" data-figure=\"{HtmlRenderer.Encode(node.FigureId)}\">{HtmlRenderer.Encode(node.Text)}</span>");
}

internal sealed class HtmlStrong : NodeRenderer<HtmlRenderer, StrongInline>
{
    protected override void Write(HtmlRenderer r, StrongInline node)
    {
        r.Writer.Write("<strong>");
        r.WriteInlines(node.Content);
        r.Writer.Write("</strong>");
    }
}

internal sealed class HtmlEmphasis : NodeRenderer<HtmlRenderer, EmphasisInline>
{
    protected override void Write(HtmlRenderer r, EmphasisInline node)
    {
        r.Writer.Write("<em>");
        r.WriteInlines(node.Content);
        r.Writer.Write("</em>");
    }
}

internal sealed class HtmlLink : NodeRenderer<HtmlRenderer, LinkInline>
{
    protected override void Write(HtmlRenderer r, LinkInline node)
    {
        r.Writer.Write($"<a href=\"{HtmlRenderer.Encode(node.Url)}\">");
        r.WriteInlines(node.Content);
        r.Writer.Write("</a>");
    }
}

internal sealed class HtmlHeading : NodeRenderer<HtmlRenderer, HeadingBlock>
{
    protected override void Write(HtmlRenderer r, HeadingBlock node)
    {
        var level = Math.Clamp(node.Level + 1, 2, 6);
        r.Writer.Write($"<h{level}>");
        r.WriteInlines(node.Content);
        r.Writer.Write($"</h{level}>\n");
    }
}

internal sealed class HtmlParagraph : NodeRenderer<HtmlRenderer, ParagraphBlock>
{
    protected override void Write(HtmlRenderer r, ParagraphBlock node)
    {
        r.Writer.Write("<p>");
        r.WriteInlines(node.Content);
        r.Writer.Write("</p>\n");
    }
}

internal sealed class HtmlList : NodeRenderer<HtmlRenderer, ListBlock>
{
    protected override void Write(HtmlRenderer r, ListBlock node)
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

internal sealed class HtmlSection : NodeRenderer<HtmlRenderer, SectionBlock>
{
    protected override void Write(HtmlRenderer r, SectionBlock node)
    {
        r.Writer.Write($"<section id=\"{HtmlRenderer.Encode(node.Id)}\">\n");
        if (!node.Title.IsEmpty)
        {
            r.Writer.Write("<h2>");
            r.WriteInlines(node.Title);
            r.Writer.Write("</h2>\n");
        }
        r.WriteAll(node.Blocks);
        if (r.Options.Charts is { } charts && charts.TryGetValue(node.Id, out var svg))
        {
            r.Writer.Write("<figure class=\"chart\">\n" + svg + "\n</figure>\n");
        }
        r.Writer.Write("</section>\n");
    }
}

internal sealed class HtmlPageBreak : NodeRenderer<HtmlRenderer, PageBreakBlock>
{
    protected override void Write(HtmlRenderer r, PageBreakBlock node) => r.Writer.Write("<div class=\"page-break\"></div>\n");
}

internal sealed class HtmlTable : NodeRenderer<HtmlRenderer, TableBlock>
{
    /// <summary>The number of columns (besides the labels) from which a table is set in smaller type.</summary>
    public const int DenseColumns = 7;

    protected override void Write(HtmlRenderer r, TableBlock node)
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
        // A table of many columns is set smaller, so that it fits the width of a page without shrinking the page.
        var tableClass = node.ColumnCount >= DenseColumns ? "figures dense" : "figures";
        w.Write($"<table class=\"{tableClass}\" data-table=\"{HtmlRenderer.Encode(node.Id)}\">\n");
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
            var css = row.Style switch { RowStyle.Heading => "heading", RowStyle.Total => "total", _ => "line" };
            w.Write($"<tr class=\"{css}\" data-row=\"{HtmlRenderer.Encode(row.Id)}\"><th class=\"label indent-{Math.Min(row.Indent, 4)}\" scope=\"row\">");
            r.WriteInlines(row.Label);
            w.Write("</th>");
            foreach (var cell in row.Cells)
            {
                w.Write(cell.Numeric ? "<td class=\"num\"" : "<td");
                if (cell.FigureId is { } id)
                {
                    w.Write($" data-figure=\"{HtmlRenderer.Encode(id)}\"");
                }
                w.Write('>');
                foreach (var inline in cell.Content)
                {
                    // A figure cell's number is written plainly; the cell already names the figure.
                    if (inline is FigureInline f && cell.FigureId is not null)
                    {
                        w.Write(HtmlRenderer.Encode(f.Text));
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

/// <summary>The stylesheet of the HTML output.</summary>
internal static class Css
{
    /// <summary>
    /// The release's fonts, charts included. Latin text in Helvetica or Arial, or Liberation Sans (the same
    /// metrics) where they are missing; Japanese in IPA P Gothic before Noto Sans CJK, because Chromium embeds
    /// a TrueType font in a PDF as a named font and an OpenType CFF one (Noto) as unnamed Type 3 outlines.
    /// </summary>
    public const string FontFamily = "\"Helvetica Neue\", Arial, \"Liberation Sans\", \"IPAPGothic\", \"IPAGothic\", \"Noto Sans CJK JP\", "
        + "\"Hiragino Sans\", \"Yu Gothic\", Meiryo, sans-serif";

    public const string Text = $$"""
        :root { --ink: #1b1b1b; --rule: #9a9a9a; --faint: #e6e6e6; }
        html { font-family: {{FontFamily}}; color: var(--ink); }
        body { margin: 0; font-size: 10pt; line-height: 1.45; }
        .release { max-width: 190mm; margin: 0 auto; padding: 12mm 10mm; }
        h1.release-title { font-size: 15pt; margin: 0 0 8mm; line-height: 1.3; }
        h2 { font-size: 12.5pt; margin: 7mm 0 2.5mm; border-bottom: 1.5px solid var(--ink); padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
        h4, h5 { font-size: 10pt; margin: 4mm 0 1.5mm; break-after: avoid; }
        p { margin: 0 0 2.5mm; text-align: justify; }
        ul { margin: 0 0 3mm; padding-left: 6mm; }
        a { color: inherit; }
        .table-block { margin: 3mm 0 5mm; break-inside: avoid; }
        .table-title { font-weight: 700; margin: 0 0 1mm; break-after: avoid; }
        .table-caption { font-size: 8.5pt; margin: 0 0 1mm; break-after: avoid; }
        .table-note { font-size: 8pt; margin: 1mm 0 0; text-align: left; }
        table.figures { border-collapse: collapse; width: 100%; font-size: 8.5pt; font-variant-numeric: tabular-nums; }
        table.figures thead { display: table-header-group; }
        table.figures th, table.figures td { padding: 0.6mm 1.6mm; vertical-align: bottom; }
        table.figures thead th { font-weight: 600; border-bottom: 1px solid var(--rule); text-align: center; }
        table.figures thead tr:not(:last-child) th { border-bottom: none; }
        table.figures th.num, table.figures td.num { text-align: right; }
        table.figures td.num { white-space: nowrap; }
        table.figures thead th { text-wrap: balance; }
        table.figures th.label { text-align: left; font-weight: 400; }
        table.figures tbody th.label { min-width: 40mm; }
        table.figures.dense tbody th.label { min-width: 30mm; }
        table.figures.dense { font-size: 7pt; }
        table.figures.dense th, table.figures.dense td { padding: 0.5mm 0.9mm; }
        table.figures tbody tr { break-inside: avoid; }
        table.figures tbody tr:nth-child(even) td, table.figures tbody tr:nth-child(even) th.label { background: #f7f7f7; }
        table.figures tr.heading th.label { font-weight: 700; padding-top: 1.6mm; }
        table.figures tr.total th.label, table.figures tr.total td { font-weight: 700; border-top: 1px solid var(--rule); }
        .indent-1 { padding-left: 5mm !important; } .indent-2 { padding-left: 9mm !important; }
        .indent-3 { padding-left: 13mm !important; } .indent-4 { padding-left: 17mm !important; }
        .page-break { break-after: page; }
        figure.chart { margin: 4mm 0; break-inside: avoid; }
        figure.chart svg { display: block; max-width: 100%; height: auto; margin: 0 0 4mm; }
        @page { size: A4; margin: 16mm 14mm 18mm; font-size: 8pt; color: #555;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); } }
        @media print { .release { padding: 0; max-width: none; } a { text-decoration: none; } }

        """;
}
