using System.Globalization;
using System.Xml.Linq;
using Kessan.Document;
using Kessan.Rendering.Charts;

namespace Kessan.Tests.Rendering.Charts;

/// <summary>
/// The IIJ sample's charts as kessan draws them (SVG, in C#), read back as XML: every bar is a figure of the release
/// drawn at its displayed value and labelled with its text, as the tables show it, and no text shows a number of the
/// chart's own.
/// </summary>
public sealed class SvgChartTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Draw(ReleaseChart chart, BuildResult build) => XElement.Parse(SvgChart.Draw(chart, build));

    private static List<XElement> Bars(XElement svg) => [.. svg.Elements(Svg + "rect").Where(r => r.Attribute("data-figure") is not null)];

    private static double At(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_bar_of_every_chart_is_a_figure_labelled_with_its_text_and_no_text_is_a_number_of_the_charts_own()
    {
        var bars = 0;
        foreach (var build in new[] { sample.Footed.Build, sample.Independent.Build })
        {
            build.Charts.Select(c => c.Id).ShouldBe(["revenues-by-line", "gross-margin-ratios", "operating-income-bridge"]);
            foreach (var chart in build.Charts)
            {
                var svg = Draw(chart, build);
                ((string?)svg.Attribute("data-chart")).ShouldBe(chart.Id);
                ((string?)svg.Attribute("aria-label")).ShouldBe(chart.Title);
                var drawn = Bars(svg);
                drawn.Count.ShouldBe(chart.Categories.Length * chart.Series.Length, chart.Id);
                var ids = chart.FigureIds.SelectMany(x => x).ToList();
                drawn.Select(r => (string)r.Attribute("data-figure")!).ShouldBe(ids, chart.Id);
                var labels = svg.Elements(Svg + "text").Where(t => t.Attribute("data-figure") is not null).ToList();
                labels.Select(t => ((string)t.Attribute("data-figure")!, t.Value)).ShouldBe(ids.Select(id => (id, build.FindFigure(id)!.Text)), chart.Id);
                // Besides the figures' texts: the title, the series names and the category labels, nothing else.
                var words = chart.Categories.SelectMany(c => c.Split(' ')).Concat(chart.Series).Append(chart.Title).ToHashSet(StringComparer.Ordinal);
                foreach (var text in svg.Elements(Svg + "text").Where(t => t.Attribute("data-figure") is null))
                {
                    (words.Contains(text.Value) || text.Value.Split(' ').All(words.Contains)).ShouldBeTrue($"{chart.Id}: '{text.Value}'");
                }
                bars += drawn.Count;
            }
        }
        bars.ShouldBe(2 * (8 + 8 + 7));
    }

    [Fact]
    public void Bars_are_drawn_to_one_scale_from_the_zero_line()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts.Single(c => c.Id == "revenues-by-line");
        var svg = Draw(chart, build);
        var zero = At(svg.Elements(Svg + "line").Last(), "y1");

        var scales = Bars(svg).Select(r =>
        {
            var value = (double)build.FindFigure((string)r.Attribute("data-figure")!)!.Displayed!.Value.ToDecimal();
            At(r, "y").ShouldBe(zero - At(r, "height"), 0.02, "a positive bar stands on the zero line");
            return At(r, "height") / value;
        }).ToList();
        scales.ShouldAllBe(s => Math.Abs(s - scales[0]) < 0.001);
    }

    [Fact]
    public void The_revenue_chart_shows_what_the_operating_results_table_shows()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts.Single(c => c.Id == "revenues-by-line");
        var table = build.Document!.Tables().Single(t => t.Id == "operating-results");

        var fromTable = new[] { "ns", "si", "eq", "atm" }
            .SelectMany(row => table.Rows.Single(r => r.Id == row).Cells.Take(2).Select(c => c.PlainText));

        Draw(chart, build).Elements(Svg + "text").Where(t => t.Attribute("data-figure") is not null).Select(t => t.Value).ShouldBe(fromTable);
        chart.Series.ShouldBe(["FY2011", "FY2012"]);
    }

    [Fact]
    public void The_fy2012_gross_margin_ratios_are_the_figures_the_costs_text_quotes()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts.Single(c => c.Id == "gross-margin-ratios");
        var quoted = ReleaseDocument.Walk(build.Document!.Blocks).OfType<ParagraphBlock>()
            .SelectMany(p => p.Content.OfType<FigureInline>()).ToLookup(f => f.FigureId, f => f.Text, StringComparer.Ordinal);

        var fy2012 = chart.FigureIds.Select(ids => ids[1]).ToList();

        fy2012.ShouldAllBe(id => id.StartsWith("costs/", StringComparison.Ordinal), "one figure, shared with the text that quotes it");
        foreach (var id in fy2012)
        {
            quoted[id].ShouldContain(build.FindFigure(id)!.Text, id);
        }
        build.FindFigure(chart.FigureIds[3][0])!.Displayed!.Value.Sign.ShouldBe(-1, "ATM operation had a gross loss in FY2011");
        var svg = Draw(chart, build);
        var loss = Bars(svg).Single(r => (string)r.Attribute("data-figure")! == chart.FigureIds[3][0]);
        At(loss, "y").ShouldBe(At(svg.Elements(Svg + "line").Last(), "y1"), 0.02, "a negative bar hangs from the zero line");
    }

    [Fact]
    public void A_waterfall_floats_each_change_from_where_the_bar_before_it_ended_and_ends_at_its_last_total()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts.Single(c => c.Id == "operating-income-bridge");
        var svg = Draw(chart, build);
        var bars = Bars(svg);
        var connectors = svg.Elements(Svg + "line").Where(l => l.Attribute("stroke-dasharray") is not null).ToList();
        var values = chart.FigureIds.Select(ids => build.FindFigure(ids[0])!.Displayed!.Value).ToList();

        connectors.Count.ShouldBe(bars.Count - 1);
        for (var i = 0; i + 1 < bars.Count; i++)
        {
            // The connector leaves bar i at its end and meets bar i + 1 where it starts.
            var (top, bottom) = (At(bars[i], "y"), At(bars[i], "y") + At(bars[i], "height"));
            var end = i == 0 || values[i].Sign >= 0 ? top : bottom;
            At(connectors[i], "y1").ShouldBe(end, 0.02, chart.FigureIds[i][0]);
            var (nextTop, nextBottom) = (At(bars[i + 1], "y"), At(bars[i + 1], "y") + At(bars[i + 1], "height"));
            var last = i + 1 == bars.Count - 1;
            var start = last ? nextTop : values[i + 1].Sign >= 0 ? nextBottom : nextTop;
            At(connectors[i], "y1").ShouldBe(start, 0.02, chart.FigureIds[i + 1][0]);
        }
        bars.Select(r => (string)r.Attribute("fill")!).ShouldBe(values.Select((v, i) => i == 0 || i == values.Count - 1 ? "#1f4e79" : v.Sign < 0 ? "#b5473a" : "#4a8c5c"));
        values.Skip(1).SkipLast(1).Aggregate(values[0], (a, b) => a + b).ShouldBe(values[^1], "the changes reach the last total as displayed");
    }

    [Fact]
    public void Text_of_the_package_in_a_chart_is_escaped()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts[0] with { Title = "R&D <script>alert(1)</script>", Categories = ["<b>x</b>", .. build.Charts[0].Categories.Skip(1)] };

        var svg = SvgChart.Draw(chart, build);

        svg.ShouldNotContain("<script>");
        svg.ShouldNotContain("<b>");
        XElement.Parse(svg).Elements(Svg + "text").First().Value.ShouldBe("R&D <script>alert(1)</script>");
    }

    [Fact]
    public void A_chart_that_names_a_figure_the_build_does_not_have_is_an_argument_error()
    {
        var chart = sample.Footed.Build.Charts[0] with { FigureIds = [["no/such/figure", "operating-results/ns/FY2012"]], Categories = ["x"] };

        Should.Throw<ArgumentException>(() => SvgChart.Draw(chart, sample.Footed.Build)).Message.ShouldContain("'no/such/figure'");
    }

    [Fact]
    public void The_renderer_needs_nothing_installed_and_draws_each_sections_charts_in_order()
    {
        var build = sample.Footed.Build;

        SvgChartRenderer.Instance.Unavailable().ShouldBeNull();
        var bySection = SvgChartRenderer.Instance.Render(sample.Footed.Package, build);

        bySection.Keys.ShouldBe(build.Charts.Select(c => c.SectionId).Distinct(), ignoreOrder: true);
        foreach (var (section, svg) in bySection)
        {
            svg.Split("<svg ").Length.ShouldBe(build.Charts.Count(c => c.SectionId == section) + 1, section);
        }
    }

    [Theory]
    [InlineData("Network Services Gross Margin", 14, "Network\nServices Gross\nMargin")]
    [InlineData("ATM", 8, "ATM")]
    [InlineData("A Systems-Integration-Gross-Margin", 10, "A\nSystems-Integration-Gross-Margin")]
    [InlineData("  two   spaces  ", 20, "two spaces")]
    public void A_category_label_breaks_at_spaces_into_lines_of_at_most_the_width_keeping_long_words_whole(string label, int width, string lines) =>
        SvgChart.Wrap(label, width).ShouldBe(lines);
}
