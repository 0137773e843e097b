using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A bulleted list: <c>ul</c>.</summary>
internal sealed class ListBlockRenderer : NodeRenderer<HtmlRenderer, ListBlock>
{
    protected override void Write(HtmlRenderer renderer, ListBlock node)
    {
        renderer.Writer.Write("<ul>\n");
        foreach (var item in node.Items)
        {
            renderer.Writer.Write("<li>");
            renderer.WriteInlines(item);
            renderer.Writer.Write("</li>\n");
        }
        renderer.Writer.Write("</ul>\n");
    }
}
