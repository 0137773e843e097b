using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>Emphasis: <c>*...*</c>.</summary>
internal sealed class EmphasisInlineRenderer : NodeRenderer<MarkdownRenderer, EmphasisInline>
{
    protected override void Write(MarkdownRenderer renderer, EmphasisInline node)
    {
        renderer.Writer.Write('*');
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write('*');
    }
}
