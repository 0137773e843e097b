using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Rendering;
using Kessan.Rendering.Charts;
using Kessan.Testing;

namespace Kessan.Tests.Rendering.Charts;

/// <summary>The IIJ sample's charts drawn once by Node.js, shared by the tests of a class.</summary>
public sealed class IijSampleCharts
{
    private readonly Lazy<(ReleasePackage Package, BuildResult Build, ImmutableDictionary<string, string> Svg)> drawn = new(() =>
    {
        ExternalTools.Require(Tools.Charts);
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path);
        result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics));
        return (result.Package!, result.Build!, NodeChartRenderer.Default().Render(result.Package!, result.Build!));
    });

    public ReleasePackage Package => drawn.Value.Package;

    public BuildResult Build => drawn.Value.Build;

    /// <summary>The SVG of the charts, by section id.</summary>
    public ImmutableDictionary<string, string> Svg => drawn.Value.Svg;
}

/// <summary>
/// Drawing charts with Vega-Lite in Node.js: the SVG of each section, texts that are exactly the chart's
/// labels and its figures' texts, and what happens when Node.js or the chart script is missing or fails.
/// </summary>
public sealed partial class NodeChartRendererTest(IijSampleCharts sample) : IClassFixture<IijSampleCharts>, IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly string root = Path.Combine(Path.GetTempPath(), "kessan-charts-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The SVG elements of a section's charts.</summary>
    private List<XElement> Charts(string section) =>
        [.. XElement.Parse("<charts>" + sample.Svg[section] + "</charts>").Elements(Svg + "svg")];

    private XElement Chart(string id) =>
        sample.Svg.Values.SelectMany(v => XElement.Parse("<charts>" + v + "</charts>").Elements(Svg + "svg")).Single(s => (string?)s.Attribute("data-chart") == id);

    /// <summary>Every line of text the SVG prints: a text's lines are its tspans, if it has any.</summary>
    private static List<string> Texts(XElement svg) =>
        [.. svg.Descendants(Svg + "text").SelectMany(t => t.Elements(Svg + "tspan").Any() ? t.Elements(Svg + "tspan").Select(s => s.Value) : [t.Value])];

    /// <summary>A chart folder of a script of one's own, with stand-ins for its packages.</summary>
    private string FakeTools(string script)
    {
        var folder = Path.Combine(root, "tools-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var package in new[] { "vega", "vega-lite" })
        {
            Directory.CreateDirectory(Path.Combine(folder, "node_modules", package));
            File.WriteAllText(Path.Combine(folder, "node_modules", package, "package.json"), "{}");
        }
        File.WriteAllText(Path.Combine(folder, NodeChartRenderer.Script), script);
        return folder;
    }

    private static readonly (string Id, JsonObject Spec)[] OneChart = [("x", new JsonObject { ["mark"] = "bar", ["data"] = new JsonObject { ["values"] = new JsonArray() } })];

    [NeedsToolsFact(Tools.Charts)]
    public void Each_section_gets_the_svg_of_its_charts_in_the_layouts_order()
    {
        sample.Svg.Keys.ShouldBe(["summary", "results-of-operation"], ignoreOrder: true);
        Charts("summary").Select(s => (string?)s.Attribute("data-chart")).ShouldBe(["revenues-by-line"]);
        Charts("results-of-operation").Select(s => (string?)s.Attribute("data-chart")).ShouldBe(["gross-margin-ratios", "operating-income-bridge"]);
        foreach (var chart in sample.Build.Charts)
        {
            var svg = Chart(chart.Id);
            ((string?)svg.Attribute("role")).ShouldBe("img");
            ((string?)svg.Attribute("aria-label")).ShouldBe(chart.Title);
            double.Parse((string)svg.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(ChartSpecs.Width + 20);
        }
    }

    /// <summary>
    /// A chart prints its title, its categories (broken into lines), its series in a legend when it has several,
    /// and one label per bar: its figure's text. Nothing else: no axis numbers of its own.
    /// </summary>
    [NeedsToolsFact(Tools.Charts)]
    public void The_only_texts_a_chart_prints_are_its_title_categories_series_and_its_figures_texts()
    {
        foreach (var chart in sample.Build.Charts)
        {
            var categories = ChartSpecs.Build(chart, sample.Build)["data"]!["values"]!.AsArray()
                .Select(d => (string)d!["category"]!).Distinct().SelectMany(c => c.Split('\n'));
            string[] series = chart.Kind == ChartKind.GroupedBar ? [.. chart.Series] : [];
            var figures = chart.FigureIds.SelectMany(ids => ids).Select(id => sample.Build.FindFigure(id)!.Text);

            Texts(Chart(chart.Id)).Order(StringComparer.Ordinal)
                .ShouldBe([chart.Title, .. categories, .. series, .. figures], ignoreOrder: true, customMessage: chart.Id);
        }
    }

    [NeedsToolsFact(Tools.Charts)]
    public void Each_bar_is_described_for_screen_readers_by_its_category_series_and_figure_text()
    {
        var svg = Chart("revenues-by-line");
        var figure = sample.Build.FindFigure(sample.Build.Charts[0].FigureIds[0][0])!;

        var bars = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("aria-roledescription") == "bar").ToList();

        bars.Count.ShouldBe(8);
        ((string?)bars[0].Attribute("aria-label")).ShouldBe("Network Services, FY2011: " + figure.Text);
    }

    [NeedsToolsFact(Tools.Charts)]
    public void The_charts_of_a_page_have_distinct_ids_and_refer_to_nothing_outside_it()
    {
        var all = string.Concat(sample.Svg.Values);

        var ids = IdAttribute().Matches(all).Select(m => m.Groups[1].Value).ToList();
        ids.ShouldBeUnique();
        foreach (var reference in UrlReference().Matches(all).Select(m => m.Groups[1].Value))
        {
            ids.ShouldContain(reference);
        }
        all.ShouldNotContain("href=\"http", Case.Insensitive);
        all.ShouldNotContain("url(http", Case.Insensitive);
        all.ShouldNotContain("<image", Case.Insensitive);
    }

    [NeedsToolsFact(Tools.Charts)]
    public void A_specification_that_asks_to_load_data_is_refused()
    {
        var spec = new JsonObject { ["mark"] = "bar", ["data"] = new JsonObject { ["url"] = "https://example.com/figures.json" } };

        var e = Should.Throw<OutputException>(() => NodeChartRenderer.Default().RenderSvg([("remote", spec)]));

        e.Message.ShouldStartWith("Drawing the charts failed: tools/charts/render.mjs exited with code 1.");
    }

    [NeedsToolsFact(Tools.Charts)]
    public void A_chart_script_that_fails_is_an_output_error_with_its_exit_code_and_without_what_it_wrote()
    {
        var tools = FakeTools("process.stderr.write('Revenues 106,248'); process.exit(3);");

        var e = Should.Throw<OutputException>(() => new NodeChartRenderer(tools).RenderSvg(OneChart));

        e.Message.ShouldBe("Drawing the charts failed: tools/charts/render.mjs exited with code 3. If its packages are missing or damaged, run npm ci --prefix tools/charts.");
    }

    [NeedsToolsFact(Tools.Charts)]
    public void A_chart_script_that_writes_no_charts_or_leaves_one_out_is_an_output_error()
    {
        var garbage = FakeTools("process.stdout.write('not json');");
        var none = FakeTools("process.stdout.write(JSON.stringify({ svg: {} }));");

        Should.Throw<OutputException>(() => new NodeChartRenderer(garbage).RenderSvg(OneChart))
            .Message.ShouldBe("Drawing the charts failed: tools/charts/render.mjs wrote something other than the charts.");
        Should.Throw<OutputException>(() => new NodeChartRenderer(none).RenderSvg(OneChart))
            .Message.ShouldBe("Drawing the charts failed: tools/charts/render.mjs drew no chart 'x'.");
    }

    [NeedsToolsFact(Tools.Charts)]
    public void A_chart_script_that_hangs_is_stopped_after_the_timeout()
    {
        var tools = FakeTools("setTimeout(() => {}, 60000);");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var e = Should.Throw<OutputException>(() => new NodeChartRenderer(tools, timeout: TimeSpan.FromSeconds(1)).RenderSvg(OneChart));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        e.Message.ShouldStartWith("Drawing the charts took too long: ");
    }

    [NeedsToolsFact(Tools.Charts)]
    public void The_default_renderer_uses_the_chart_folder_of_the_source_tree_unless_kessan_charts_names_another()
    {
        NodeChartRenderer.Default().ToolFolder.ShouldBe(Path.Combine(SamplePackages.RepositoryRoot, "tools", "charts"));
        NodeChartRenderer.Default().Unavailable().ShouldBeNull();
    }

    [Fact]
    public void Without_the_chart_script_node_or_its_packages_charts_are_unavailable_and_say_how_to_get_them()
    {
        var withoutPackages = Path.Combine(root, "bare");
        Directory.CreateDirectory(withoutPackages);
        File.WriteAllText(Path.Combine(withoutPackages, NodeChartRenderer.Script), "");

        new NodeChartRenderer(null).Unavailable().ShouldBe(
            "Charts need the chart script tools/charts/render.mjs of Kessan's source tree: run kessan inside the source tree, or set KESSAN_CHARTS to that folder.");
        new NodeChartRenderer(withoutPackages, node: Path.Combine(root, "no-such-node")).Unavailable().ShouldBe(
            "Charts need Node.js 18 or later (apt-get install nodejs npm), then its chart packages: npm ci --prefix tools/charts.");
        if (ExternalTool.Find("node") is not null)
        {
            new NodeChartRenderer(withoutPackages).Unavailable().ShouldBe(
                "Charts need their Node.js packages: run npm ci --prefix tools/charts in Kessan's source folder.");
        }
        Should.Throw<OutputException>(() => new NodeChartRenderer(null).RenderSvg(OneChart)).Message.ShouldStartWith("Charts need the chart script");
    }

    [Fact]
    public void A_release_without_charts_draws_nothing_and_runs_nothing()
    {
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path);
        var build = result.Build! with { Charts = [] };

        new NodeChartRenderer(null).Render(result.Package!, build).ShouldBeEmpty();
    }

    [GeneratedRegex(@"\sid=""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();
}
