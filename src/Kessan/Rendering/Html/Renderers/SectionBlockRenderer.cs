using Kessan.Document;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>
/// A section: an element named by its id holding its title (<c>h2</c>), its blocks and then its chart, if the
/// options have one for it (<see cref="SectionChart"/>). The element is <c>section</c>; XHTML 1.1, which has no
/// <c>section</c>, uses <c>div class="section"</c>.
/// </summary>
/// <param name="element">The element's name.</param>
/// <param name="cssClass">Its class, or null for none.</param>
internal sealed class SectionBlockRenderer(string element = "section", string? cssClass = null) : NodeRenderer<HtmlRenderer, SectionBlock>
{
    protected override void Write(HtmlRenderer renderer, SectionBlock node)
    {
        var w = renderer.Writer;
        var css = cssClass is null ? "" : $" class=\"{cssClass}\"";
        w.Write($"<{element}{css} id=\"{HtmlRenderer.Encode(node.Id)}\">\n");
        if (!node.Title.IsEmpty)
        {
            w.Write("<h2>");
            renderer.WriteInlines(node.Title);
            w.Write("</h2>\n");
        }
        renderer.WriteAll(node.Blocks);
        if (renderer.Options.Charts is { } charts && charts.TryGetValue(node.Id, out var svg))
        {
            renderer.Write(new SectionChart(node, svg));
        }
        w.Write($"</{element}>\n");
    }
}
