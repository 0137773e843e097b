using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>Text, encoded.</summary>
internal sealed class TextInlineRenderer : NodeRenderer<HtmlRenderer, TextInline>
{
    protected override void Write(HtmlRenderer renderer, TextInline node) => renderer.Writer.Write(HtmlRenderer.Encode(node.Text));
}
