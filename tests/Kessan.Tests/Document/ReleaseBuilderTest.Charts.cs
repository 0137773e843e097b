using System.Text.Json;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Rendering.Json;

namespace Kessan.Tests.Document;

// Charts: each is resolved to the figures of its table's cells, a table only a chart draws is computed like any
// other, and a chart that cannot be drawn as declared is reported.
public partial class ReleaseBuilderTest
{
    /// <summary>
    /// The results in a section with three charts: revenues by line from the shown table; operating margins from
    /// a table only the chart draws; and a waterfall from FY2011's operating income to FY2012's (in thousands:
    /// 2,000 + 891 - 1,000 - 0 = 1,891, which holds as displayed).
    /// </summary>
    private const string ChartLayout = """
        document:
          - section:
              id: results
              title: Results
              blocks:
                - table: results
                - text: text
        tables:
          - id: results
            format: millions
            columns:
              - {id: FY2011, header: [FY2011, JPY millions], period: FY2011}
              - {id: FY2012, header: [FY2012, JPY millions], period: FY2012}
            rows:
              - {id: heading, label: "Revenues:", style: heading}
              - {id: product, label: Product revenue, value: ProductRevenue}
              - {id: service, label: Service revenue, value: ServiceRevenue}
              - {id: operating, label: Operating income, value: OperatingIncome}
          - id: margins
            format: percent
            columns:
              - {id: FY2011, header: [FY2011], period: FY2011}
              - {id: FY2012, header: [FY2012], period: FY2012}
            rows:
              - {id: operating, label: Operating margin, value: OperatingIncome / Revenues}
          - id: bridge
            format: thousands
            period: FY2012
            columns:
              - {id: change, header: [JPY thousands]}
            rows:
              - {id: start, label: FY2011 operating income, value: OperatingIncome, period: FY2011}
              - {id: revenues, label: Revenues, value: change(Revenues)}
              - {id: cost, label: Cost of revenue, value: -change(CostOfRevenue)}
              - {id: sga, label: SG&A, value: -change(SellingGeneralAndAdministrativeExpense)}
              - {id: end, label: FY2012 operating income, value: OperatingIncome, total_of: [start, revenues, cost, sga]}
        charts:
          - {id: revenues, section: results, kind: grouped_bar, title: "Revenues, {{ setting:reporting.current_year }}", table: results, rows: [product, service]}
          - {id: margins, section: results, kind: grouped_bar, table: margins}
          - {id: bridge, section: results, kind: waterfall, title: Operating income, table: bridge}
        """;

    /// <summary>The 1-based number of the first line of <paramref name="text"/> that contains <paramref name="marker"/>.</summary>
    private static int LineOf(string text, string marker)
    {
        var i = Array.FindIndex(text.Split('\n'), l => l.Contains(marker, StringComparison.Ordinal));
        i.ShouldBeGreaterThanOrEqualTo(0, marker);
        return i + 1;
    }

    private static ReleaseChart Chart(BuildResult result, string id) => result.Charts.Single(c => c.Id == id);

    [Fact]
    public void A_chart_draws_the_figures_of_its_table_cells_labelled_by_its_rows_and_first_header_lines()
    {
        var result = Build(Package(ChartLayout));

        result.HasErrors.ShouldBeFalse(string.Join(" | ", result.Diagnostics));
        result.Charts.Select(c => c.Id).ShouldBe(["revenues", "margins", "bridge"]);
        var chart = Chart(result, "revenues");
        chart.SectionId.ShouldBe("results");
        chart.Kind.ShouldBe(ChartKind.GroupedBar);
        chart.Title.ShouldBe("Revenues, FY2012");
        chart.Categories.ShouldBe(["Product revenue", "Service revenue"]);
        chart.Series.ShouldBe(["FY2011", "FY2012"]);
        chart.FigureIds.Select(ids => ids.ToArray()).ShouldBe(
        [
            ["results/product/FY2011", "results/product/FY2012"],
            ["results/service/FY2011", "results/service/FY2012"],
        ]);
        // The very figures the table shows, so the chart's labels read as the table does.
        Row(result, "results", "product").ShouldBe([.. chart.FigureIds[0].Select(id => FigureOf(result, id).Text)]);
        Row(result, "results", "service").ShouldBe([.. chart.FigureIds[1].Select(id => FigureOf(result, id).Text)]);
    }

