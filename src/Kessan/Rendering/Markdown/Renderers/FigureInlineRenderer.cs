using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A figure: its text, escaped.</summary>
internal sealed class FigureInlineRenderer : NodeRenderer<MarkdownRenderer, FigureInline>
{
    protected override void Write(MarkdownRenderer renderer, FigureInline node) => renderer.Writer.Write(MarkdownRenderer.Escape(node.Text));
}
