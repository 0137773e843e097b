using Kessan.Layout.Formats;
using Kessan.Layout;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Layout;

// Valid layouts and the model they read into.
public partial class LayoutReaderTest
{
    /// <summary>A layout with one of everything; the tests name its line numbers (the table starts on line 19).</summary>
    private const string Full = """
        title: "{{ setting:company.short_name }} results"
        rounding: footed
        formats:
          - {name: usd_millions1, base: millions1, zero: none, prefix: "$", negative: minus}
        lint:
          allow: ["Form 20-F"]
        document:
          - heading: Results
            level: 1
          - paragraph: Revenues grew.
          - text: overview
          - page_break: true
          - section:
              id: tables
              title: Tables
              blocks:
                - table: results
        tables:
          - id: results
            title: Results
            captions: ["(JPY in millions)"]
            label_header: [Item]
            notes: ["(Note) Unaudited."]
            period: FY2012
            status: actual
            format: millions
            rounding: independent
            columns:
              - {id: FY2011, header: [FY2011, JPY millions], period: FY2011}
              - {id: FY2012, header: [FY2012, JPY millions], period: FY2012}
              - {id: yoy, header: [YoY %], value: "yoy($)", format: percent, additive: false}
              - {id: usd, header: [USD], value: "translate($)", format: usd_millions1, total_of: [FY2012, -FY2011]}
            rows:
              - {label: Product revenue, value: ProductRevenue, indent: 1}
              - {id: network, label: Network revenue, value: Revenues, dims: "Segment=Network", status: target, period: FY2013}
              - id: revenues
                label: Total revenues
                value: Revenues
                style: total
                total_of: [product-revenue, -network]
                cells:
                  yoy: "change($)"
                  usd: {blank: true}
                  FY2011: {text: "n/m", format: thousands}
              - {label: "ASSETS", style: heading}
              - {label: "", style: heading}
        """;

    [Fact]
    public void Top_level_settings_are_read()
    {
        var layout = ReadClean(Full);

        layout.Title.Parts.Select(p => p.GetType().Name).ShouldBe(["SettingPart", "LiteralPart"]);
        layout.Title.Parts[0].ShouldBeOfType<SettingPart>().Name.ShouldBe("company.short_name");
        layout.Title.Parts[1].ShouldBeOfType<LiteralPart>().Text.ShouldBe(" results");
        layout.Rounding.ShouldBe(RoundingPolicy.Footed);
        layout.LintAllow.ShouldBe(["Form 20-F"]);
    }

    [Fact]
    public void A_custom_format_starts_from_its_base_and_overrides_what_it_names()
    {
        var format = ReadClean(Full).Formats["usd_millions1"];

        format.ShouldBe(DisplayFormat.BuiltIn["millions1"] with { Name = "usd_millions1", Zero = "none", Prefix = "$", Negative = NegativeStyle.Minus });
    }

    [Theory]
    [InlineData("zero: null")]
    [InlineData("zero: ~")]
    [InlineData("zero:")]
    public void A_format_whose_zero_is_null_shows_an_exact_zero_as_a_number(string zero)
    {
        var layout = ReadClean(MinimalWith(9, $"formats:\n  - name: plain\n    base: millions\n    {zero}"));

        DisplayFormat.BuiltIn["millions"].Zero.ShouldBe("-");
        layout.Formats["plain"].Zero.ShouldBeNull();
        layout.Formats["plain"].FormatDisplayed(Kessan.Model.Rational.Zero, exactZero: true).ShouldBe("0");
    }

    [Fact]
    public void The_document_blocks_are_read_in_order_with_sections_nested()
    {
        var blocks = ReadClean(Full).Blocks;

        blocks.Select(b => b.GetType().Name).ShouldBe(["HeadingBlockLayout", "ParagraphBlockLayout", "NarrativeBlockLayout", "PageBreakBlockLayout", "SectionBlockLayout"]);
        blocks[0].ShouldBeOfType<HeadingBlockLayout>().Level.ShouldBe(1);
        blocks[0].Location.ShouldBe(new SourceLocation(LayoutPath, 8, 5));
        blocks[1].ShouldBeOfType<ParagraphBlockLayout>().Text.Parts.ShouldHaveSingleItem().ShouldBeOfType<LiteralPart>().Text.ShouldBe("Revenues grew.");
        blocks[2].ShouldBeOfType<NarrativeBlockLayout>().NarrativeId.ShouldBe("overview");
        var section = blocks[4].ShouldBeOfType<SectionBlockLayout>();
        section.Id.ShouldBe("tables");
        section.Title.ShouldNotBeNull().Parts.ShouldHaveSingleItem().ShouldBeOfType<LiteralPart>().Text.ShouldBe("Tables");
        section.Blocks.ShouldHaveSingleItem().ShouldBeOfType<TableBlockLayout>().TableId.ShouldBe("results");
    }

    [Fact]
    public void A_heading_without_a_level_is_level_two()
    {
        var layout = ReadClean(MinimalWith(2, "  - table: t\n  - heading: Results"));

        layout.Blocks[1].ShouldBeOfType<HeadingBlockLayout>().Level.ShouldBe(2);
    }