    [Fact]
    public void A_chart_without_rows_draws_every_row_of_its_table_but_headings()
    {
        var layout = Edit(ChartLayout, ", table: results, rows: [product, service]}", ", table: results}");

        var chart = Chart(Build(Package(layout)), "revenues");

        chart.Categories.ShouldBe(["Product revenue", "Service revenue", "Operating income"]);
        chart.FigureIds.Select(ids => ids[1]).ShouldBe(["results/product/FY2012", "results/service/FY2012", "results/operating/FY2012"]);
    }

    [Fact]
    public void A_table_only_a_chart_draws_is_computed_rounded_and_listed_but_not_shown()
    {
        var result = Build(Package(ChartLayout));

        result.Document.ShouldNotBeNull().Tables().Select(t => t.Id).ShouldBe(["results"]);
        // Operating margin: 2,000 / 9,000 = 22.2% in FY2011 and 1,891 / 9,891 = 19.1% in FY2012.
        var margins = Chart(result, "margins");
        margins.FigureIds.Single().Select(id => FigureOf(result, id).Text).ShouldBe(["22.2", "19.1"]);
        margins.FigureIds.Single().ShouldBe(["margins/operating/FY2011", "margins/operating/FY2012"]);
        // A chart's table is planned after the document, so the document's figures keep their ids and come first.
        var firstChartFigure = result.Figures.IndexOf(FigureOf(result, "margins/operating/FY2011"));
        result.Figures.Take(firstChartFigure).ShouldContain(f => f.Id == "results/operating/FY2012");
        result.Figures.Skip(firstChartFigure).ShouldAllBe(f => !f.Id.StartsWith("results/", StringComparison.Ordinal));
        // The bridge's declared sum is checked like any table's, and its FY2011 start is the results table's figure.
        result.Sums.Where(s => s.TableId == "bridge").ShouldHaveSingleItem().Description
            .ShouldBe("FY2012 operating income = FY2011 operating income + Revenues + Cost of revenue + SG&A (bridge, change)");
        Chart(result, "bridge").FigureIds[0].ShouldBe(["bridge/start/change"]);
        FigureOf(result, "bridge/start/change").Key.Period.ShouldBe(FigureOf(result, "results/operating/FY2011").Key.Period);
    }

    [Fact]
    public void A_waterfall_that_adds_up_as_displayed_is_not_reported()
    {
        var result = Build(Package(ChartLayout));

        var bridge = Chart(result, "bridge");
        bridge.Kind.ShouldBe(ChartKind.Waterfall);
        bridge.Categories.ShouldBe(["FY2011 operating income", "Revenues", "Cost of revenue", "SG&A", "FY2012 operating income"]);
        bridge.Series.ShouldBe(["JPY thousands"]);
        var bars = bridge.FigureIds.Select(ids => FigureOf(result, ids[0])).ToList();
        bars.Select(f => f.Text).ShouldBe(["2,000", "891", "(1,000)", "-", "1,891"]);
        bars.Take(4).Aggregate(Rational.Zero, (sum, f) => sum + f.Displayed!.Value).ShouldBe(bars[^1].Displayed!.Value);
        result.Diagnostics.WithCode(DiagnosticCodes.ChartData).ShouldBeEmpty();
    }

    /// <summary>The bridge in millions, with revenues split by line: 2 + 0 + 0 - 1 - 0 is 1 as displayed, against 2.</summary>
    private static string MillionsBridge(string rounding) => Edit(Edit(ChartLayout,
        "      - {id: revenues, label: Revenues, value: change(Revenues)}",
        "      - {id: product, label: Product, value: change(ProductRevenue)}\n      - {id: service, label: Service, value: change(ServiceRevenue)}"),
        "    format: thousands\n    period: FY2012\n",
        "    format: millions\n    period: FY2012\n    rounding: " + rounding + "\n")
        .Replace("total_of: [start, revenues, cost, sga]", "total_of: [start, product, service, cost, sga]", StringComparison.Ordinal);

    [Fact]
    public void A_waterfall_that_does_not_add_up_as_displayed_is_a_warning_at_the_chart_with_the_difference_in_its_detail()
    {
        var layout = MillionsBridge("independent");

        var result = Build(Package(layout));

        result.Document.ShouldNotBeNull("a warning does not stop the build");
        var d = result.Diagnostics.WithCode(DiagnosticCodes.ChartData).Single();
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        d.ShouldBeAt(DiagnosticCodes.ChartData, LayoutPath, LineOf(layout, "{id: bridge, section"));
        d.Message.ShouldStartWith("Chart 'bridge': as displayed, the starting total and the changes do not add up to the ending total");
        d.Message.ShouldNotContain("1");
        d.Detail.ShouldBe("difference -1");
    }

