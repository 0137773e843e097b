using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>Text, encoded, with web and e-mail addresses as links and footnote marks in the text's font (<see cref="PlainTextMarkup"/>).</summary>
internal sealed class TextInlineRenderer : NodeRenderer<HtmlRenderer, TextInline>
{
    protected override void Write(HtmlRenderer renderer, TextInline node) => renderer.Writer.Write(PlainTextMarkup.ToHtml(node.Text, links: !renderer.InLink));
}
