using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A page break: an empty <c>div.page-break</c>, which the print CSS breaks after.</summary>
internal sealed class PageBreakBlockRenderer : NodeRenderer<HtmlRenderer, PageBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, PageBreakBlock node) => renderer.Writer.Write("<div class=\"page-break\"></div>\n");
}