    [Fact]
    public void Footed_rounding_of_the_waterfalls_table_makes_its_bars_add_up()
    {
        var result = Build(Package(MillionsBridge("footed")));

        result.Diagnostics.WithCode(DiagnosticCodes.ChartData).ShouldBeEmpty();
        var bars = Chart(result, "bridge").FigureIds.Select(ids => FigureOf(result, ids[0])).ToList();
        bars.Take(bars.Count - 1).Aggregate(Rational.Zero, (sum, f) => sum + f.Displayed!.Value).ShouldBe(bars[^1].Displayed!.Value);
        bars.ShouldContain(f => f.Adjustment != null);
    }

    [Fact]
    public void A_chart_of_a_cell_that_is_not_a_figure_is_an_error_and_nothing_is_built()
    {
        var layout = Edit(ChartLayout, "rows: [product, service]}", "rows: [heading, service]}");

        var result = Build(Package(layout));

        result.Document.ShouldBeNull();
        result.Charts.ShouldBeEmpty();
        var errors = result.Diagnostics.WithCode(DiagnosticCodes.ChartData);
        errors.Length.ShouldBe(2, "one per column of the heading row");
        errors[0].ShouldBeAt(DiagnosticCodes.ChartData, LayoutPath, LineOf(layout, "{id: revenues, section"), ColumnOf(layout, "heading, service"));
        errors[0].Message.ShouldBe("Chart 'revenues': cell 'results/heading/FY2011' is not a figure (it is empty or a text), so it cannot be drawn.");
    }

    [Fact]
    public void A_chart_of_figures_at_different_scales_is_an_error()
    {
        var layout = Edit(ChartLayout, "      - {id: operating, label: Operating margin, value: OperatingIncome / Revenues}",
            "      - {id: operating, label: Operating margin, value: OperatingIncome / Revenues}\n      - {id: income, label: Operating income, value: OperatingIncome, format: millions}");

        var result = Build(Package(layout));

        result.Document.ShouldBeNull();
        var errors = result.Diagnostics.WithCode(DiagnosticCodes.ChartData);
        errors.Select(e => e.Message).ShouldBe(
        [
            "Chart 'margins': cell 'margins/income/FY2011' is shown as 'millions' but the chart's first figure as 'percent'; one chart draws figures of one scale.",
            "Chart 'margins': cell 'margins/income/FY2012' is shown as 'millions' but the chart's first figure as 'percent'; one chart draws figures of one scale.",
        ]);
    }

    [Fact]
    public void Figures_json_lists_each_chart_with_the_figure_of_each_bar()
    {
        var result = Build(Package(ChartLayout));
        var package = Package(ChartLayout).LoadClean();

        using var json = JsonDocument.Parse(FiguresJsonWriter.Write(package, result));

        var charts = json.RootElement.GetProperty("charts").EnumerateArray().ToList();
        charts.Select(c => c.GetProperty("id").GetString()).ShouldBe(["revenues", "margins", "bridge"]);
        var bridge = charts[2];
        bridge.GetProperty("section").GetString().ShouldBe("results");
        bridge.GetProperty("kind").GetString().ShouldBe("waterfall");
        bridge.GetProperty("title").GetString().ShouldBe("Operating income");
        bridge.GetProperty("series").EnumerateArray().Select(s => s.GetString()).ShouldBe(["JPY thousands"]);
        var categories = bridge.GetProperty("categories").EnumerateArray().ToList();
        categories.Select(c => c.GetProperty("label").GetString()).ShouldBe(Chart(result, "bridge").Categories);
        categories.Select(c => c.GetProperty("figures").EnumerateArray().Single().GetString())
            .ShouldBe(Chart(result, "bridge").FigureIds.Select(ids => ids[0]));
        charts[0].GetProperty("kind").GetString().ShouldBe("grouped_bar");
    }

    /// <summary>The column (1-based) of <paramref name="marker"/> on the first line that contains it.</summary>
    private static int ColumnOf(string text, string marker)
    {
        var line = text.Split('\n')[LineOf(text, marker) - 1];
        return line.IndexOf(marker, StringComparison.Ordinal) + 1;
    }
}
