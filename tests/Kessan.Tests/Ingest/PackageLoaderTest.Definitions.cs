using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN006 duplicate identifiers and KSN007 references to things that are not defined.
public partial class PackageLoaderTest
{
    [Fact]
    public void A_duplicate_concept_id_is_reported_at_the_second_definition()
    {
        var concepts = ConceptsWithLine(7, "  - id: Revenues");

        var result = PackageWithManifest(BaseManifest, concepts).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ConceptsPath, 7, 9);
        d.Message.ShouldContain("concepts/concepts.yaml:2:5");
        d.Related.ShouldBe([new SourceLocation(ConceptsPath, 2, 5)]);
    }

    [Fact]
    public void A_concept_defined_in_two_files_is_reported_in_the_second_file()
    {
        var result = new PackageBuilder()
            .WithConcepts(BaseConcepts, "concepts/a.yaml")
            .WithConcepts("concepts:\n  - id: Cash\n    label: Cash\n    period: instant\n  - id: Revenues\n    label: Sales\n    period: duration\n", "concepts/b.yaml")
            .Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, "concepts/b.yaml", 5, 9);
        d.Related.ShouldBe([new SourceLocation("concepts/a.yaml", 2, 5)]);
        // The first definition wins.
        result.Package.ShouldNotBeNull().Taxonomy.GetConcept("Revenues").Label.ShouldBe("Total revenues");
    }

    [Fact]
    public void A_duplicate_axis_is_reported_at_the_second_definition()
    {
        var concepts = AxisConcepts + "  - id: Segment\n    label: Segments again\n    members:\n      - id: Other\n        label: Other\n";

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ConceptsPath, 11, 9);
        d.Related.ShouldBe([new SourceLocation(ConceptsPath, 6, 5)]);
    }

    [Fact]
    public void A_duplicate_member_is_reported_at_the_second_member()
    {
        var concepts = AxisConcepts + "      - id: ATMOperation\n        label: ATM again\n";

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ConceptsPath, 11, 13)
            .Message.ShouldContain("'ATMOperation'");
    }

    [Fact]
    public void A_unit_declared_twice_is_reported_at_the_second_declaration()
    {
        var manifest = ManifestWithLine(24, "    label: contracts\n  - id: contracts\n    label: agreements");

        var result = PackageWithManifest(manifest).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ManifestPath, 25, 9);
    }

    [Fact]
    public void A_statement_defined_twice_is_reported_at_the_second_id()
    {
        var manifest = ManifestWithLine(31, "    periods: [FY2011, FY2012]\n  - id: income-statement\n    title: Again\n    kind: income-statement\n    periods: [FY2012]");

        var result = PackageWithManifest(manifest).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ManifestPath, 32, 9);
    }

    [Theory]
    [InlineData(26, "  - concepts/concepts.yaml\n  - concepts/concepts.yaml", 27, 5)]
    [InlineData(34, "    statement: income-statement\n  - file: facts/facts.csv", 35, 11)]
    [InlineData(36, "  - narrative/overview.md\n  - narrative/overview.md", 37, 5)]
    public void A_file_listed_twice_is_reported_at_the_second_listing(int line, string text, int expectedLine, int expectedColumn)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ManifestPath, expectedLine, expectedColumn)
            .Message.ShouldContain("listed twice");
    }

    [Fact]
    public void A_role_held_by_two_concepts_is_reported_at_the_second_concept()
    {
        var concepts = ConceptsWithLine(5, "    balance: credit\n    role: net-income") + "  - id: NetIncome\n    label: Net income\n    period: duration\n    role: net-income\n";

        var result = PackageWithManifest(BaseManifest, concepts).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ConceptsPath, 12, 5);
        d.Message.ShouldContain("'net-income'");
        d.Message.ShouldContain("'Revenues'");
        d.Related.ShouldBe([new SourceLocation(ConceptsPath, 2, 5)]);
    }

    [Fact]
    public void An_xbrl_element_used_by_two_concepts_is_reported_at_the_second_concept()
    {
        var concepts = BaseConcepts + "  - id: Sales\n    label: Sales\n    period: duration\n    xbrl: us-gaap:Revenues\n";

        var result = PackageWithManifest(BaseManifest, concepts).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, ConceptsPath, 11, 5);
        d.Message.ShouldContain("us-gaap:Revenues");
        d.Related.ShouldBe([new SourceLocation(ConceptsPath, 2, 5)]);
    }

    [Theory]
    [InlineData("    sum: [OperatingIncome, CostOfSales]", 3, 28, "'CostOfSales'")]
    [InlineData("    sum:\n      - OperatingIncome\n      - -CostOfRevenue", 5, 9, "'CostOfRevenue'")]
    [InlineData("    rollforward: [Revenues, Dividends]", 3, 29, "'Dividends'")]
    public void A_relationship_naming_an_undefined_concept_is_reported_at_the_item(string relationship, int line, int column, string name)
    {
        var concepts = $"""
            concepts:
              - id: Total
            {relationship}
                label: Total
                period: duration
              - id: OperatingIncome
                label: Operating income
                period: duration
              - id: Revenues
                label: Revenues
                period: duration

            """;

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        // A roll-forward on a duration is a problem of its own, reported first.
        var d = result.Diagnostics.WithCode(DiagnosticCodes.UnknownReference).Single()
            .ShouldBeAt(DiagnosticCodes.UnknownReference, ConceptsPath, line, column);
        d.Message.ShouldContain(name);
    }

    [Fact]
    public void An_undefined_sum_item_suggests_the_nearest_concept()
    {
        var concepts = BaseConcepts + "  - id: Total\n    label: Total\n    period: duration\n    sum: [Revenue]\n";

        var result = PackageWithManifest(BaseManifest, concepts).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownReference, ConceptsPath, 14, 11)
            .Message.ShouldContain("Did you mean 'Revenues'?");
    }

    [Theory]
    [InlineData(5, "    balance: credit\n    statements: [income-statment]", 6, 18, "Did you mean 'income-statement'?")]
    [InlineData(1, "statements: [cash-flows]\nconcepts:", 1, 14, "'cash-flows'")]
    [InlineData(10, "    type: quantity\n    unit: contract", 11, 11, "Did you mean 'contracts'?")]
    public void A_reference_from_a_concept_to_an_undefined_name_is_reported_at_the_name(
        int line, string text, int expectedLine, int expectedColumn, string message)
    {
        var result = PackageWithManifest(BaseManifest, ConceptsWithLine(line, text)).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownReference, ConceptsPath, expectedLine, expectedColumn)
            .Message.ShouldContain(message);
    }

    [Fact]
    public void A_member_naming_an_undefined_balance_concept_is_reported_at_the_name()
    {
        var concepts = WithLine(AxisConcepts, 10, "        label: ATM operation\n        balance_concept: CashAtATMs");

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownReference, ConceptsPath, 11, 26)
            .Message.ShouldContain("'CashAtATMs'");
    }

    [Fact]
    public void A_fact_file_for_an_unknown_statement_is_reported_at_the_statement_and_not_read()
    {
        var manifest = ManifestWithLine(34, "    statement: income-statment");

        var result = PackageWithManifest(manifest, facts: "concept,FY2012\nNoSuchConcept,1\n").Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownReference, ManifestPath, 34, 16)
            .Message.ShouldContain("'income-statment', which is not defined in package.yaml. Did you mean 'income-statement'?");
    }
}
