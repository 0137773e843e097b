using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>
/// KSN401-KSN407: the tie-outs between statements. This part: the balance sheet balances (KSN401), net
/// income ties (KSN402), comprehensive income ties (KSN406).
/// </summary>
public partial class TieOutRulesTest
{
    private const string BalanceSheetConcepts = """
        period: instant
        concepts:
          - id: Assets
            label: Total assets
            balance: debit
            role: assets
          - id: LiabilitiesAndEquity
            label: Total liabilities and equity
            balance: credit
            role: liabilities-and-equity
        """;

    [Fact]
    public void A_balance_sheet_whose_assets_equal_liabilities_and_equity_passes()
    {
        var report = new PackageBuilder()
            .WithConcepts(BalanceSheetConcepts)
            .WithFacts("concept,FY2011-end,FY2012-end\nAssets,\"9,876\",\"10,432\"\nLiabilitiesAndEquity,\"9,876\",\"10,432\"\n",
                "facts/balance-sheet.csv", statement: "balance-sheet")
            .Validate();

        report.ShouldPass(DiagnosticCodes.BalanceSheetBalances);
        report.ChecksOf(DiagnosticCodes.BalanceSheetBalances).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_balance_sheet_that_does_not_balance_is_reported_at_liabilities_and_equity()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(BalanceSheetConcepts)
            .WithFacts("concept,FY2011-end,FY2012-end\nAssets,\"9,876\",\"10,432\"\nLiabilitiesAndEquity,\"9,876\",\"10,434\"\n",
                "facts/balance-sheet.csv", statement: "balance-sheet")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.BalanceSheetBalances, "facts/balance-sheet.csv", 3, 30);
        d.Message.ShouldBe("The balance sheet does not balance at 2013-03-31: 'Total assets' at 2013-03-31 differs from 'Total liabilities and equity' at 2013-03-31.");
        d.ShouldKeepFiguresInDetail(10_432_000m, 10_434_000m);
        d.Related.ShouldBe([new SourceLocation("facts/balance-sheet.csv", 2, 16)]);
    }

    // Net income as the income statement, the cash-flow statement and the equity statement report it.
    private const string NetIncomeConcepts = """
        period: duration
        concepts:
          - id: ProfitLoss
            label: Net income
            balance: credit
            role: net-income
            statements: [income-statement, cash-flows]
          - id: NetIncomeAttributableToParent
            label: Net income attributable to the parent
            balance: credit
            role: net-income-attributable-to-parent
          - id: NetIncomeAttributableToNoncontrollingInterests
            label: Net income attributable to noncontrolling interests
            balance: credit
            role: net-income-attributable-to-noncontrolling-interests
          - id: RetainedEarnings
            label: Accumulated deficit
            period: instant
            balance: credit
          - id: AdditionalPaidInCapital
            label: Additional paid-in capital
            period: instant
            balance: credit
          - id: NoncontrollingInterests
            label: Noncontrolling interests
            period: instant
            balance: credit
            role: noncontrolling-interests
        axes:
          - id: EquityComponent
            label: Equity component
            aggregates: true
            members:
              - id: AccumulatedDeficit
                label: Accumulated deficit
                balance_concept: RetainedEarnings
              - id: AdditionalPaidInCapital
                label: Additional paid-in capital
                balance_concept: AdditionalPaidInCapital
              - id: NoncontrollingInterests
                label: Noncontrolling interests
                balance_concept: NoncontrollingInterests
        """;

    private static PackageBuilder NetIncome(string cashFlows, string income) => new PackageBuilder()
        .WithConcepts(NetIncomeConcepts)
        // The cash-flow statement is loaded first: the income statement is still the reference.
        .WithFacts(cashFlows, "facts/cash-flows.csv", statement: "cash-flows")
        .WithFacts(income, "facts/income-statement.csv", statement: "income-statement");

    [Fact]
    public void Net_income_that_agrees_across_statements_passes()
    {
        var report = NetIncome(
                "concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n",
                "concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n")
            .Validate();

        report.ShouldPass(DiagnosticCodes.NetIncomeTieOut);
        report.ChecksOf(DiagnosticCodes.NetIncomeTieOut).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Net_income_in_the_cash_flow_statement_that_differs_from_the_income_statement_is_reported_in_the_cash_flow_statement()
    {
        var diagnostics = NetIncome(
                "concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,371\"\n",
                "concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.NetIncomeTieOut, "facts/cash-flows.csv", 2, 20);
        d.Message.ShouldBe("Net income for FY2012 in 'Statements of Cash Flows' differs from 'Statements of Income' (facts/income-statement.csv:2:20).");
        d.ShouldKeepFiguresInDetail(5_371_000m, 5_317_000m);
        d.Related.ShouldBe([new SourceLocation("facts/income-statement.csv", 2, 20)]);
    }

    [Fact]
    public void Net_income_in_the_equity_statement_that_differs_from_the_income_statement_is_reported_in_the_equity_statement()
    {
        var d = NetIncome(
                "concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n",
                "concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n")
            .WithFacts("concept,period,value\nProfitLoss,FY2012,\"5,713\"\n", "facts/equity.csv", statement: "equity")
            .Check()
            .Single()
            .ShouldBeAt(DiagnosticCodes.NetIncomeTieOut, "facts/equity.csv", 2, 19);
        d.Message.ShouldContain("Net income for FY2012 in 'Statements of Equity' differs from 'Statements of Income'");
    }

    private const string IncomeStatement = """
        concept,FY2011,FY2012
        ProfitLoss,"3,574","5,317"
        NetIncomeAttributableToParent,"3,641","5,383"
        NetIncomeAttributableToNoncontrollingInterests,(67),(66)
        """;

    private static string EquityStatement(string parentShare, string minorityShare) => $"""
        concept,period,value,EquityComponent=AccumulatedDeficit,EquityComponent=AdditionalPaidInCapital,EquityComponent=NoncontrollingInterests
        ProfitLoss,FY2012,"5,317",{parentShare},-,{minorityShare}
        """;

    [Fact]
    public void The_parent_share_of_net_income_in_the_equity_statement_that_equals_net_income_attributable_to_the_parent_passes()
    {
        var report = NetIncome("concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n", IncomeStatement)
            .WithFacts(EquityStatement("\"5,383\"", "(66)"), "facts/equity.csv", statement: "equity")
            .Validate();

        report.ShouldPass(DiagnosticCodes.NetIncomeTieOut);
        // Two facts reported in several statements, and the parent's share for FY2012.
        report.ChecksOf(DiagnosticCodes.NetIncomeTieOut).ShouldBe(3);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_parent_share_of_net_income_in_the_equity_statement_that_differs_from_the_income_statement_is_reported_at_the_share()
    {
        // The equity statement credits 45 of the parent's net income to the minority; its total still adds up.
        var diagnostics = NetIncome("concept,FY2011,FY2012\nProfitLoss,\"3,574\",\"5,317\"\n", IncomeStatement)
            .WithFacts(EquityStatement("\"5,338\"", "(21)"), "facts/equity.csv", statement: "equity")
            .Check();

        var d = diagnostics.WithCode(DiagnosticCodes.NetIncomeTieOut).Single().ShouldBeAt(DiagnosticCodes.NetIncomeTieOut, "facts/equity.csv", 2, 27);
        d.Message.ShouldBe("Net income credited to the parent's equity components for FY2012 differs from 'Net income attributable to the parent' for FY2012.");
        d.ShouldKeepFiguresInDetail(5_383_000m);
        d.Related.ShouldBe([new SourceLocation("facts/income-statement.csv", 3, 39)]);
        // The minority's share is wrong as well, which the non-controlling interests tie-out reports.
        diagnostics.WithCode(DiagnosticCodes.NoncontrollingInterestTieOut).Single()
            .ShouldBeAt(DiagnosticCodes.NoncontrollingInterestTieOut, "facts/equity.csv", 2, 37);
        diagnostics.Length.ShouldBe(2);
    }

    private const string ComprehensiveIncomeConcepts = """
        period: duration
        concepts:
          - id: ProfitLoss
            label: Net income
            balance: credit
            role: net-income
          - id: OtherComprehensiveIncome
            label: Other comprehensive income, net of tax
            balance: credit
            role: other-comprehensive-income
          - id: ComprehensiveIncome
            label: Total comprehensive income
            balance: credit
            role: comprehensive-income
        axes:
          - id: EquityComponent
            label: Equity component
            aggregates: true
            members:
              - id: AccumulatedDeficit
                label: Accumulated deficit
              - id: AccumulatedOtherComprehensiveIncome
                label: Accumulated other comprehensive income
        """;

    [Fact]
    public void Comprehensive_income_equal_to_net_income_plus_other_comprehensive_income_passes()
    {
        var report = new PackageBuilder()
            .WithConcepts(ComprehensiveIncomeConcepts)
            .WithFacts("""
                concept,dims,FY2011,FY2012
                ProfitLoss,,"3,574","5,317"
                OtherComprehensiveIncome,,62,"1,131"
                ComprehensiveIncome,,"3,636","6,448"
                ProfitLoss,EquityComponent=AccumulatedDeficit,,"5,317"
                ComprehensiveIncome,EquityComponent=AccumulatedDeficit,,"5,317"
                ComprehensiveIncome,EquityComponent=AccumulatedOtherComprehensiveIncome,,"1,131"
                OtherComprehensiveIncome,EquityComponent=AccumulatedOtherComprehensiveIncome,,"1,131"
                """, "facts/comprehensive-income.csv")
            .Validate();

        report.ShouldPass(DiagnosticCodes.ComprehensiveIncomeTieOut);
        // FY2011, FY2012 and the two components, where missing net income or other comprehensive income counts as nil.
        report.ChecksOf(DiagnosticCodes.ComprehensiveIncomeTieOut).ShouldBe(4);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Comprehensive_income_that_differs_from_net_income_plus_other_comprehensive_income_is_reported_at_comprehensive_income()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(ComprehensiveIncomeConcepts)
            .WithFacts("""
                concept,FY2011,FY2012
                ProfitLoss,"3,574","5,317"
                OtherComprehensiveIncome,62,"1,131"
                ComprehensiveIncome,"3,636","6,484"
                """, "facts/comprehensive-income.csv")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.ComprehensiveIncomeTieOut, "facts/comprehensive-income.csv", 4, 29);
        d.Message.ShouldBe("'Total comprehensive income' for FY2012 differs from net income plus other comprehensive income beyond what rounding allows.");
        d.ShouldKeepFiguresInDetail(6_484_000m, 5_317_000m, 1_131_000m);
        d.Related.ShouldBe([new SourceLocation("facts/comprehensive-income.csv", 2, 20), new SourceLocation("facts/comprehensive-income.csv", 3, 29)]);
    }

    [Fact]
    public void Comprehensive_income_of_an_equity_component_that_differs_is_reported_at_the_component()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(ComprehensiveIncomeConcepts)
            .WithFacts("""
                concept,dims,FY2012
                ComprehensiveIncome,EquityComponent=AccumulatedOtherComprehensiveIncome,"1,311"
                OtherComprehensiveIncome,EquityComponent=AccumulatedOtherComprehensiveIncome,"1,131"
                """, "facts/comprehensive-income.csv")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.ComprehensiveIncomeTieOut, "facts/comprehensive-income.csv", 2, 73)
            .Message.ShouldStartWith("'Total comprehensive income' [Accumulated other comprehensive income] for FY2012 differs");
    }
}
