using System.Globalization;
using System.Text.Json;
using Kessan.Model;
using Kessan.Rendering.Charts;
using Kessan.Document;

namespace Kessan.Tests.Rendering.Charts;

/// <summary>
/// The Vega-Lite specifications of the IIJ sample's charts, read back as JSON: every bar is a figure of the
/// release, its length the figure's displayed value and its label the figure's text, as the tables show it.
/// </summary>
public sealed class ChartSpecsTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    /// <summary>The specification as Node.js receives it: written as JSON text and parsed again.</summary>
    private static JsonElement Spec(ReleaseChart chart, BuildResult build) =>
        JsonDocument.Parse(ChartSpecs.Build(chart, build).ToJsonString()).RootElement;

    private static List<JsonElement> Data(JsonElement spec) => [.. spec.GetProperty("data").GetProperty("values").EnumerateArray()];

    private static string Invariant(Rational value) => value.ToDecimal().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Every_bar_of_every_chart_is_a_figure_drawn_at_its_displayed_value_and_labelled_with_its_text()
    {
        var bars = 0;
        foreach (var build in new[] { sample.Footed.Build, sample.Independent.Build })
        {
            build.Charts.Select(c => c.Id).ShouldBe(["revenues-by-line", "gross-margin-ratios", "operating-income-bridge"]);
            foreach (var chart in build.Charts)
            {
                var data = Data(Spec(chart, build));
                data.Count.ShouldBe(chart.Categories.Length * chart.Series.Length, chart.Id);
                for (var i = 0; i < data.Count; i++)
                {
                    var (c, s) = (i / chart.Series.Length, i % chart.Series.Length);
                    var figure = build.FindFigure(chart.FigureIds[c][s]).ShouldNotBeNull();
                    var d = data[i];
                    var where = chart.Id + ": " + figure.Id;
                    d.GetProperty("figure").GetString().ShouldBe(figure.Id, where);
                    d.GetProperty("value").GetRawText().ShouldBe(Invariant(figure.Displayed!.Value), where);
                    d.GetProperty("value").GetDecimal().ShouldBe(figure.Displayed!.Value.ToDecimal(), where);
                    d.GetProperty("text").GetString().ShouldBe(figure.Text, where);
                    d.GetProperty("category").GetString()!.Replace('\n', ' ').ShouldBe(chart.Categories[c], where);
                    d.GetProperty("series").GetString().ShouldBe(chart.Series[s], where);
                    d.GetProperty("description").GetString().ShouldEndWith(": " + figure.Text, Case.Sensitive, where);
                    bars++;
                }
            }
        }
        bars.ShouldBe(2 * (8 + 8 + 7));
    }

    [Fact]
    public void The_revenue_chart_shows_what_the_operating_results_table_shows()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts.Single(c => c.Id == "revenues-by-line");
        var table = build.Document!.Tables().Single(t => t.Id == "operating-results");

        var fromTable = new[] { "ns", "si", "eq", "atm" }
            .SelectMany(row => table.Rows.Single(r => r.Id == row).Cells.Take(2).Select(c => c.PlainText));

        Data(Spec(chart, build)).Select(d => d.GetProperty("text").GetString()).ShouldBe(fromTable);
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
        chart.FigureIds.Select(ids => ids[0]).ShouldAllBe(id => id.StartsWith("gross-margin-ratios/", StringComparison.Ordinal), "FY2011's ratios only the chart draws");
        build.FindFigure(chart.FigureIds[3][0])!.Displayed!.Value.Sign.ShouldBe(-1, "ATM operation had a gross loss in FY2011");
    }

    [Fact]
    public void A_waterfall_floats_each_change_from_where_the_bar_before_it_ended_and_ends_at_its_last_total()
    {
        var build = sample.Footed.Build;
        var chart = build.Charts.Single(c => c.Id == "operating-income-bridge");
        var data = Data(Spec(chart, build));
        var values = chart.FigureIds.Select(ids => build.FindFigure(ids[0])!.Displayed!.Value).ToList();

        var running = Rational.Zero;
        for (var i = 0; i < data.Count; i++)
        {
            var total = i == 0 || i == data.Count - 1;
            var start = total ? Rational.Zero : running;
            var end = total ? values[i] : running + values[i];
            data[i].GetProperty("start").GetRawText().ShouldBe(Invariant(start), chart.FigureIds[i][0]);
            data[i].GetProperty("end").GetRawText().ShouldBe(Invariant(end), chart.FigureIds[i][0]);
            data[i].GetProperty("kind").GetString().ShouldBe(total ? "total" : values[i].Sign < 0 ? "decrease" : "increase");
            // A dashed line joins each bar's end to the next bar, which starts there.
            if (i < data.Count - 1)
            {
                data[i].GetProperty("next").GetString().ShouldBe(data[i + 1].GetProperty("category").GetString());
            }
            else
            {
                data[i].TryGetProperty("next", out _).ShouldBeFalse();
            }
            running = end;
        }
        // The changes reach the last total exactly as displayed.
        data[^2].GetProperty("end").GetRawText().ShouldBe(data[^1].GetProperty("end").GetRawText());
        data.Count(d => d.GetProperty("kind").GetString() == "decrease").ShouldBe(1, "SG&A rose");
    }

    [Fact]
    public void A_chart_has_no_value_axis_nor_number_formats_and_is_set_in_the_releases_fonts()
    {
        var build = sample.Footed.Build;
        foreach (var chart in build.Charts)
        {
            var spec = Spec(chart, build);
            var names = new List<string>();
            Walk(spec, names);

            names.ShouldNotContain("format");
            names.ShouldNotContain("url");
            foreach (var layer in spec.GetProperty("layer").EnumerateArray().Where(l => l.GetProperty("mark").GetProperty("type").GetString() == "bar"))
            {
                layer.GetProperty("encoding").GetProperty("y").GetProperty("axis").ValueKind.ShouldBe(JsonValueKind.Null, chart.Id);
            }
            spec.GetProperty("config").GetProperty("font").GetString().ShouldBe(Kessan.Rendering.Html.Css.FontFamily);
            spec.GetProperty("title").GetProperty("text").GetString().ShouldBe(chart.Title);
        }

        static void Walk(JsonElement e, List<string> names)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    names.Add(p.Name);
                    Walk(p.Value, names);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray())
                {
                    Walk(x, names);
                }
            }
        }
    }

    [Fact]
    public void Every_bar_of_a_built_release_is_a_figure_with_its_text_and_value()
    {
        // A figure that cannot be derived stops the build (KSN505), so no chart of a written release draws one.
        var build = sample.Footed.Build;

        foreach (var chart in build.Charts)
        {
            foreach (var d in Data(Spec(chart, build)))
            {
                d.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number, chart.Id);
                d.GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace(chart.Id);
            }
        }
        build.Charts.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_chart_that_names_a_figure_the_build_does_not_have_is_an_argument_error()
    {
        var chart = sample.Footed.Build.Charts[0] with { FigureIds = [["no/such/figure", "operating-results/ns/FY2012"]], Categories = ["x"] };

        Should.Throw<ArgumentException>(() => ChartSpecs.Build(chart, sample.Footed.Build)).Message.ShouldContain("'no/such/figure'");
    }

    [Theory]
    [InlineData("Network Services Gross Margin", 14, "Network\nServices Gross\nMargin")]
    [InlineData("ATM", 8, "ATM")]
    [InlineData("A Systems-Integration-Gross-Margin", 10, "A\nSystems-Integration-Gross-Margin")]
    [InlineData("  two   spaces  ", 20, "two spaces")]
    public void A_category_label_breaks_at_spaces_into_lines_of_at_most_the_width_keeping_long_words_whole(string label, int width, string lines) =>
        ChartSpecs.Wrap(label, width).ShouldBe(lines);
}
