using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>Emphasis: <c>em</c>.</summary>
internal sealed class EmphasisInlineRenderer : NodeRenderer<HtmlRenderer, EmphasisInline>
{
    protected override void Write(HtmlRenderer renderer, EmphasisInline node)
    {
        renderer.Writer.Write("<em>");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write("</em>");
    }
}
