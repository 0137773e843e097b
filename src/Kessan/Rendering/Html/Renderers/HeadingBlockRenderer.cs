using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A heading, one level below the release's title (<c>h2</c> to <c>h6</c>).</summary>
internal sealed class HeadingBlockRenderer : NodeRenderer<HtmlRenderer, HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock node)
    {
        var level = Math.Clamp(node.Level + 1, 2, 6);
        renderer.Writer.Write($"<h{level}>");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write($"</h{level}>\n");
    }
}
