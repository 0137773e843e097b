using System.Text;
using Kessan.Document;
using Kessan.Rendering;
using Kessan.Rendering.Html;

namespace Kessan.Xbrl.Inline.Renderers;

/// <summary>
/// A section's chart in XHTML 1.1, which has no <c>svg</c> element: an image whose source is the SVG itself
/// (<c>data:image/svg+xml;base64,...</c>), in a <c>div.chart</c>, with the section's title as its text.
/// </summary>
internal sealed class ChartImageRenderer : NodeRenderer<HtmlRenderer, SectionChart>
{
    protected override void Write(HtmlRenderer renderer, SectionChart node)
    {
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(node.Svg));
        var title = node.Section.Title;
        var alt = title.IsEmpty ? "Chart" : "Chart: " + Inlines.PlainText(title);
        renderer.Writer.Write($"<div class=\"chart\"><img alt=\"{HtmlRenderer.Encode(alt)}\" src=\"data:image/svg+xml;base64,{data}\"/></div>\n");
    }
}
