using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN301: every total equals the weighted sum of its items, within rounding.</summary>
public partial class CalculationRuleTest
{
    // An income statement (FY2011, FY2012): revenues = product + service; gross profit = revenues - cost.
    private const string StatementConcepts = """
        statements: [income-statement]
        period: duration
        concepts:
          - id: ProductRevenue
            label: Product revenue
            balance: credit
            required: false
          - id: ServiceRevenue
            label: Service revenue
            balance: credit
            required: false
          - id: Revenues
            label: Total revenues
            balance: credit
            sum: [ProductRevenue, ServiceRevenue]
          - id: CostOfRevenue
            label: Cost of revenue
            balance: debit
            required: false
          - id: GrossProfit
            label: Gross profit
            balance: credit
            required: false
            sum: [Revenues, -CostOfRevenue]
        axes:
          - id: Segment
            label: Segment
            members:
              - id: Network
                label: Network services
        """;

    // The same sum outside any statement, so that no line is required.
    private const string PlainConcepts = """
        period: duration
        concepts:
          - id: ProductRevenue
            label: Product revenue
            balance: credit
          - id: ServiceRevenue
            label: Service revenue
            balance: credit
          - id: Revenues
            label: Total revenues
            balance: credit
            sum: [ProductRevenue, ServiceRevenue]
        """;

    private static PackageBuilder Statement(string csv) =>
        new PackageBuilder().WithConcepts(StatementConcepts).WithFacts(csv, "facts/income.csv", statement: "income-statement");

