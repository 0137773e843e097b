using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A link: <c>a href</c>.</summary>
internal sealed class LinkInlineRenderer : NodeRenderer<HtmlRenderer, LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline node)
    {
        renderer.Writer.Write($"<a href=\"{HtmlRenderer.Encode(node.Url)}\">");
        renderer.InLink = true;
        renderer.WriteInlines(node.Content);
        renderer.InLink = false;
        renderer.Writer.Write("</a>");
    }
}
