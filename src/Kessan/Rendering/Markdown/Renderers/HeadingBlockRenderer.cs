using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A heading at the level its Markdown gives (<c>##</c> to <c>######</c>), as release.html has it.</summary>
internal sealed class HeadingBlockRenderer : NodeRenderer<MarkdownRenderer, HeadingBlock>
{
    protected override void Write(MarkdownRenderer renderer, HeadingBlock node)
    {
        renderer.Writer.Write(new string('#', Math.Clamp(node.Level, 2, 6)) + " ");
        renderer.WriteInlines(node.Content);
        renderer.Writer.Write("\n\n");
    }
}
