using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

public partial class PackageLoaderTest
{
    private const string Concepts = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
            balance: credit
            sign: non-negative
        """;

    [Fact]
    public void A_minimal_package_loads_and_scales_values_to_yen()
    {
        var package = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"97,314,605\",\"106,248,486\"\n")
            .LoadClean();

        var fact = package.Facts.Find("Revenues", package.Calendar.FiscalYear(2012));

        fact.ShouldNotBeNull();
        fact.Value.ShouldBe(106_248_486_000m);
        fact.Precision.ShouldBe(Precision.Thousands);
        fact.Source.ShouldBe(new SourceLocation("facts/facts.csv", 2, 23));
    }

    [Fact]
    public void An_unknown_concept_is_reported_at_its_cell_with_a_suggestion()
    {
        var result = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nRevenue,\"1,000\"\n")
            .Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, "facts/facts.csv", 2, 1);
        d.Message.ShouldContain("Did you mean 'Revenues'?");
    }
}
