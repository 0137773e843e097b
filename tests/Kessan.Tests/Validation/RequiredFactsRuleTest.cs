using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN202: every statement reports each of its lines for each of its periods.</summary>
public partial class RequiredFactsRuleTest
{
    // Revenues at line 4, OtherIncome at line 7, SubsidyIncome at line 11 (the 'id' key, column 5).
    private const string IncomeConcepts = """
        statements: [income-statement]
        period: duration
        concepts:
          - id: Revenues
            label: Total revenues
            balance: credit
          - id: OtherIncome
            label: Other income
            balance: credit
            required: false
          - id: SubsidyIncome
            label: Subsidy income
            balance: credit
            required: [FY2011]
        """;

    // Cash is a balance presented in the cash-flow statement (FY2011, FY2012): line 4.
    private const string CashConcepts = """
        statements: [cash-flows]
        period: instant
        concepts:
          - id: Cash
            label: Cash and cash equivalents
            balance: debit
        """;

    [Fact]
    public void A_statement_reporting_every_required_line_passes_and_optional_and_unlisted_periods_are_not_required()
    {
        var report = new PackageBuilder()
            .WithConcepts(IncomeConcepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,725\"\nSubsidyIncome,120,\n", "facts/income.csv", statement: "income-statement")
            .Validate();

        report.ShouldPass(DiagnosticCodes.MissingFact);
        // Revenues for FY2011 and FY2012, SubsidyIncome for FY2011 only, OtherIncome never.
        report.ChecksOf(DiagnosticCodes.MissingFact).ShouldBe(3);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_line_is_reported_at_the_concept_definition()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(IncomeConcepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\nSubsidyIncome,120,\n", "facts/income.csv", statement: "income-statement")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingFact, "concepts/concepts.yaml", 4, 5);
        d.Message.ShouldContain("'Statements of Income' has no fact for 'Total revenues' for FY2012");
    }

    [Fact]
    public void A_concept_with_required_false_may_be_reported_for_some_periods_only()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(IncomeConcepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,725\"\nOtherIncome,,45\nSubsidyIncome,120,\n", "facts/income.csv", statement: "income-statement")
            .Check();

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_concept_required_for_listed_periods_is_reported_when_a_listed_period_is_missing()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(IncomeConcepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"9,731\",\"12,725\"\nSubsidyIncome,,120\n", "facts/income.csv", statement: "income-statement")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingFact, "concepts/concepts.yaml", 11, 5);
        d.Message.ShouldContain("'Subsidy income' for FY2011");
    }

    [Fact]
    public void Only_an_actual_consolidated_fact_satisfies_the_requirement()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(IncomeConcepts + """

                axes:
                  - id: Segment
                    label: Segment
                    members:
                      - id: Network
                        label: Network services
                """)
            .WithFacts("concept,dims,FY2011,FY2012\nRevenues,,\"9,731\",\nRevenues,Segment=Network,,\"10,000\"\nSubsidyIncome,,120,\n",
                "facts/income.csv", statement: "income-statement")
            .WithFacts("concept,FY2012\nRevenues,\"15,000\"\n", "facts/targets.csv", status: "target")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingFact, "concepts/concepts.yaml", 4, 5)
            .Message.ShouldContain("'Total revenues' for FY2012");
    }

    [Fact]
    public void A_balance_in_a_statement_of_durations_needs_its_opening_and_closing_balances()
    {
        var report = new PackageBuilder()
            .WithConcepts(CashConcepts)
            .WithFacts("concept,at,FY2011,FY2012\nCash,start,\"13,313\",\"13,536\"\nCash,end,\"13,536\",\"12,258\"\n",
                "facts/cash-flows.csv", statement: "cash-flows")
            .Validate();

        report.ShouldPass(DiagnosticCodes.MissingFact);
        // 2011-03-31, 2012-03-31 and 2013-03-31.
        report.ChecksOf(DiagnosticCodes.MissingFact).ShouldBe(3);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_opening_balance_of_a_statement_of_durations_is_reported()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(CashConcepts)
            .WithFacts("concept,at,FY2011,FY2012\nCash,end,\"13,536\",\"12,258\"\n", "facts/cash-flows.csv", statement: "cash-flows")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingFact, "concepts/concepts.yaml", 4, 5);
        d.Message.ShouldContain("'Statements of Cash Flows' has no fact for 'Cash and cash equivalents' at 2011-03-31");
    }

    [Fact]
    public void A_missing_closing_balance_of_a_statement_of_durations_is_reported()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(CashConcepts)
            .WithFacts("concept,at,FY2011,FY2012\nCash,start,\"13,313\",\"13,536\"\n", "facts/cash-flows.csv", statement: "cash-flows")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingFact, "concepts/concepts.yaml", 4, 5)
            .Message.ShouldContain("'Cash and cash equivalents' at 2013-03-31");
    }
}
