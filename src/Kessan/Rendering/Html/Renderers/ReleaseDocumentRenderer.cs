using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>
/// The release: an element of class <c>release</c> holding its title (<c>h1.release-title</c>) and its blocks.
/// The element is <c>article</c>; XHTML 1.1, which has no <c>article</c>, uses <c>div</c>.
/// </summary>
/// <param name="element">The element's name.</param>
internal sealed class ReleaseDocumentRenderer(string element = "article") : NodeRenderer<HtmlRenderer, ReleaseDocument>
{
    protected override void Write(HtmlRenderer renderer, ReleaseDocument node)
    {
        var w = renderer.Writer;
        w.Write($"<{element} class=\"release\">\n<h1 class=\"release-title\">");
        renderer.WriteInlines(node.Title);
        w.Write("</h1>\n");
        renderer.WriteAll(node.Blocks);
        w.Write($"</{element}>\n");
    }
}
