using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>Text, escaped.</summary>
internal sealed class TextInlineRenderer : NodeRenderer<MarkdownRenderer, TextInline>
{
    protected override void Write(MarkdownRenderer renderer, TextInline node) => renderer.Writer.Write(MarkdownRenderer.Escape(node.Text));
}
