using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>Strong emphasis: <c>strong</c>.</summary>
internal sealed class StrongInlineRenderer : NodeRenderer<HtmlRenderer, StrongInline>
{
    protected override void Write(HtmlRenderer renderer, StrongInline node)
    {
        renderer.Writer.Write("<strong>");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write("</strong>");
    }
}
