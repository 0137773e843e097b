using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;
using Kessan.Validation;
using Kessan.Validation.Rules;

namespace Kessan.Tests.Validation;

/// <summary>KSN201: a fact reported in several places has one value.</summary>
public partial class ConflictingFactsRuleTest
{
    private const string Concepts = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
            balance: credit
            sign: non-negative
          - id: ProfitLoss
            label: Net income
            period: duration
            balance: credit
            role: net-income
        """;

    [Fact]
    public void Duplicates_that_agree_after_rounding_to_the_least_precise_are_not_a_conflict()
    {
        // 12,725 thousand rounds to 13 million.
        var builder = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n", "facts/income.csv")
            .WithFacts("concept,FY2012\nRevenues,13\n", "facts/summary.csv", scale: "millions");

        var package = builder.LoadClean();
        var report = Validator.Validate(package);

        report.ShouldPass(DiagnosticCodes.ConflictingFacts);
        report.Diagnostics.ShouldBeEmpty();
        package.Facts.Conflicts.ShouldBeEmpty();
        var fact = package.Facts.Find("Revenues", package.Calendar.FiscalYear(2012))!;
        fact.Reports.Length.ShouldBe(2);
        fact.Value.ShouldBe(12_725_000m);
        fact.Precision.ShouldBe(Precision.Thousands);
    }

    [Fact]
    public void Duplicates_at_different_precision_that_disagree_after_rounding_are_reported_at_the_later_report()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n", "facts/income.csv")
            .WithFacts("concept,FY2012\nRevenues,14\n", "facts/summary.csv", scale: "millions")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.ConflictingFacts, "facts/summary.csv", 2, 10);
        d.Message.ShouldContain("'Total revenues' for FY2012");
        d.Message.ShouldContain("differs from facts/income.csv:2:10");
        d.Related.ShouldBe([new SourceLocation("facts/income.csv", 2, 10)]);
        d.ShouldKeepFiguresInDetail(14_000_000m, 12_725_000m);
        // Each figure in the unit it was typed in: the summary in millions, the income statement in thousands.
        d.Detail!.ShouldBe("here JPY 14 million; at facts/income.csv:2:10 JPY 12,725 thousand.");
    }

    [Fact]
    public void Duplicates_at_the_same_precision_that_differ_are_reported()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,725\"\n", "facts/income.csv")
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,752\"\n", "facts/summary.csv")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.ConflictingFacts, "facts/summary.csv", 2, 18);
        d.Message.ShouldContain("'Total revenues' for FY2012 is reported here with a value that differs from facts/income.csv:2:18");
        d.ShouldKeepFiguresInDetail(12_752_000m, 12_725_000m);
    }

    [Fact]
    public void Each_report_that_differs_from_the_first_is_reported_once_and_agreeing_ones_are_not()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n", "facts/a.csv")
            .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n", "facts/b.csv")
            .WithFacts("concept,FY2012\nRevenues,\"12,999\"\n", "facts/c.csv")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.ConflictingFacts, "facts/c.csv", 2, 10)
            .Message.ShouldContain("differs from facts/a.csv:2:10");
    }

    [Fact]
    public void Facts_with_different_dimensions_or_status_are_different_facts_and_never_conflict()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts + """

                axes:
                  - id: Segment
                    label: Segment
                    members:
                      - id: Network
                        label: Network services
                """)
            .WithFacts("concept,dims,FY2012\nRevenues,,\"12,725\"\nRevenues,Segment=Network,\"10,000\"\n", "facts/income.csv")
            .WithFacts("concept,FY2012\nRevenues,\"15,000\"\n", "facts/targets.csv", status: "target")
            .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n", "facts/summary.csv")
            .Validate();

        report.ShouldPass(DiagnosticCodes.ConflictingFacts);
        report.ChecksOf(DiagnosticCodes.ConflictingFacts).ShouldBe(1);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_conflict_claimed_by_a_tie_out_rule_is_reported_by_that_rule_and_not_as_KSN201()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nProfitLoss,\"5,317\"\n", "facts/income-statement.csv", statement: "income-statement")
            .WithFacts("concept,FY2012\nProfitLoss,\"5,371\"\n", "facts/cash-flows.csv", statement: "cash-flows")
            .Check();

        diagnostics.WithCode(DiagnosticCodes.ConflictingFacts).ShouldBeEmpty();
        diagnostics.Single().ShouldBeAt(DiagnosticCodes.NetIncomeTieOut, "facts/cash-flows.csv", 2, 12);
    }

    [Fact]
    public void Without_the_claiming_rule_the_same_conflict_is_reported_as_KSN201()
    {
        var package = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nProfitLoss,\"5,317\"\n", "facts/income-statement.csv", statement: "income-statement")
            .WithFacts("concept,FY2012\nProfitLoss,\"5,371\"\n", "facts/cash-flows.csv", statement: "cash-flows")
            .LoadClean();

        var report = Validator.Validate(package, [new ConflictingFactsRule()]);

        report.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.ConflictingFacts, "facts/cash-flows.csv", 2, 12)
            .ShouldKeepFiguresInDetail(5_371_000m, 5_317_000m);
    }

    // Concepts whose consolidated actual figures the tie-out rules own.
    private const string TieOutConcepts = """
        concepts:
          - id: ProfitLoss
            label: Net income
            period: duration
            balance: credit
            role: net-income
          - id: Cash
            label: Cash and cash equivalents
            period: instant
            balance: debit
            role: cash
          - id: CommonStockValue
            label: Common stock
            period: instant
            balance: credit
          - id: TotalEquity
            label: Total equity
            period: instant
            balance: credit
            role: total-equity
        axes:
          - id: Segment
            label: Segment
            members:
              - id: Network
                label: Network services
          - id: EquityComponent
            label: Equity component
            members:
              - id: CommonStock
                label: Common stock
                balance_concept: CommonStockValue
        """;

    [Theory]
    [InlineData("ProfitLoss", "FY2013", "'Net income' for FY2013 (target)")]
    [InlineData("Cash", "FY2013-end", "'Cash and cash equivalents' at 2014-03-31 (target)")]
    [InlineData("TotalEquity", "FY2013-end", "'Total equity' at 2014-03-31 (target)")]
    public void A_disagreement_between_targets_is_a_duplicate_conflict_not_a_tie_out_and_names_the_status(string concept, string period, string described)
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(TieOutConcepts)
            .WithFacts($"concept,{period}\n{concept},\"6,000\"\n", "facts/targets.csv", status: "target")
            .WithFacts($"concept,{period}\n{concept},\"6,500\"\n", "facts/plan.csv", status: "target")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.ConflictingFacts, "facts/plan.csv", 2, concept.Length + 2);
        d.Message.ShouldBe($"{described} is reported here with a value that differs from facts/targets.csv:2:{concept.Length + 2}.");
        d.ShouldKeepFiguresInDetail(6_500_000m, 6_000_000m);
    }

    [Fact]
    public void A_disagreement_about_a_segment_s_net_income_is_a_duplicate_conflict_that_names_the_segment()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(TieOutConcepts)
            .WithFacts("concept,dims,FY2012\nProfitLoss,Segment=Network,\"6,000\"\n", "facts/segments.csv")
            .WithFacts("concept,dims,FY2012\nProfitLoss,Segment=Network,\"6,500\"\n", "facts/notes.csv")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.ConflictingFacts, "facts/notes.csv", 2, 28)
            .Message.ShouldStartWith("'Net income' [Network services] for FY2012 is reported here");
    }

    [Fact]
    public void A_disagreement_about_an_equity_component_balance_is_still_the_equity_tie_out_s()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(TieOutConcepts)
            .WithFacts("concept,FY2012-end\nCommonStockValue,\"16,834\"\n", "facts/balance-sheet.csv", statement: "balance-sheet")
            .WithFacts("concept,period,EquityComponent=CommonStock\nTotalEquity,FY2012-end,\"16,834\"\n", "facts/equity.csv", statement: "equity")
            .WithFacts("concept,period,EquityComponent=CommonStock\nTotalEquity,FY2012-end,\"16,843\"\n", "facts/summary.csv")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.EquityTieOut, "facts/summary.csv", 2, 24);
        d.Message.ShouldStartWith("'Total equity' [Common stock] at 2013-03-31 in 'facts/summary.csv' differs from 'Statements of Equity'");
    }
}
