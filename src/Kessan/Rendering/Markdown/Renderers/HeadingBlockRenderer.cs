using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A heading, one level below the release's title (<c>##</c> to <c>######</c>).</summary>
internal sealed class HeadingBlockRenderer : NodeRenderer<MarkdownRenderer, HeadingBlock>
{
    protected override void Write(MarkdownRenderer renderer, HeadingBlock node)
    {
        renderer.Writer.Write(new string('#', Math.Min(6, node.Level + 1)) + " ");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write("\n\n");
    }
}
