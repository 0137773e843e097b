using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN106: units that are unknown or do not fit the concept.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("Revenues,yen,FY2012", 10, "Unit 'yen' is unknown")]
    [InlineData("Contracts,contract,FY2012-end", 11, "Unit 'contract' is unknown")]
    [InlineData("Revenues,USD,FY2012", 10, "translations such as USD are derived")]
    [InlineData("Revenues,shares,FY2012", 10, "'Revenues' is monetary; its unit must be a currency, not 'shares'")]
    [InlineData("Cash,JPY/share,FY2012-end", 6, "'Cash' is monetary; its unit must be a currency, not 'JPY/share'")]
    [InlineData("SharesIssued,JPY,FY2012-end", 14, "'SharesIssued' is a share count; its unit must be 'shares', not 'JPY'")]
    [InlineData("DividendPerShare,USD/share,FY2012-end", 18, "its unit must be 'JPY/share', not 'USD/share'")]
    [InlineData("DividendPerShare,JPY,FY2012-end", 18, "its unit must be 'JPY/share', not 'JPY'")]
    [InlineData("OperatingMargin,shares,FY2012", 17, "'OperatingMargin' is a ratio; its unit must be 'pure', not 'shares'")]
    [InlineData("Contracts,Gbps,FY2012-end", 11, "'Contracts' is measured in 'contracts', not 'Gbps'")]
    [InlineData("Contracts,pure,FY2012-end", 11, "'Contracts' is measured in 'contracts', not 'pure'")]
    public void A_unit_that_is_unknown_or_does_not_fit_the_concept_is_reported_at_the_unit_cell(string row, int column, string message)
    {
        var result = new PackageBuilder()
            .WithUnits("  - id: contracts\n    label: contracts\n  - id: Gbps\n    label: Gbps\n")
            .WithConcepts(Taxonomy)
            .WithFacts("concept,unit,period,value\n" + row + ",5\nOperatingIncome,,FY2012,6\n", FactsPath)
            .Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnitMismatch, FactsPath, 2, column)
            .Message.ShouldContain(message);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.Count.ShouldBe(1);
        facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Revenues", "FY2012", "5%")]
    [InlineData("Revenues", "FY2012", "\"(1.5%)\"")]
    [InlineData("SharesIssued", "FY2012-end", "5%")]
    [InlineData("DividendPerShare", "FY2012-end", "5%")]
    [InlineData("Contracts", "FY2012-end", "5%")]
    public void A_percentage_for_a_concept_that_is_not_a_ratio_is_reported_at_the_value(string concept, string period, string cell)
    {
        var result = LoadFacts($"concept,period,value\n{concept},{period},{cell}\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnitMismatch, FactsPath, 2, concept.Length + period.Length + 3)
            .Message.ShouldContain($"'{concept}' is not a ratio (type pure), so its value cannot be a percentage");
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("Revenues", "JPY", "FY2012")]
    [InlineData("Revenues", "", "FY2012")]
    [InlineData("SharesIssued", "shares", "FY2012-end")]
    [InlineData("DividendPerShare", "JPY/share", "FY2012-end")]
    [InlineData("OperatingMargin", "pure", "FY2012")]
    [InlineData("Contracts", "contracts", "FY2012-end")]
    [InlineData("Contracts", "", "FY2012-end")]
    public void A_unit_that_fits_the_concept_is_accepted_and_the_default_is_the_concepts_own(string concept, string unit, string period)
    {
        var package = LoadFactsClean($"concept,unit,period,value\n{concept},{unit},{period},5\n");

        var fact = package.Facts.ForConcept(concept).ShouldHaveSingleItem();
        var expected = concept switch
        {
            "Revenues" => "JPY",
            "SharesIssued" => "shares",
            "DividendPerShare" => "JPY/share",
            "OperatingMargin" => "pure",
            _ => "contracts",
        };
        fact.Unit.Id.ShouldBe(expected);
        fact.Key.UnitId.ShouldBe(expected);
    }
}
