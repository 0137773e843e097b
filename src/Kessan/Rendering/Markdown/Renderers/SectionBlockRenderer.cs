using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A section: its title as a <c>##</c> heading, then its blocks.</summary>
internal sealed class SectionBlockRenderer : NodeRenderer<MarkdownRenderer, SectionBlock>
{
    protected override void Write(MarkdownRenderer renderer, SectionBlock node)
    {
        if (!node.Title.IsEmpty)
        {
            renderer.Writer.Write("## ");
            renderer.WriteInlines(node.Title);
            renderer.Writer.Write("\n\n");
        }
        renderer.WriteAll(node.Blocks);
    }
}
