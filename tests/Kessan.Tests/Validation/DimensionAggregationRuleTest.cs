using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN302: a total equals the sum of its breakdown along an exhaustive axis.</summary>
public partial class DimensionAggregationRuleTest
{
    private const string Concepts = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
            balance: credit
            sign: non-negative
        axes:
          - id: Service
            label: Service
            aggregates: true
            members:
              - id: Connectivity
                label: Internet connectivity
              - id: Outsourcing
                label: Outsourcing
          - id: Segment
            label: Segment
            aggregates: false
            members:
              - id: Network
                label: Network services
              - id: Atm
                label: ATM operation
        """;

    [Fact]
    public void A_total_equal_to_the_sum_of_its_members_passes()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,dims,FY2011,FY2012
                Revenues,,"9,731","12,725"
                Revenues,Service=Connectivity,"6,210","8,194"
                Revenues,Service=Outsourcing,"3,521","4,531"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.DimensionAggregation);
        report.ChecksOf(DiagnosticCodes.DimensionAggregation).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_member_without_a_fact_counts_as_nil()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,dims,FY2012
                Revenues,,"8,194"
                Revenues,Service=Connectivity,"8,194"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.DimensionAggregation);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Members_in_thousands_agree_with_a_total_in_millions_within_rounding()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,dims,scale,FY2012
                Revenues,,millions,13
                Revenues,Service=Connectivity,thousands,"8,194"
                Revenues,Service=Outsourcing,thousands,"4,531"
                """)
            .Validate();

        report.ShouldPass(DiagnosticCodes.DimensionAggregation);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_total_that_differs_from_the_sum_of_its_members_is_reported_at_the_total()
    {
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,dims,FY2011,FY2012
                Revenues,,"9,731","12,725"
                Revenues,Service=Connectivity,"6,210","8,194"
                Revenues,Service=Outsourcing,"3,521","4,513"
                """)
            .Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.DimensionAggregation, "facts/facts.csv", 2, 19);
        d.Message.ShouldBe("'Total revenues' for FY2012 does not equal the sum of its breakdown by Service beyond what rounding allows.");
        d.ShouldKeepFiguresInDetail(12_725_000m, 8_194_000m, 4_513_000m);
        d.Detail!.ShouldContain("Internet connectivity");
        d.Related.ShouldBe([new SourceLocation("facts/facts.csv", 3, 39), new SourceLocation("facts/facts.csv", 4, 38)]);
    }

    [Fact]
    public void An_axis_that_does_not_aggregate_is_not_checked()
    {
        var report = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,dims,FY2012
                Revenues,,"12,725"
                Revenues,Segment=Network,"10,000"
                Revenues,Segment=Atm,"1,000"
                """)
            .Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.DimensionAggregation).ShouldBe(0);
    }

    [Fact]
    public void A_breakdown_within_another_member_adds_up_to_that_member()
    {
        // Service members within the Network segment add up to the Network segment's figure, not the consolidated one.
        var diagnostics = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("""
                concept,dims,FY2012
                Revenues,Segment=Network,"10,000"
                Revenues,Segment=Network;Service=Connectivity,"8,194"
                Revenues,Segment=Network;Service=Outsourcing,"1,860"
                """)
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DimensionAggregation, "facts/facts.csv", 2, 26)
            .Message.ShouldContain("'Total revenues' [Network services] for FY2012");
    }
}
