using Kessan.Layout;
using Kessan.Diagnostics;

namespace Kessan.Tests.Layout;

// Charts: what a chart declaration reads into, and every name and count it gets wrong, at its file and line.
public partial class LayoutReaderTest
{
    /// <summary>
    /// A section with a two-column table and a grouped-bar chart of it. Line 13 is the chart's section, 14 its
    /// kind, 15 its title, 16 its table, 17 its rows, 18 its columns.
    /// </summary>
    private const string WithChart = """
        document:
          - section: {id: results, title: Results, blocks: [{table: t}]}
        tables:
          - id: t
            columns:
              - {id: prior, header: [FY2011], period: FY2011}
              - {id: current, header: [FY2012], period: FY2012}
            rows:
              - {id: product, label: Product, value: ProductRevenue}
              - {id: service, label: Service, value: ServiceRevenue}
        charts:
          - id: revenues
            section: results
            kind: grouped_bar
            title: Revenues by line
            table: t
            rows: [product, service]
            columns: [prior, current]
        """;

    private static string ChartWith(int line, string text)
    {
        var lines = WithChart.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    [Fact]
    public void A_chart_reads_into_its_section_kind_title_table_rows_and_columns_with_where_each_is_written()
    {
        var layout = ReadClean(WithChart);

        var chart = layout.Charts.ShouldHaveSingleItem();
        chart.Id.ShouldBe("revenues");
        chart.Kind.ShouldBe(ChartKind.GroupedBar);
        chart.Section.ShouldBe(new NamedReference("results", new SourceLocation(LayoutPath, 13, 14)));
        chart.Table.ShouldBe(new NamedReference("t", new SourceLocation(LayoutPath, 16, 12)));
        chart.Rows.ShouldBe([new("product", new SourceLocation(LayoutPath, 17, 12)), new("service", new SourceLocation(LayoutPath, 17, 21))]);
        chart.Columns.Select(c => c.Id).ShouldBe(["prior", "current"]);
        chart.Title.ShouldNotBeNull().Parts.ShouldHaveSingleItem();
        chart.Location.ShouldBe(new SourceLocation(LayoutPath, 12, 5));
        layout.WithRounding(RoundingPolicy.Footed).Charts.ShouldBe(layout.Charts, "changing the rounding keeps the charts");
    }

    [Fact]
    public void A_chart_without_rows_or_columns_draws_the_whole_table_and_may_name_a_table_of_another_file()
    {
        var table = WithChart[..WithChart.IndexOf("charts:", StringComparison.Ordinal)];
        const string charts = """
            charts:
              - {id: service, section: results, kind: bar, table: t, columns: [current]}
              - {id: both, section: results, kind: grouped_bar, table: t}
            """;

        var layout = ReadClean(table, charts);

        layout.Charts.Select(c => c.Id).ShouldBe(["service", "both"]);
        layout.Charts[0].Kind.ShouldBe(ChartKind.Bar);
        layout.Charts[0].Rows.ShouldBeEmpty();
        layout.Charts[1].Columns.ShouldBeEmpty();
        layout.Charts[1].Title.ShouldBeNull();
        layout.Charts[1].Location.Path.ShouldBe("layout/more1.yaml");
    }

    /// <summary>A line of <see cref="WithChart"/> replaced by a bad one: the line, its text, the code, and where on that line it points.</summary>
    public static TheoryData<int, string, string, string> BadChartLines => new()
    {
        { 13, "    section: result", DiagnosticCodes.UnknownName, "result" },
        { 16, "    table: tt", DiagnosticCodes.UnknownName, "tt" },
        { 17, "    rows: [product, servce]", DiagnosticCodes.UnknownName, "servce" },
        { 18, "    columns: [prior, curent]", DiagnosticCodes.UnknownName, "curent" },
        { 14, "    kind: pie", DiagnosticCodes.InvalidValue, "pie" },
        { 15, "    titel: Revenues by line", DiagnosticCodes.UnknownKey, "titel" },
        { 15, "    title: \"Revenues {{ Revenue }}\"", DiagnosticCodes.UnknownName, "Revenue }}" },
        { 15, "    title: \"Revenues {{ Revenues\"", DiagnosticCodes.TemplateSyntax, "{{" },
    };

    [Theory]
    [MemberData(nameof(BadChartLines))]
    public void A_bad_chart_line_is_one_diagnostic_with_its_code_at_its_line_and_column(int line, string text, string code, string at)
    {
        var yaml = ChartWith(line, text);

        var (layout, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(code, LayoutPath, line, ColumnOf(yaml, line, at));
        layout.ShouldNotBeNull("reading goes on after a problem");
    }

    [Fact]
    public void An_unknown_section_table_row_or_column_of_a_chart_names_the_chart_and_suggests_the_nearest_name()
    {
        var messages = new[]
        {
            Read(ChartWith(13, "    section: result")).Diagnostics.Single().Message,
            Read(ChartWith(16, "    table: tt")).Diagnostics.Single().Message,
            Read(ChartWith(17, "    rows: [product, servce]")).Diagnostics.Single().Message,
            Read(ChartWith(18, "    columns: [prior, curent]")).Diagnostics.Single().Message,
        };

        messages.ShouldBe(
        [
            "Chart 'revenues': 'result' is not a section of the document. Did you mean 'results'?",
            "Chart 'revenues': table 'tt' is not defined. Did you mean 't'?",
            "Chart 'revenues': row 'servce' is not a row of table 't'. Did you mean 'service'?",
            "Chart 'revenues': column 'curent' is not a column of table 't'. Did you mean 'current'?",
        ]);
    }

    [Fact]
    public void A_chart_without_an_id_section_kind_or_table_is_missing_required_keys()
    {
        var yaml = WithChart[..WithChart.IndexOf("charts:", StringComparison.Ordinal)] + "charts:\n  - {title: Nothing}\n";

        var (layout, diagnostics) = Read(yaml);

        diagnostics.Select(d => d.Message).ShouldBe(
        [
            "Missing required key 'id' in a chart.",
            "Missing required key 'section' in a chart.",
            "Missing required key 'kind'.",
            "Missing required key 'table' in a chart.",
        ]);
        diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.MissingKey && d.Location!.Line == 12);
        layout.ShouldNotBeNull().Charts.ShouldBeEmpty();
    }

    [Fact]
    public void Two_charts_with_one_id_are_a_duplicate_at_the_second()
    {
        var yaml = WithChart + "\n  - {id: revenues, section: results, kind: bar, table: t, columns: [current]}\n";

        var (layout, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, LayoutPath, 19, ColumnOf(yaml, 19, "revenues")).Message.ShouldBe("Chart 'revenues' is defined twice.");
        layout.ShouldNotBeNull().Charts.ShouldHaveSingleItem();
    }

    /// <summary>A kind with the wrong number of columns or rows: the replaced line, its text, and the message.</summary>
    public static TheoryData<int, string, string> BadCounts => new()
    {
        { 14, "    kind: bar", "Chart 'revenues': a bar chart draws one column; name it with 'columns: [id]'." },
        { 14, "    kind: waterfall", "Chart 'revenues': a waterfall draws one column; name it with 'columns: [id]'." },
        { 18, "    columns: [current]", "Chart 'revenues': grouped bars need two or more columns; draw one column as kind 'bar'." },
    };

    [Theory]
    [MemberData(nameof(BadCounts))]
    public void A_chart_with_the_wrong_number_of_columns_for_its_kind_is_invalid_at_the_chart(int line, string text, string message)
    {
        var (_, diagnostics) = Read(ChartWith(line, text));

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, LayoutPath, 12, 5).Message.ShouldBe(message);
    }

    [Fact]
    public void A_waterfall_needs_a_starting_total_a_change_and_an_ending_total()
    {
        var yaml = ChartWith(14, "    kind: waterfall").Replace("    columns: [prior, current]", "    columns: [current]", StringComparison.Ordinal);

        var (_, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, LayoutPath, 12, 5).Message
            .ShouldBe("Chart 'revenues': a waterfall needs a starting total, at least one change and an ending total: three rows or more.");
    }

    [Fact]
    public void A_chart_in_a_layout_whose_other_file_is_unreadable_is_not_blamed_for_its_section_or_table()
    {
        var charts = WithChart[WithChart.IndexOf("charts:", StringComparison.Ordinal)..];

        var (_, diagnostics) = Read(charts, "document: [\n");

        diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.YamlSyntax, string.Join(" | ", diagnostics));
    }
}
