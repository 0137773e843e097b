using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>
/// This part: ending and beginning cash (KSN403, KSN404), the equity statement against the balance sheet
/// (KSN405), and non-controlling interests (KSN407).
/// </summary>
public partial class TieOutRulesTest
{
    private const string CashConcepts = """
        period: instant
        concepts:
          - id: Cash
            label: Cash and cash equivalents
            balance: debit
            sign: non-negative
            role: cash
            statements: [balance-sheet, cash-flows]
        """;

    private const string CashBalanceSheet = "concept,FY2011-end,FY2012-end\nCash,\"13,536\",\"12,258\"\n";

    // The cash-flow statement is loaded before the balance sheet: the balance sheet is still the reference.
    private static PackageBuilder Cash(string cashFlows, string balanceSheet = CashBalanceSheet) => new PackageBuilder()
        .WithConcepts(CashConcepts)
        .WithFacts(cashFlows, "facts/cash-flows.csv", statement: "cash-flows")
        .WithFacts(balanceSheet, "facts/balance-sheet.csv", statement: "balance-sheet");

    [Fact]
    public void Opening_and_closing_cash_that_agree_with_the_balance_sheet_pass()
    {
        var report = Cash("""
            concept,at,FY2011,FY2012
            Cash,start,"13,313","13,536"
            Cash,end,"13,536","12,258"
            """).Validate();

        report.ShouldPass(DiagnosticCodes.EndingCashTieOut);
        report.ShouldPass(DiagnosticCodes.BeginningCashTieOut);
        // Closing cash of FY2011 and FY2012; opening cash of FY2012 (the balance sheet has no 2011-03-31).
        report.ChecksOf(DiagnosticCodes.EndingCashTieOut).ShouldBe(2);
        report.ChecksOf(DiagnosticCodes.BeginningCashTieOut).ShouldBe(1);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Cash_in_the_cash_flow_statement_that_the_balance_sheet_never_reports_is_a_warning_that_the_tie_out_did_not_run()
    {
        // The cash-flow statement ends with cash and restricted cash, a line the balance sheet does not have.
        const string concepts = CashConcepts + """

              - id: CashAndRestrictedCash
                label: Cash, cash equivalents and restricted cash
                balance: debit
                statements: [cash-flows]
            """;
        var report = new PackageBuilder()
            .WithConcepts(concepts.Replace("statements: [balance-sheet, cash-flows]", "statements: [balance-sheet]", StringComparison.Ordinal))
            .WithFacts("concept,at,FY2011,FY2012\nCashAndRestrictedCash,start,\"13,413\",\"13,636\"\nCashAndRestrictedCash,end,\"13,636\",\"12,358\"\n", "facts/cash-flows.csv", statement: "cash-flows")
            .WithFacts(CashBalanceSheet, "facts/balance-sheet.csv", statement: "balance-sheet")
            .Validate();

        report.ChecksOf(DiagnosticCodes.EndingCashTieOut).ShouldBe(0);
        var ending = report.Diagnostics.Single(d => d.Code == DiagnosticCodes.EndingCashTieOut);
        ending.IsError.ShouldBeFalse();
        ending.Message.ShouldBe("Ending cash was not tied to the balance sheet: no cash-flow statement reports 'Cash' at the end of its periods (a row with 'at: end').");
        ending.Location!.Path.ShouldBe("package.yaml");
        report.Diagnostics.Single(d => d.Code == DiagnosticCodes.BeginningCashTieOut).Message.ShouldStartWith("Beginning cash was not tied to the balance sheet");
    }

    private static PackageBuilder Restricted(string cashFlows) => new PackageBuilder()
        .WithConcepts("""
            period: instant
            concepts:
              - {id: Cash, label: Cash and cash equivalents, balance: debit, role: cash, statements: [balance-sheet]}
              - {id: RestrictedCash, label: Restricted cash, balance: debit, statements: [balance-sheet]}
              - id: CashAndRestrictedCash
                label: Cash, cash equivalents and restricted cash
                balance: debit
                role: cash-flow-cash
                sum: [Cash, RestrictedCash]
                statements: [cash-flows]
            """)
        .WithFacts(cashFlows, "facts/cash-flows.csv", statement: "cash-flows")
        .WithFacts("concept,FY2011-end,FY2012-end\nCash,\"13,536\",\"12,258\"\nRestrictedCash,100,100\n", "facts/balance-sheet.csv", statement: "balance-sheet");

    [Fact]
    public void Cash_flow_cash_declared_as_a_sum_of_balance_sheet_lines_ties_out_through_that_sum()
    {
        var report = Restricted("concept,at,FY2011,FY2012\nCashAndRestrictedCash,start,\"13,413\",\"13,636\"\nCashAndRestrictedCash,end,\"13,636\",\"12,358\"\n").Validate();

        report.ChecksOf(DiagnosticCodes.EndingCashTieOut).ShouldBe(2);
        report.ChecksOf(DiagnosticCodes.BeginningCashTieOut).ShouldBe(1);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Cash_flow_cash_that_is_not_the_sum_of_its_balance_sheet_lines_is_a_calculation_error_at_the_cash_flow_cell()
    {
        var diagnostics = Restricted("concept,at,FY2011,FY2012\nCashAndRestrictedCash,start,\"13,413\",\"13,636\"\nCashAndRestrictedCash,end,\"13,636\",\"12,258\"\n").Check();

        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.Calculation);
        d.Location!.Path.ShouldBe("facts/cash-flows.csv");
    }

    [Fact]
    public void Closing_cash_that_differs_from_the_balance_sheet_is_reported_in_the_cash_flow_statement()
    {
        var diagnostics = Cash("""
            concept,at,FY2011,FY2012
            Cash,start,"13,313","13,536"
            Cash,end,"13,536","12,285"
            """).Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.EndingCashTieOut, "facts/cash-flows.csv", 3, 19);
        d.Message.ShouldBe("Cash and cash equivalents at the end of FY2012 in 'Statements of Cash Flows' differ from 'Balance Sheets' (facts/balance-sheet.csv:2:15).");
        d.ShouldKeepFiguresInDetail(12_285_000m, 12_258_000m);
        d.Related.ShouldBe([new SourceLocation("facts/balance-sheet.csv", 2, 15)]);
    }

