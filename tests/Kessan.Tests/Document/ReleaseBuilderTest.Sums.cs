using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Diagnostics;

namespace Kessan.Tests.Document;

// The sums a table displays: declared with total_of (on rows, across tables, on columns, with blank cells
// as nil) and inferred from the taxonomy's calculations; each is checked on the exact values.
public partial class ReleaseBuilderTest
{
    /// <summary>A table of income before tax: operating income (from the results table) plus other income, blank for FY2011.</summary>
    private const string IncomeTable = """

          - id: income
            format: millions
            columns:
              - {id: FY2011, header: [FY2011], period: FY2011}
              - {id: FY2012, header: [FY2012], period: FY2012}
            rows:
              - {id: other, label: Other income, value: OtherIncome, cells: {FY2011: {blank: true}}}
              - {id: pretax, label: Income before income tax, value: PretaxIncome, total_of: [results/operating, other]}
        """;

    private static string WithIncomeTable(string layout) => Edit(layout, "  - table: highlights\n", "  - table: highlights\n  - table: income\n") + IncomeTable;

    private static (string FigureId, int Weight)[] Terms(DisplayedSum sum) => [.. sum.Terms];

    [Fact]
    public void Declared_and_inferred_sums_are_reported_for_every_additive_column()
    {
        var result = Build();

        result.Sums.Select(s => s.Description).ShouldBe(
        [
            "Total revenues = sum of its items (results, FY2011)",
            "Total revenues = sum of its items (results, FY2012)",
            "Operating income = Total revenues - Cost of revenue - SG&A expenses (results, FY2011)",
            "Operating income = Total revenues - Cost of revenue - SG&A expenses (results, FY2012)",
        ]);
        result.Sums.ShouldAllBe(s => s.TableId == "results" && !s.Footed);
        Terms(result.Sums[1]).ShouldBe([("results/revenues/FY2012", -1), ("results/product/FY2012", 1), ("results/service/FY2012", 1)]);
        Terms(result.Sums[3]).ShouldBe(
            [("results/operating/FY2012", -1), ("results/revenues/FY2012", 1), ("results/cost/FY2012", -1), ("results/sga/FY2012", -1)]);
    }

