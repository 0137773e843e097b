using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>Strong emphasis: <c>**...**</c>.</summary>
internal sealed class StrongInlineRenderer : NodeRenderer<MarkdownRenderer, StrongInline>
{
    protected override void Write(MarkdownRenderer renderer, StrongInline node)
    {
        renderer.Writer.Write("**");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write("**");
    }
}
