using Kessan.Document;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>A link: an autolink <c>&lt;url&gt;</c> when its text is its address, else <c>[text](&lt;url&gt;)</c>.</summary>
internal sealed class LinkInlineRenderer : NodeRenderer<MarkdownRenderer, LinkInline>
{
    protected override void Write(MarkdownRenderer renderer, LinkInline node)
    {
        if (Inlines.PlainText(node.Content) == node.Url || node.Content.IsEmpty)
        {
            renderer.Writer.Write("<" + node.Url + ">");
            return;
        }
        renderer.Writer.Write("[" + renderer.InlineText(node.Content) + "](<" + node.Url + ">)");
    }
}
