using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A paragraph, with markers that would start another block escaped.</summary>
internal sealed class ParagraphBlockRenderer : NodeRenderer<MarkdownRenderer, ParagraphBlock>
{
    protected override void Write(MarkdownRenderer renderer, ParagraphBlock node)
    {
        renderer.Writer.Write(MarkdownRenderer.EscapeLineStarts(renderer.InlineText(node.Content)));
        renderer.Writer.Write("\n\n");
    }
}
