using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A figure in text: a <c>span.fig</c> (naming the figure in <c>data-figure</c>) around the figure's text.</summary>
internal sealed class FigureInlineRenderer : NodeRenderer<HtmlRenderer, FigureInline>
{
    protected override void Write(HtmlRenderer renderer, FigureInline node)
    {
        var w = renderer.Writer;
        w.Write("<span class=\"fig\"");
        if (renderer.Options.DataAttributes)
        {
            w.Write($" data-figure=\"{HtmlRenderer.Encode(node.FigureId)}\"");
        }
        w.Write('>');
        renderer.Write(new FigureText(node));
        w.Write("</span>");
    }
}
