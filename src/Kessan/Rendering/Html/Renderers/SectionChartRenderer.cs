namespace Kessan.Rendering.Html.Renderers;

/// <summary>A section's chart: the SVG itself, in a <c>figure.chart</c>.</summary>
internal sealed class SectionChartRenderer : NodeRenderer<HtmlRenderer, SectionChart>
{
    protected override void Write(HtmlRenderer renderer, SectionChart node) =>
        renderer.Writer.Write("<figure class=\"chart\">\n" + node.Svg + "\n</figure>\n");
}
