using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>A heading at the level its Markdown gives (<c>###</c> is <c>h3</c>), below the release's title and a section's <c>h2</c> (<c>h2</c> to <c>h6</c>).</summary>
internal sealed class HeadingBlockRenderer : NodeRenderer<HtmlRenderer, HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock node)
    {
        var level = Math.Clamp(node.Level, 2, 6);
        renderer.Writer.Write($"<h{level}>");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write($"</h{level}>\n");
    }
}
