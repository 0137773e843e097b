using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A link: an autolink, <c>&lt;url&gt;</c>.</summary>
internal sealed class LinkInlineRenderer : NodeRenderer<MarkdownRenderer, LinkInline>
{
    protected override void Write(MarkdownRenderer renderer, LinkInline node) => renderer.Writer.Write("<" + node.Url + ">");
}
