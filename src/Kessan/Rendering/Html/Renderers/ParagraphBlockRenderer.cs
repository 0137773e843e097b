using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A paragraph: <c>p</c>.</summary>
internal sealed class ParagraphBlockRenderer : NodeRenderer<HtmlRenderer, ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock node)
    {
        renderer.Writer.Write("<p>");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write("</p>\n");
    }
}
