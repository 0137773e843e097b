using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>
/// A section: its title as a <c>##</c> heading, then its blocks, then a reference to each chart drawn after it (Markdown
/// has no charts: the reference names the chart and where it is drawn, from the figures of the tables above).
/// </summary>
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
        foreach (var chart in renderer.Charts[node.Id])
        {
            renderer.Writer.Write("*Chart: ");
            renderer.WriteInlines([new TextInline(chart.Title)]);
            renderer.Writer.Write($"* — drawn from the figures above in [release.html](release.html#charts-{Uri.EscapeDataString(node.Id)}) and release.pdf.\n\n");
        }
    }
}