    [Fact]
    public void Opening_cash_that_differs_from_the_prior_balance_sheet_is_reported_in_the_cash_flow_statement()
    {
        var diagnostics = Cash("""
            concept,at,FY2011,FY2012
            Cash,start,"13,313","13,563"
            Cash,end,"13,536","12,258"
            """).Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.BeginningCashTieOut, "facts/cash-flows.csv", 2, 21);
        d.Message.ShouldBe("Cash and cash equivalents at the beginning of FY2012 in 'Statements of Cash Flows' differ from the balance at 2012-03-31 in 'Balance Sheets' (facts/balance-sheet.csv:2:6).");
        d.ShouldKeepFiguresInDetail(13_563_000m, 13_536_000m);
        d.Related.ShouldBe([new SourceLocation("facts/balance-sheet.csv", 2, 6)]);
    }

    [Fact]
    public void Opening_cash_that_differs_from_the_prior_closing_cash_is_reported_at_the_opening_cash_when_the_balance_sheet_lacks_the_date()
    {
        // The balance sheet covers FY2012-end only; the opening cash of FY2012 must equal the closing cash of FY2011.
        var diagnostics = Cash("""
                concept,at,FY2011,FY2012
                Cash,start,"13,313","13,563"
                Cash,end,"13,536","12,258"
                """, "concept,FY2012-end\nCash,\"12,258\"\n")
            .WithStatements("""
                  - id: balance-sheet
                    title: Balance Sheets
                    kind: balance-sheet
                    periods: [FY2012-end]
                  - id: cash-flows
                    title: Statements of Cash Flows
                    kind: cash-flows
                    periods: [FY2011, FY2012]

                """)
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.BeginningCashTieOut, "facts/cash-flows.csv", 2, 21);
        d.Message.ShouldBe("Cash and cash equivalents at the beginning of FY2012 in 'Statements of Cash Flows' differ from the closing balance of FY2011 in 'Statements of Cash Flows' (facts/cash-flows.csv:3:10).");
        d.Related.ShouldBe([new SourceLocation("facts/cash-flows.csv", 3, 10)]);
        d.ShouldKeepFiguresInDetail(13_563_000m, 13_536_000m);
    }

    private const string EquityConcepts = """
        period: instant
        concepts:
          - id: CommonStockValue
            label: Common stock
            balance: credit
          - id: RetainedEarnings
            label: Accumulated deficit
            balance: credit
          - id: TreasuryStockValue
            label: Treasury stock
            balance: debit
            sign: non-negative
          - id: TotalEquity
            label: Total equity
            balance: credit
            role: total-equity
            sum: [CommonStockValue, RetainedEarnings, -TreasuryStockValue]
        axes:
          - id: EquityComponent
            label: Equity component
            aggregates: true
            members:
              - id: CommonStock
                label: Common stock
                balance_concept: CommonStockValue
              - id: AccumulatedDeficit
                label: Accumulated deficit
                balance_concept: RetainedEarnings
              - id: TreasuryStock
                label: Treasury stock
                balance_concept: TreasuryStockValue
                balance_weight: -1
        """;

    private const string EquityBalanceSheet = """
        concept,FY2012-end
        CommonStockValue,"16,834"
        RetainedEarnings,"(5,673)"
        TreasuryStockValue,392
        TotalEquity,"10,769"
        """;

    private static PackageBuilder Equity(string balances) => new PackageBuilder()
        .WithConcepts(EquityConcepts)
        .WithFacts(EquityBalanceSheet, "facts/balance-sheet.csv", statement: "balance-sheet")
        .WithFacts(
            "concept,period,value,EquityComponent=CommonStock,EquityComponent=AccumulatedDeficit,EquityComponent=TreasuryStock\n"
            + "TotalEquity,FY2012-end," + balances + "\n",
            "facts/equity.csv", statement: "equity");

    [Fact]
    public void Equity_statement_balances_that_equal_the_balance_sheet_pass_with_treasury_stock_as_a_deduction()
    {
        var report = Equity("\"10,769\",\"16,834\",\"(5,673)\",(392)").Validate();

        report.ShouldPass(DiagnosticCodes.EquityTieOut);
        // The total reported in both statements, and the three components.
        report.ChecksOf(DiagnosticCodes.EquityTieOut).ShouldBe(4);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Total_equity_in_the_equity_statement_that_differs_from_the_balance_sheet_is_reported_in_the_equity_statement()
    {
        var diagnostics = Equity("\"10,796\",\"16,834\",\"(5,673)\",(392)").Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.EquityTieOut, "facts/equity.csv", 2, 24);
        d.Message.ShouldBe("'Total equity' at 2013-03-31 in 'Statements of Equity' differs from 'Balance Sheets' (facts/balance-sheet.csv:5:13).");
        d.ShouldKeepFiguresInDetail(10_796_000m, 10_769_000m);
    }

    [Fact]
    public void An_equity_component_that_differs_from_its_balance_sheet_line_is_reported_at_the_component()
    {
        var diagnostics = Equity("\"10,769\",\"16,843\",\"(5,673)\",(392)").Check();

        var d = diagnostics.WithCode(DiagnosticCodes.EquityTieOut).Single().ShouldBeAt(DiagnosticCodes.EquityTieOut, "facts/equity.csv", 2, 33);
        d.Message.ShouldBe("'Total equity' [Common stock] at 2013-03-31 in the equity statement differs from 'Common stock' at 2013-03-31 in the balance sheet.");
        d.ShouldKeepFiguresInDetail(16_843_000m, 16_834_000m);
        d.Related.ShouldBe([new SourceLocation("facts/balance-sheet.csv", 2, 18)]);
    }

    [Fact]
    public void Treasury_stock_in_the_equity_statement_with_the_sign_of_the_balance_sheet_is_reported_as_not_deducted()
    {
        var diagnostics = Equity("\"10,769\",\"16,834\",\"(5,673)\",392").Check();

        var d = diagnostics.WithCode(DiagnosticCodes.EquityTieOut).Single().ShouldBeAt(DiagnosticCodes.EquityTieOut, "facts/equity.csv", 2, 52);
        d.Message.ShouldContain("'Total equity' [Treasury stock] at 2013-03-31 in the equity statement differs from 'Treasury stock' at 2013-03-31 in the balance sheet (shown as a deduction).");
        d.ShouldKeepFiguresInDetail(392_000m);
    }

    private const string NoncontrollingConcepts = """
        concepts:
          - id: ProfitLoss
            label: Net income
            period: duration
            balance: credit
            role: net-income
          - id: NetIncomeAttributableToNoncontrollingInterests
            label: Net income attributable to noncontrolling interests
            period: duration
            balance: credit
            role: net-income-attributable-to-noncontrolling-interests
          - id: SubsidiaryStockIssuance
            label: Subsidiary stock issuance
            period: duration
            balance: credit
          - id: NoncontrollingInterests
            label: Noncontrolling interests
            period: instant
            balance: credit
            role: noncontrolling-interests
          - id: TotalEquity
            label: Total equity
            period: instant
            balance: credit
            role: total-equity
            rollforward: [ProfitLoss, SubsidiaryStockIssuance]
        axes:
          - id: EquityComponent
            label: Equity component
            aggregates: true
            members:
              - id: AccumulatedDeficit
                label: Accumulated deficit
              - id: NoncontrollingInterests
                label: Noncontrolling interests
                balance_concept: NoncontrollingInterests
        """;

    private static PackageBuilder Noncontrolling(string closing, string attributable) => new PackageBuilder()
        .WithConcepts(NoncontrollingConcepts)
        .WithFacts($"concept,FY2011-end,FY2012-end\nNoncontrollingInterests,\"8,042\",\"{closing}\"\n", "facts/balance-sheet.csv", statement: "balance-sheet")
        .WithFacts($"concept,FY2012\nProfitLoss,\"5,317\"\nNetIncomeAttributableToNoncontrollingInterests,\"{attributable}\"\n",
            "facts/income-statement.csv", statement: "income-statement")
        .WithFacts("""
            concept,period,EquityComponent=AccumulatedDeficit,EquityComponent=NoncontrollingInterests
            ProfitLoss,FY2012,"4,317","1,000"
            SubsidiaryStockIssuance,FY2012,,"1,688"
            """, "facts/equity.csv", statement: "equity");

    [Fact]
    public void Noncontrolling_interests_that_roll_forward_and_tie_to_the_income_statement_pass()
    {
        var report = Noncontrolling("10,730", "1,000").Validate();

        report.ShouldPass(DiagnosticCodes.NoncontrollingInterestTieOut);
        // The income tie and the roll-forward for FY2012.
        report.ChecksOf(DiagnosticCodes.NoncontrollingInterestTieOut).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Noncontrolling_interests_that_do_not_roll_forward_are_reported_at_the_closing_balance()
    {
        var diagnostics = Noncontrolling("10,370", "1,000").Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.NoncontrollingInterestTieOut, "facts/balance-sheet.csv", 2, 33);
        d.Message.ShouldBe("'Noncontrolling interests' at 2013-03-31 does not equal the opening balance plus the movements credited to non-controlling interests for FY2012.");
        d.ShouldKeepFiguresInDetail(8_042_000m, 10_370_000m);
        d.Related.ShouldBe([
            new SourceLocation("facts/balance-sheet.csv", 2, 25),
            new SourceLocation("facts/equity.csv", 2, 27),
            new SourceLocation("facts/equity.csv", 3, 33),
        ]);
    }

    [Fact]
    public void Net_income_credited_to_noncontrolling_interests_that_differs_from_the_income_statement_is_reported_at_the_equity_statement()
    {
        var diagnostics = Noncontrolling("10,730", "1,100").Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.NoncontrollingInterestTieOut, "facts/equity.csv", 2, 27);
        d.Message.ShouldBe("Net income credited to non-controlling interests in the equity statement for FY2012 differs from 'Net income attributable to noncontrolling interests' for FY2012.");
        d.ShouldKeepFiguresInDetail(1_000_000m, 1_100_000m);
        d.Related.ShouldBe([new SourceLocation("facts/income-statement.csv", 3, 48)]);
    }
}
