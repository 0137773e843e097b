namespace Kessan.Rendering.Html.Renderers;

/// <summary>A figure's text, encoded.</summary>
internal sealed class FigureTextRenderer : NodeRenderer<HtmlRenderer, FigureText>
{
    protected override void Write(HtmlRenderer renderer, FigureText node) => renderer.Writer.Write(HtmlRenderer.Encode(node.Figure.Text));
}