    [Fact]
    public void A_table_is_read_with_its_defaults_texts_and_location()
    {
        var table = ReadClean(Full).FindTable("results").ShouldNotBeNull();

        table.Location.ShouldBe(new SourceLocation(LayoutPath, 19, 5));
        Text(table.Title!).ShouldBe("Results");
        table.Captions.Select(Text).ShouldBe(["(JPY in millions)"]);
        table.LabelHeader.Select(Text).ShouldBe(["Item"]);
        table.Notes.Select(Text).ShouldBe(["(Note) Unaudited."]);
        table.Period.ShouldBe(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear).FiscalYear(2012));
        table.Status.ShouldBe(FactStatus.Actual);
        table.Format.ShouldBe("millions");
        table.Rounding.ShouldBe(RoundingPolicy.Independent);
    }

    [Fact]
    public void Columns_are_read_with_headers_values_formats_and_declared_sums()
    {
        var columns = ReadClean(Full).Tables[0].Columns;

        columns.Select(c => c.Id).ShouldBe(["FY2011", "FY2012", "yoy", "usd"]);
        columns[0].Header.Select(Text).ShouldBe(["FY2011", "JPY millions"]);
        columns[0].Period.ShouldBe(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear).FiscalYear(2011));
        columns[0].Value.ShouldBeNull();
        columns[0].Additive.ShouldBeNull();
        columns[0].Location.ShouldBe(new SourceLocation(LayoutPath, 29, 10));
        columns[2].Value!.ToString().ShouldBe("yoy($)");
        columns[2].Value!.HasSlot.ShouldBeTrue();
        columns[2].Format.ShouldBe("percent");
        columns[2].Additive.ShouldBe(false);
        columns[3].TotalOf.Select(w => (w.Id, w.Weight)).ShouldBe([("FY2012", 1), ("FY2011", -1)]);
        columns[3].TotalOf[1].Location.ShouldBe(new SourceLocation(LayoutPath, 32, 99));
    }

    [Fact]
    public void Rows_are_read_with_values_dimensions_styles_sums_and_cell_overrides()
    {
        var rows = ReadClean(Full).Tables[0].Rows;

        rows.Select(r => r.Id).ShouldBe(["product-revenue", "network", "revenues", "assets", "row5"]);
        rows[0].Indent.ShouldBe(1);
        rows[0].Style.ShouldBe(RowStyle.Normal);
        rows[0].Location.ShouldBe(new SourceLocation(LayoutPath, 34, 9));
        rows[1].Dims.ShouldBe(DimensionSet.Of([new DimensionValue("Segment", "Network")]));
        rows[1].Status.ShouldBe(FactStatus.Target);
        rows[1].Period.ShouldBe(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear).FiscalYear(2013));
        var revenues = rows[2];
        revenues.Style.ShouldBe(RowStyle.Total);
        revenues.TotalOf.Select(w => (w.Id, w.Weight)).ShouldBe([("product-revenue", 1), ("network", -1)]);
        revenues.TotalOf[1].Location.ShouldBe(new SourceLocation(LayoutPath, 40, 37));
        revenues.Cells.Keys.ShouldBe(["FY2011", "yoy", "usd"], ignoreOrder: true);
        revenues.Cells["yoy"].Value!.ToString().ShouldBe("change($)");
        revenues.Cells["yoy"].Location.ShouldBe(new SourceLocation(LayoutPath, 42, 16));
        revenues.Cells["usd"].Blank.ShouldBeTrue();
        revenues.Cells["usd"].Value.ShouldBeNull();
        Text(revenues.Cells["FY2011"].Text!).ShouldBe("n/m");
        revenues.Cells["FY2011"].Format.ShouldBe("thousands");
        rows[3].Style.ShouldBe(RowStyle.Heading);
        rows[3].Value.ShouldBeNull();
    }

    public static TheoryData<string, string> Slugs => new()
    {
        { "Total revenues", "total-revenues" },
        { "SG&A Expenses and R&D", "sg-a-expenses-and-r-d" },
        { "CURRENT ASSETS:", "current-assets" },
        { "  Net income (loss)  ", "net-income-loss" },
        { "Revenues {{ Revenues | millions }} in total", "revenues-in-total" },
        { "Cash and cash equivalents, end of the period reported", "cash-and-cash-equivalents-end-of-the-per" },
        { "", "row1" },
        { "{{ Revenues | millions }}", "row1" },
        { "—", "row1" },
    };

    [Theory]
    [MemberData(nameof(Slugs))]
    public void A_row_without_an_id_is_named_by_a_slug_of_its_label(string label, string id)
    {
        var layout = ReadClean(MinimalWith(8, $"      - {{label: \"{label}\"}}"));

        layout.Tables[0].Rows.Single().Id.ShouldBe(id);
    }

    [Fact]
    public void Reading_the_same_layout_twice_gives_equal_tables_and_blocks()
    {
        var first = ReadClean(Full);
        var second = ReadClean(Full);

        second.Tables.ShouldBe(first.Tables);
        second.Blocks.ShouldBe(first.Blocks);
        ReadClean(Full.Replace("total_of: [product-revenue, -network]", "total_of: [product-revenue, network]", StringComparison.Ordinal)).Tables
            .ShouldNotBe(first.Tables);
    }

    [Fact]
    public void A_layout_may_be_split_across_files()
    {
        var layout = ReadClean(
            "title: Results\nformats:\n  - {name: big, base: billions1}\n",
            Minimal,
            "tables:\n  - id: other\n    format: big\n    columns: [{id: c}]\n    rows: [{id: r, value: Revenues}]\n");

        Text(layout.Title).ShouldBe("Results");
        layout.Tables.Select(t => t.Id).ShouldBe(["t", "other"]);
        layout.FindTable("other")!.Location.Path.ShouldBe("layout/more2.yaml");
        layout.Formats.ShouldContainKey("big");
    }

    private static string Text(Template template) => string.Concat(template.Parts.Select(p => p switch
    {
        LiteralPart l => l.Text,
        _ => "{}",
    }));
}