    [Fact]
    public void Totals_equal_to_the_weighted_sum_of_their_items_pass()
    {
        var report = Statement("""
            concept,FY2011,FY2012
            ProductRevenue,"4,210","5,316"
            ServiceRevenue,"5,521","7,409"
            Revenues,"9,731","12,725"
            CostOfRevenue,"6,420","8,017"
            GrossProfit,"3,311","4,708"
            """).Validate();

        report.ShouldPass(DiagnosticCodes.Calculation);
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(4);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_total_off_by_more_than_rounding_is_reported_at_the_total()
    {
        var diagnostics = Statement("""
            concept,FY2011,FY2012
            ProductRevenue,"4,210","5,316"
            ServiceRevenue,"5,521","7,409"
            Revenues,"9,731","12,752"
            """).Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/income.csv", 4, 18);
        d.Message.ShouldBe("'Total revenues' for FY2012 does not equal the sum of its items beyond what rounding allows.");
        d.ShouldKeepFiguresInDetail(12_752_000m, 5_316_000m, 7_409_000m);
        d.Detail!.ShouldContain("plus Product revenue");
        d.Detail!.ShouldContain("plus Service revenue");
        // The items sum to [12,724,000, 12,726,000]; the total stands for [12,751,500, 12,752,500].
        d.Detail!.ShouldContain("off by JPY 25.5 thousand beyond what rounding allows");
        d.Related.ShouldContain(new SourceLocation("facts/income.csv", 2, 24));
        d.Related.ShouldContain(new SourceLocation("facts/income.csv", 3, 24));
    }

    [Fact]
    public void An_item_with_weight_minus_one_is_subtracted()
    {
        var report = Statement("""
            concept,FY2011,FY2012
            ProductRevenue,"4,210","5,316"
            ServiceRevenue,"5,521","7,409"
            Revenues,"9,731","12,725"
            CostOfRevenue,"6,420","8,017"
            GrossProfit,"3,311","20,742"
            """).Validate();

        // 12,725 + 8,017 = 20,742: the cost was added instead of subtracted.
        var d = report.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/income.csv", 6, 21);
        d.Message.ShouldContain("'Gross profit' for FY2012");
        d.Detail!.ShouldContain("minus Cost of revenue");
        d.ShouldKeepFiguresInDetail(20_742_000m, 8_017_000m);
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(4);
    }

    [Theory]
    [InlineData("3,001,000", true)]
    [InlineData("3,001,001", false)]
    [InlineData("2,999,000", true)]
    [InlineData("2,998,999", false)]
    public void Items_in_millions_and_a_total_in_thousands_are_consistent_exactly_when_their_rounding_intervals_meet(string total, bool consistent)
    {
        // Items 1,000 and 2,000 million stand for [999.5, 1,000.5] and [1,999.5, 2,000.5] million: their sum
        // lies in [2,999,000, 3,001,000] thousand. A total of T thousand stands for [T - 0.5, T + 0.5] thousand,
        // which meets that interval for 2,999,000 <= T <= 3,001,000, and misses it by half a thousand just beyond.
        var report = new PackageBuilder()
            .WithConcepts(PlainConcepts)
            .WithFacts($"""
                concept,scale,FY2012
                ProductRevenue,millions,"1,000"
                ServiceRevenue,millions,"2,000"
                Revenues,thousands,"{total}"
                """)
            .Validate();

        if (consistent)
        {
            report.ShouldPass(DiagnosticCodes.Calculation);
            report.Diagnostics.ShouldBeEmpty();
        }
        else
        {
            var d = report.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/facts.csv", 4, 20);
            d.Detail!.ShouldContain("off by JPY 0.5 thousand beyond what rounding allows");
            d.ShouldKeepFiguresInDetail(decimal.Parse(total.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) * 1000m);
        }
    }

    [Theory]
    [InlineData("12,726", true)]
    [InlineData("12,727", false)]
    public void Two_items_in_thousands_allow_a_total_one_thousand_off_but_not_two(string total, bool consistent)
    {
        // The items sum to [12,724,000, 12,726,000]; a total of 12,726 thousand stands for [12,725,500, 12,726,500].
        var report = new PackageBuilder()
            .WithConcepts(PlainConcepts)
            .WithFacts($"""
                concept,FY2012
                ProductRevenue,"5,316"
                ServiceRevenue,"7,409"
                Revenues,"{total}"
                """)
            .Validate();

        report.Diagnostics.WithCode(DiagnosticCodes.Calculation).Length.ShouldBe(consistent ? 0 : 1);
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(1);
    }

    [Fact]
    public void A_missing_item_of_a_statement_total_counts_as_nil()
    {
        var report = Statement("""
            concept,FY2011,FY2012
            ProductRevenue,"4,210","5,316"
            ServiceRevenue,"5,521",
            Revenues,"9,731","5,316"
            """).Validate();

        report.ShouldPass(DiagnosticCodes.Calculation);
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_statement_total_that_only_adds_up_with_a_missing_item_is_reported()
    {
        var diagnostics = Statement("""
            concept,FY2011,FY2012
            ProductRevenue,"4,210","5,316"
            ServiceRevenue,"5,521",
            Revenues,"9,731","12,725"
            """).Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/income.csv", 4, 18);
        d.ShouldKeepFiguresInDetail(12_725_000m, 5_316_000m);
        d.Detail!.ShouldNotContain("Service revenue");
    }

    [Fact]
    public void A_missing_item_of_a_balance_sheet_total_counts_as_nil()
    {
        var builder = new PackageBuilder()
            .WithConcepts("""
                statements: [balance-sheet]
                period: instant
                concepts:
                  - id: Cash
                    label: Cash and cash equivalents
                    balance: debit
                  - id: Receivables
                    label: Accounts receivable
                    balance: debit
                    required: false
                  - id: AssetsCurrent
                    label: Total current assets
                    balance: debit
                    sum: [Cash, Receivables]
                """);

        var report = builder
            .WithFacts("concept,FY2011-end,FY2012-end\nCash,\"13,536\",\"12,258\"\nReceivables,\"4,210\",\nAssetsCurrent,\"17,746\",\"12,258\"\n",
                "facts/balance-sheet.csv", statement: "balance-sheet")
            .Validate();

        report.ShouldPass(DiagnosticCodes.Calculation);
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_item_of_a_target_is_unknown_and_the_sum_is_not_checked()
    {
        var report = new PackageBuilder()
            .WithConcepts(StatementConcepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,725\"\n", "facts/income.csv", statement: "income-statement")
            .WithFacts("concept,FY2012\nProductRevenue,\"5,500\"\nRevenues,\"14,000\"\n", "facts/targets.csv", status: "target")
            .Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(0);
    }

    [Fact]
    public void A_target_total_with_every_item_reported_is_checked()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(StatementConcepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,725\"\n", "facts/income.csv", statement: "income-statement")
            .WithFacts("concept,FY2012\nProductRevenue,\"5,500\"\nServiceRevenue,\"7,000\"\nRevenues,\"14,000\"\n", "facts/targets.csv", status: "target")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/targets.csv", 4, 10);
        d.Message.ShouldContain("'Total revenues' for FY2012 (target)");
    }

    [Fact]
    public void A_missing_item_of_a_dimensional_total_is_unknown_and_the_sum_is_not_checked()
    {
        var report = Statement("""
            concept,dims,FY2011,FY2012
            Revenues,,"9,731","12,725"
            ProductRevenue,Segment=Network,,"5,316"
            Revenues,Segment=Network,,"10,000"
            """).Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(0);
    }

    [Fact]
    public void A_dimensional_total_with_every_item_reported_is_checked()
    {
        var diagnostics = Statement("""
            concept,dims,FY2011,FY2012
            Revenues,,"9,731","12,725"
            ProductRevenue,Segment=Network,,"5,316"
            ServiceRevenue,Segment=Network,,"3,000"
            Revenues,Segment=Network,,"10,000"
            """).Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/income.csv", 5, 27)
            .Message.ShouldContain("'Total revenues' [Network services] for FY2012");
    }

    [Fact]
    public void A_missing_item_for_a_period_the_statement_does_not_cover_is_unknown_and_the_sum_is_not_checked()
    {
        var report = Statement("""
            concept,FY2011,FY2012,1H FY2012
            Revenues,"9,731","12,725","6,000"
            ProductRevenue,,,"2,500"
            """).Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(0);
    }

    [Fact]
    public void A_total_for_a_period_the_statement_does_not_cover_is_checked_when_every_item_is_reported()
    {
        var diagnostics = Statement("""
            concept,FY2011,FY2012,1H FY2012
            Revenues,"9,731","12,725","6,000"
            ProductRevenue,,,"2,500"
            ServiceRevenue,,,"3,000"
            """).Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/income.csv", 2, 27)
            .Message.ShouldContain("'Total revenues' for 1H FY2012");
    }

    private const string TaxConcepts = """
        statements: [income-statement]
        period: duration
        concepts:
          - id: CurrentTax
            label: Current income tax
            balance: debit
            required: false
          - id: DeferredTax
            label: Deferred income tax
            balance: debit
            required: false
          - id: IncomeTaxExpense
            label: Income tax expense
            balance: debit
            sum: [CurrentTax, DeferredTax]
            missing_items: unknown
        """;

    [Fact]
    public void With_missing_items_unknown_a_statement_total_with_a_missing_item_is_not_checked()
    {
        var report = new PackageBuilder()
            .WithConcepts(TaxConcepts)
            .WithFacts("concept,FY2011,FY2012\nIncomeTaxExpense,\"1,520\",\"3,480\"\nCurrentTax,,\"3,007\"\n", "facts/income.csv", statement: "income-statement")
            .Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(0);
    }

    [Fact]
    public void With_missing_items_unknown_a_total_with_every_item_reported_is_checked()
    {
        var complete = new PackageBuilder()
            .WithConcepts(TaxConcepts)
            .WithFacts("concept,FY2011,FY2012\nIncomeTaxExpense,\"1,520\",\"3,480\"\nCurrentTax,,\"3,007\"\nDeferredTax,,473\n",
                "facts/income.csv", statement: "income-statement");
        complete.Validate().ShouldPass(DiagnosticCodes.Calculation).Diagnostics.ShouldBeEmpty();

        var diagnostics = new PackageBuilder()
            .WithConcepts(TaxConcepts)
            .WithFacts("concept,FY2011,FY2012\nIncomeTaxExpense,\"1,520\",\"3,480\"\nCurrentTax,,\"3,007\"\nDeferredTax,,374\n",
                "facts/income.csv", statement: "income-statement")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/income.csv", 2, 26)
            .ShouldKeepFiguresInDetail(3_480_000m, 3_007_000m, 374_000m);
    }

    // Net income has two decompositions: before tax less tax, and the parent's share plus the minority's.
    private const string NetIncomeConcepts = """
        period: duration
        concepts:
          - id: IncomeBeforeTax
            label: Income before income taxes
            balance: credit
          - id: IncomeTax
            label: Income tax expense
            balance: debit
          - id: NetIncomeParent
            label: Net income attributable to the parent
            balance: credit
          - id: NetIncomeMinority
            label: Net income attributable to noncontrolling interests
            balance: credit
          - id: NetIncome
            label: Net income
            balance: credit
            sums:
              - [IncomeBeforeTax, -IncomeTax]
              - [NetIncomeParent, NetIncomeMinority]
        """;

    [Fact]
    public void Each_decomposition_listed_in_sums_is_checked()
    {
        var report = new PackageBuilder()
            .WithConcepts(NetIncomeConcepts)
            .WithFacts("""
                concept,FY2012
                IncomeBeforeTax,"8,797"
                IncomeTax,"3,480"
                NetIncomeParent,"5,383"
                NetIncomeMinority,(66)
                NetIncome,"5,317"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.Calculation);
        report.ChecksOf(DiagnosticCodes.Calculation).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_total_that_agrees_with_one_decomposition_but_not_the_other_is_reported_for_the_other()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(NetIncomeConcepts)
            .WithFacts("""
                concept,FY2012
                IncomeBeforeTax,"8,797"
                IncomeTax,"3,480"
                NetIncomeParent,"5,383"
                NetIncomeMinority,66
                NetIncome,"5,317"
                """)
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, "facts/facts.csv", 6, 11);
        d.Message.ShouldContain("'Net income' for FY2012");
        d.Detail!.ShouldContain("Net income attributable to noncontrolling interests");
        d.Detail!.ShouldNotContain("Income before income taxes");
        d.Related.ShouldContain(new SourceLocation("concepts/concepts.yaml", 20, 9));
    }
}
