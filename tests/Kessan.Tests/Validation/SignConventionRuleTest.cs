using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN203: values have the sign their concept allows.</summary>
public partial class SignConventionRuleTest
{
    private const string Concepts = """
        period: duration
        concepts:
          - id: CostOfRevenue
            label: Cost of revenue
            balance: debit
            sign: non-negative
          - id: ValuationAllowanceRelease
            label: Release of valuation allowance
            sign: non-positive
          - id: OtherIncomeExpense
            label: Other income (expense)
        """;

    [Fact]
    public void Zero_and_positive_values_of_a_non_negative_concept_pass()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2011,FY2012\nCostOfRevenue,-,\"7,531\"\nOtherIncomeExpense,(345),678\n")
            .Validate();

        report.ShouldPass(DiagnosticCodes.SignConvention);
        // Concepts of any sign are not checked.
        report.ChecksOf(DiagnosticCodes.SignConvention).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Zero_and_negative_values_of_a_non_positive_concept_pass()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2011,FY2012\nValuationAllowanceRelease,0,\"(4,321)\"\n")
            .Validate();

        report.ShouldPass(DiagnosticCodes.SignConvention);
        report.ChecksOf(DiagnosticCodes.SignConvention).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_negative_value_of_a_non_negative_concept_is_reported_at_its_cell()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2011,FY2012\nCostOfRevenue,\"6,420\",\"(7,531)\"\n")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.SignConvention, "facts/facts.csv", 2, 23);
        d.Message.ShouldContain("'Cost of revenue' for FY2012 is negative");
        d.Message.ShouldContain("never negative");
        d.Message.ShouldNotContain("7,531");
        d.Message.ShouldNotContain("7531");
    }

    [Fact]
    public void A_positive_value_of_a_non_positive_concept_is_reported_at_its_cell()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2011,FY2012\nValuationAllowanceRelease,\"4,321\",0\n")
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.SignConvention, "facts/facts.csv", 2, 27);
        d.Message.ShouldContain("'Release of valuation allowance' for FY2011 is positive");
        d.Message.ShouldContain("never positive");
        d.Message.ShouldNotContain("4,321");
        d.Message.ShouldNotContain("4321");
    }
}
