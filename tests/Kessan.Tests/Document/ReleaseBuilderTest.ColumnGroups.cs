using Kessan.Document;

namespace Kessan.Tests.Document;

// Headers over groups of columns: rows of spans above the columns' own headers, nested groups stacked.
public partial class ReleaseBuilderTest
{
    [Fact]
    public void A_group_over_columns_becomes_a_span_over_them_and_a_group_covering_it_stands_above()
    {
        var layout = Edit(Layout, "    rows:\n      - {id: product,",
            "    column_groups:\n"
            + "      - {header: \"Fiscal years, {{ setting:company.short_name }}\", columns: [FY2011, FY2012]}\n"
            + "      - {header: All, columns: [FY2011, FY2012, yoy]}\n"
            + "      - {header: Change, columns: [yoy]}\n"
            + "    rows:\n      - {id: product,");

        var table = Table(Build(Package(layout)), "results");

        table.GroupRows.Length.ShouldBe(2);
        table.GroupRows[0].Select(s => (Inlines.PlainText(s.Content), s.First, s.Count)).ShouldBe([("All", 0, 3)]);
        table.GroupRows[1].Select(s => (Inlines.PlainText(s.Content), s.First, s.Count)).ShouldBe([("Fiscal years, EXC", 0, 2), ("Change", 2, 1)]);
        table.HeaderLines.Select(line => line.Select(c => Inlines.PlainText(c)).ToArray()).ShouldBe(
            [["All", "", ""], ["Fiscal years, EXC", "", "Change"], ["FY2011", "FY2012", "YoY %"]]);
    }

    [Fact]
    public void A_figure_in_a_grouped_column_is_labelled_with_its_group_header()
    {
        var layout = Edit(Layout, "    rows:\n      - {id: product,",
            "    column_groups: [{header: Fiscal years, columns: [FY2011, FY2012]}]\n    rows:\n      - {id: product,");

        FigureOf(Build(Package(layout)), "results/revenues/FY2012").Label.ShouldBe("Total revenues / Fiscal years FY2012");
    }
}
