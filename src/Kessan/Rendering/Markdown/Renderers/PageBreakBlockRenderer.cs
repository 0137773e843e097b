using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A page break: a thematic break, <c>---</c>.</summary>
internal sealed class PageBreakBlockRenderer : NodeRenderer<MarkdownRenderer, PageBreakBlock>
{
    protected override void Write(MarkdownRenderer renderer, PageBreakBlock node) => renderer.Writer.Write("---\n\n");
}
