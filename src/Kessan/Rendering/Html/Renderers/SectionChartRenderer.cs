namespace Kessan.Rendering.Html.Renderers;

/// <summary>A section's charts: the SVG itself, in a <c>figure.chart</c> that <c>release.md</c> links to (<c>#charts-{section}</c>).</summary>
internal sealed class SectionChartRenderer : NodeRenderer<HtmlRenderer, SectionChart>
{
    protected override void Write(HtmlRenderer renderer, SectionChart node) =>
        renderer.Writer.Write($"<figure class=\"chart\" id=\"charts-{HtmlRenderer.Encode(node.Section.Id)}\">\n" + node.Svg + "\n</figure>\n");
}
