using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A bulleted list: <c>- </c> items, continuation lines indented.</summary>
internal sealed class ListBlockRenderer : NodeRenderer<MarkdownRenderer, ListBlock>
{
    protected override void Write(MarkdownRenderer renderer, ListBlock node)
    {
        foreach (var item in node.Items)
        {
            renderer.Writer.Write("- ");
            renderer.Writer.Write(MarkdownRenderer.EscapeLineStarts(renderer.InlineText(item)).Replace("\n", "\n  ", StringComparison.Ordinal));
            renderer.Writer.Write('\n');
        }
        renderer.Writer.Write('\n');
    }
}
