using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN305: quarters and halves agree with the year they belong to.</summary>
public partial class QuarterYearRuleTest
{
    private const string Concepts = """
        period: duration
        concepts:
          - id: Revenues
            label: Total revenues
            balance: credit
            sign: non-negative
          - id: OtherIncomeExpense
            label: Other income (expense)
          - id: WeightedAverageShares
            label: Basic weighted-average number of shares
            type: shares
            sign: non-negative
          - id: EarningsPerShare
            label: Basic net income per share
            type: per-share
        """;

    [Fact]
    public void Four_quarters_that_sum_to_the_year_pass()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,1Q12,2Q12,3Q12,4Q12,FY2012
                Revenues,"2,871","3,312","3,102","3,440","12,725"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.QuarterYear);
        // Four "no part larger than the whole" checks and one sum.
        report.ChecksOf(DiagnosticCodes.QuarterYear).ShouldBe(5);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_year_that_differs_from_the_sum_of_its_quarters_is_reported_at_the_year()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,1Q12,2Q12,3Q12,4Q12,FY2012
                Revenues,"2,871","3,312","3,102","3,440","12,752"
                """)
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.QuarterYear, "facts/facts.csv", 2, 42);
        d.Message.ShouldBe("'Total revenues' for FY2012 does not equal the sum of 1Q12 + 2Q12 + 3Q12 + 4Q12 beyond what rounding allows.");
        d.ShouldKeepFiguresInDetail(12_752_000m);
        d.Related.Length.ShouldBe(4);
    }

    [Fact]
    public void Two_halves_that_sum_to_the_year_pass_and_a_year_that_differs_is_reported()
    {
        const string Header = "concept,1H FY2012,2H FY2012,FY2012\n";
        var good = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts(Header + "OtherIncomeExpense,(120),\"1,047\",927\n")
            .Validate();
        good.ShouldPass(DiagnosticCodes.QuarterYear);
        good.ChecksOf(DiagnosticCodes.QuarterYear).ShouldBe(1);
        good.Diagnostics.ShouldBeEmpty();

        var bad = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts(Header + "OtherIncomeExpense,(120),\"1,047\",\"1,167\"\n")
            .Check();

        var d = bad.Single().ShouldBeAt(DiagnosticCodes.QuarterYear, "facts/facts.csv", 2, 34);
        d.Message.ShouldContain("'Other income (expense)' for FY2012 does not equal the sum of 1H FY2012 + 2H FY2012");
        d.ShouldKeepFiguresInDetail(1_167_000m);
    }

    [Fact]
    public void Quarters_and_halves_are_checked_in_every_combination_that_covers_the_year()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,1Q12,2Q12,1H FY2012,3Q12,4Q12,FY2012
                Revenues,"2,871","3,312","6,183","3,102","3,440","12,725"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.QuarterYear);
        report.Diagnostics.ShouldBeEmpty();
        // Parts of the year: 5 size checks and 2 sums (quarters; half + quarters). Parts of the half: 2 and 1.
        report.ChecksOf(DiagnosticCodes.QuarterYear).ShouldBe(10);
    }

    [Fact]
    public void A_half_that_differs_from_its_quarters_is_reported_at_the_half()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,1Q12,2Q12,1H FY2012
                Revenues,"2,871","3,312","6,328"
                """)
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.QuarterYear, "facts/facts.csv", 2, 26)
            .Message.ShouldContain("'Total revenues' for 1H FY2012 does not equal the sum of 1Q12 + 2Q12");
    }

    [Fact]
    public void A_non_negative_quarter_larger_than_its_year_is_reported_at_the_quarter()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,4Q12,FY2012
                Revenues,"13,440","12,725"
                """)
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.QuarterYear, "facts/facts.csv", 2, 10);
        d.Message.ShouldBe("'Total revenues' for 4Q12 is larger than 'Total revenues' for FY2012, though 'Total revenues' is never negative.");
        d.ShouldKeepFiguresInDetail(13_440_000m, 12_725_000m);
        d.Related.ShouldBe([new SourceLocation("facts/facts.csv", 2, 19)]);
    }

    [Fact]
    public void A_quarter_larger_than_its_year_is_allowed_for_a_concept_of_any_sign()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,4Q12,FY2012
                OtherIncomeExpense,"1,440",927
                """)
            .Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.QuarterYear).ShouldBe(0);
    }

    [Fact]
    public void Quarters_in_thousands_agree_with_a_year_in_millions_within_rounding()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,scale,1Q12,2Q12,3Q12,4Q12,FY2012
                Revenues,thousands,"2,871","3,312","3,102","3,440",
                Revenues,millions,,,,,13
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.QuarterYear);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Weighted_average_shares_and_per_share_figures_are_not_checked()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,1Q12,2Q12,3Q12,4Q12,FY2012
                WeightedAverageShares,"20,000","20,000","20,000","20,000","20,000"
                EarningsPerShare,6.21,7.02,6.90,7.35,27.48
                """)
            .Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.QuarterYear).ShouldBe(0);
    }
}