    [Fact]
    public void A_year_on_year_column_is_not_summed()
    {
        var result = Build();

        result.Sums.SelectMany(s => s.Terms).ShouldNotContain(t => t.FigureId.EndsWith("/yoy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_can_be_declared_additive_or_not()
    {
        var layout = Edit(Layout, "{id: FY2011, header: [FY2011], period: FY2011}", "{id: FY2011, header: [FY2011], period: FY2011, additive: false}");

        var result = Build(Package(layout));

        result.Sums.Select(s => s.Description).ShouldBe(
        [
            "Total revenues = sum of its items (results, FY2012)",
            "Operating income = Total revenues - Cost of revenue - SG&A expenses (results, FY2012)",
        ]);
    }

    [Fact]
    public void Under_independent_rounding_a_displayed_sum_may_not_hold()
    {
        var result = Build();

        // 4 + 5 against 10.
        Holds(result, result.Sums[1]).ShouldBeFalse();
        result.Sums.Where((_, i) => i != 1).ShouldAllBe(s => Holds(result, s));
        result.Figures.ShouldAllBe(f => f.Adjustment == null);
    }

    [Fact]
    public void A_sum_is_inferred_from_a_calculation_whose_items_are_shown_negated()
    {
        // A statement-like table: costs printed in parentheses (negated values) and operating income without
        // total_of; the calculation operating income = revenues - cost - SG&A makes it a displayed sum.
        var layout = Edit(Layout, "      - {id: cost, label: Cost of revenue, value: CostOfRevenue}", "      - {id: cost, label: Cost of revenue, value: -CostOfRevenue}");
        layout = Edit(layout, "      - {id: sga, label: SG&A expenses, value: SellingGeneralAndAdministrativeExpense}", "      - {id: sga, label: SG&A expenses, value: -SellingGeneralAndAdministrativeExpense}");
        layout = Edit(layout, ", total_of: [revenues, -cost, -sga]}", "}");

        var result = Build(Package(layout));

        Row(result, "results", "cost").ShouldBe(["(5)", "(6)", "20.0"]);
        var sum = result.Sums.Single(s => s.Description == "Operating income = sum of its items (results, FY2012)");
        Terms(sum).ShouldBe([("results/operating/FY2012", -1), ("results/revenues/FY2012", 1), ("results/cost/FY2012", 1), ("results/sga/FY2012", 1)]);
        Holds(result, sum).ShouldBeTrue();
    }

    [Fact]
    public void No_sum_is_inferred_when_an_item_with_a_value_has_no_row()
    {
        // The highlights table shows total revenues and operating income, but not their items.
        var result = Build();

        result.Sums.ShouldNotContain(s => s.TableId == "highlights");
    }

    [Fact]
    public void A_declared_sum_may_name_a_row_of_another_table_and_treats_a_blank_item_cell_as_nil()
    {
        var result = Build(Package(WithIncomeTable(Layout)));

        result.HasErrors.ShouldBeFalse(string.Join(" | ", result.Diagnostics));
        Row(result, "income", "other").ShouldBe(["", "0"]);
        var sums = result.Sums.Where(s => s.TableId == "income").ToList();
        sums.Select(s => s.Description).ShouldBe(
        [
            "Income before income tax = Operating income + Other income (income, FY2011)",
            "Income before income tax = Operating income + Other income (income, FY2012)",
        ]);
        // FY2011: the blank other-income cell is nil, so income before tax is operating income alone.
        Terms(sums[0]).ShouldBe([("income/pretax/FY2011", -1), ("results/operating/FY2011", 1)]);
        Terms(sums[1]).ShouldBe([("income/pretax/FY2012", -1), ("results/operating/FY2012", 1), ("results/other/FY2012", 1)]);
        sums.ShouldAllBe(s => Holds(result, s));
    }

    [Fact]
    public void A_blank_total_cell_leaves_that_column_without_a_sum()
    {
        var layout = Edit(WithIncomeTable(Layout), "total_of: [results/operating, other]}", "total_of: [results/operating, other], cells: {FY2012: {blank: true}}}");

        var result = Build(Package(layout));

        result.Sums.Where(s => s.TableId == "income").Select(s => s.Description)
            .ShouldBe(["Income before income tax = Operating income + Other income (income, FY2011)"]);
    }

    [Fact]
    public void A_sum_with_an_item_declared_unavailable_is_not_checked()
    {
        // Other income has no FY2011 fact: declared unavailable instead of blank, the FY2011 sum has an unknown item.
        var layout = Edit(WithIncomeTable(Layout), ", cells: {FY2011: {blank: true}}}", ", unavailable: {text: \"-\", reason: \"not reported\"}}");

        var result = Build(Package(layout));

        Row(result, "income", "other").ShouldBe(["-", "0"]);
        result.Sums.Where(s => s.TableId == "income").Select(s => s.Description)
            .ShouldBe(["Income before income tax = Operating income + Other income (income, FY2012)"]);
    }

    [Fact]
    public void A_declared_sum_that_does_not_hold_on_the_exact_values_is_a_layout_error_at_its_row()
    {
        // Operating income is not revenues less cost alone.
        var layout = Edit(Layout, "total_of: [revenues, -cost, -sga]", "total_of: [revenues, -cost]");

        var result = Build(Package(layout));

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        errors.Count.ShouldBe(2);
        errors[0].ShouldBeAt(DiagnosticCodes.LayoutSum, LayoutPath, 23, 9);
        errors[0].Message.ShouldBe("The layout declares 'Operating income = Total revenues - Cost of revenue (results, FY2011)', which does not hold on the exact values.");
        errors[0].Detail.ShouldBe("difference 2000000");
        errors[1].Message.ShouldContain("(results, FY2012)");
        result.Document.ShouldBeNull("a layout with errors gives no document");
        result.Figures.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_declared_sum_within_the_rounding_of_its_facts_is_accepted()
    {
        // Operating income written 1 (thousand) off: 9,891 - 6,000 - 2,000 = 1,891, reported as 1,892. Each
        // figure is known to the thousand, so the sum holds within rounding.
        var facts = WithFact(Facts, "OperatingIncome", "\"2,000\",\"1,892\"");

        var result = Build(Package(facts: facts));

        result.Diagnostics.WithCode(DiagnosticCodes.LayoutSum).ShouldBeEmpty();
        result.Sums.ShouldContain(s => s.Description == "Operating income = Total revenues - Cost of revenue - SG&A expenses (results, FY2012)");
    }

    [Fact]
    public void A_declared_sum_naming_a_table_that_does_not_exist_is_an_unknown_name()
    {
        var layout = Edit(WithIncomeTable(Layout), "total_of: [results/operating, other]", "total_of: [result/operating, other]");

        var result = Build(Package(layout));

        var d = result.Diagnostics.Where(x => x.IsError).Single().ShouldBeAt(DiagnosticCodes.UnknownName, LayoutPath, 41, 87);
        d.Message.ShouldBe("'result/operating' is not a row of a table of the document.");
        result.Document.ShouldBeNull("a layout with errors gives no document");
    }

    [Fact]
    public void A_declared_sum_naming_a_row_another_table_does_not_have_is_an_unknown_name()
    {
        var layout = Edit(WithIncomeTable(Layout), "total_of: [results/operating, other]", "total_of: [results/operation, other]");

        var result = Build(Package(layout));

        var d = result.Diagnostics.Where(x => x.IsError).Single().ShouldBeAt(DiagnosticCodes.UnknownName, LayoutPath, 41, 87);
        d.Message.ShouldBe("'results/operation' is not a row of table 'results'.");
        result.Document.ShouldBeNull("a layout with errors gives no document");
    }

    [Fact]
    public void A_column_declared_as_the_total_of_other_columns_gives_a_sum_in_every_row()
    {
        // Halves of FY2012: 4.4 + 5.491 = 9.891, shown as 4 + 5 against 10.
        const string layout = """
            document:
              - table: halves
            tables:
              - id: halves
                format: millions
                columns:
                  - {id: h1, header: [1H], period: 1H12}
                  - {id: h2, header: [2H], period: 2H12}
                  - {id: fy, header: [Year], period: FY2012, total_of: [h1, h2]}
                rows:
                  - {id: revenues, label: Revenues, value: Revenues}
            """;
        var package = Package(layout).WithFacts("concept,1H12,2H12\nRevenues,\"4,400\",\"5,491\"\n", "facts/halves.csv");

        var result = Build(package, new BuildOptions(RoundingPolicy.Footed));

        var sum = result.Sums.Single();
        sum.Description.ShouldBe("fy = h1 + h2 (halves, revenues)");
        Terms(sum).ShouldBe([("halves/revenues/fy", -1), ("halves/revenues/h1", 1), ("halves/revenues/h2", 1)]);
        Holds(result, sum).ShouldBeTrue();
        // The second half (0.009 above its midpoint) is the figure that moves.
        Row(result, "halves", "revenues").ShouldBe(["4", "6", "10"]);
    }
}
