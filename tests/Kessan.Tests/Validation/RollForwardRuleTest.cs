using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN303: closing balance = opening balance + changes, for every roll-forward.</summary>
public partial class RollForwardRuleTest
{
    // Cash rolls forward with the net change of the cash-flow statement (rollforward at line 6, column 18).
    private const string CashConcepts = """
        concepts:
          - id: Cash
            label: Cash and cash equivalents
            period: instant
            balance: debit
            rollforward: [CashIncrease]
          - id: CashIncrease
            label: Net increase (decrease) in cash and cash equivalents
            period: duration
            balance: debit
        """;

    [Fact]
    public void Cash_that_rolls_forward_with_its_net_change_passes()
    {
        var report = new PackageBuilder()
            .WithConcepts(CashConcepts)
            .WithFacts("""
                concept,period,value
                Cash,FY2011-start,"13,313"
                Cash,FY2011-end,"13,536"
                Cash,FY2012-end,"12,258"
                CashIncrease,FY2011,223
                CashIncrease,FY2012,"(1,278)"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.RollForward);
        report.ChecksOf(DiagnosticCodes.RollForward).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Cash_that_does_not_roll_forward_is_reported_at_the_closing_balance()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(CashConcepts)
            .WithFacts("""
                concept,period,value
                Cash,FY2011-start,"13,313"
                Cash,FY2011-end,"13,536"
                Cash,FY2012-end,"12,258"
                CashIncrease,FY2011,223
                CashIncrease,FY2012,"(1,287)"
                """)
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.RollForward, "facts/facts.csv", 4, 17);
        d.Message.ShouldBe("'Cash and cash equivalents' at 2013-03-31 does not equal the opening balance plus the changes reported for FY2012 beyond what rounding allows.");
        d.ShouldKeepFiguresInDetail(13_536_000m, 12_258_000m, 1_287_000m);
        d.Detail!.ShouldContain("plus Net increase (decrease) in cash and cash equivalents");
        d.Related.ShouldBe([
            new SourceLocation("facts/facts.csv", 3, 17),
            new SourceLocation("facts/facts.csv", 6, 21),
            new SourceLocation("concepts/concepts.yaml", 6, 18),
        ]);
    }

    // Total equity rolls forward in total and on each equity component.
    private const string EquityConcepts = """
        concepts:
          - id: TotalEquity
            label: Total equity
            period: instant
            balance: credit
            rollforward: [NetIncome, -Dividends]
          - id: NetIncome
            label: Net income
            period: duration
            balance: credit
          - id: Dividends
            label: Dividends paid
            period: duration
            balance: debit
            sign: non-negative
        axes:
          - id: EquityComponent
            label: Equity component
            aggregates: true
            members:
              - id: RetainedEarnings
                label: Retained earnings
              - id: CapitalStock
                label: Capital stock
        """;

    [Fact]
    public void Equity_that_rolls_forward_in_total_and_per_component_passes()
    {
        var report = new PackageBuilder()
            .WithConcepts(EquityConcepts)
            .WithFacts("""
                concept,period,value,EquityComponent=RetainedEarnings,EquityComponent=CapitalStock
                TotalEquity,FY2011-end,"5,000","3,000","2,000"
                NetIncome,FY2012,800,800,
                Dividends,FY2012,300,300,
                TotalEquity,FY2012-end,"5,500","3,500","2,000"
                """, "facts/equity.csv", statement: "equity")
            .Validate();

        report.ShouldPass(DiagnosticCodes.RollForward);
        // The total, retained earnings, and capital stock (which has no change and must not move).
        report.ChecksOf(DiagnosticCodes.RollForward).ShouldBe(3);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_equity_component_that_does_not_roll_forward_is_reported_at_its_closing_balance()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(EquityConcepts)
            .WithFacts("""
                concept,period,value,EquityComponent=RetainedEarnings,EquityComponent=CapitalStock
                TotalEquity,FY2011-end,"5,000","3,000","2,000"
                NetIncome,FY2012,800,800,
                Dividends,FY2012,300,300,
                TotalEquity,FY2012-end,"5,500","3,600","2,000"
                """, "facts/equity.csv", statement: "equity")
            .Check();

        var d = diagnostics.WithCode(DiagnosticCodes.RollForward).Single().ShouldBeAt(DiagnosticCodes.RollForward, "facts/equity.csv", 5, 32);
        d.Message.ShouldContain("'Total equity' [Retained earnings] at 2013-03-31 does not equal the opening balance plus the changes reported for FY2012");
        d.ShouldKeepFiguresInDetail(3_000_000m, 3_600_000m, 800_000m);
        d.Detail!.ShouldContain("minus Dividends paid");
        // The components no longer add up to the total, which is right.
        diagnostics.WithCode(DiagnosticCodes.DimensionAggregation).Single().ShouldBeAt(DiagnosticCodes.DimensionAggregation, "facts/equity.csv", 5, 24);
    }

    [Fact]
    public void A_component_with_no_change_that_moves_is_reported()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(EquityConcepts)
            .WithFacts("""
                concept,period,value,EquityComponent=RetainedEarnings,EquityComponent=CapitalStock
                TotalEquity,FY2011-end,"5,000","3,000","2,000"
                NetIncome,FY2012,800,800,
                Dividends,FY2012,300,300,
                TotalEquity,FY2012-end,"5,600","3,500","2,100"
                """, "facts/equity.csv", statement: "equity")
            .Check();

        diagnostics.Length.ShouldBe(2, string.Join(" | ", diagnostics));
        diagnostics[0].ShouldBeAt(DiagnosticCodes.RollForward, "facts/equity.csv", 5, 24).Message.ShouldStartWith("'Total equity' at 2013-03-31");
        diagnostics[1].ShouldBeAt(DiagnosticCodes.RollForward, "facts/equity.csv", 5, 40).Message.ShouldStartWith("'Total equity' [Capital stock] at 2013-03-31");
    }

    // Shares issued, presented in the equity statement (FY2011, FY2012), with no change: the 'id' is at line 2.
    private const string SharesConcepts = """
        concepts:
          - id: SharesIssued
            label: Common stock, shares issued
            period: instant
            type: shares
            sign: non-negative
            statements: [equity]
            rollforward: []
        """;

    [Fact]
    public void A_balance_with_an_empty_roll_forward_that_does_not_move_passes()
    {
        var report = new PackageBuilder()
            .WithConcepts(SharesConcepts)
            .WithFacts("""
                concept,period,value
                SharesIssued,FY2011-start,"41,295,600"
                SharesIssued,FY2011-end,"41,295,600"
                SharesIssued,FY2012-end,"41,295,600"
                """, "facts/equity.csv", statement: "equity")
            .Validate();

        report.ShouldPass(DiagnosticCodes.RollForward);
        report.ChecksOf(DiagnosticCodes.RollForward).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_balance_with_an_empty_roll_forward_that_changes_is_reported()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(SharesConcepts)
            .WithFacts("""
                concept,period,value
                SharesIssued,FY2011-start,"41,295,600"
                SharesIssued,FY2011-end,"41,295,600"
                SharesIssued,FY2012-end,"41,359,200"
                """, "facts/equity.csv", statement: "equity")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.RollForward, "facts/equity.csv", 4, 25);
        d.Message.ShouldContain("'Common stock, shares issued' at 2013-03-31");
        d.Message.ShouldContain("for FY2012");
        d.Detail!.ShouldContain("no changes reported");
        d.ShouldKeepFiguresInDetail(41_295_600m, 41_359_200m);
    }
}
