using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN003 unknown keys and KSN004 missing keys, in package.yaml and in concept files.
public partial class PackageLoaderTest
{
    private const string AxisConcepts = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
        axes:
          - id: Segment
            label: Business segment
            members:
              - id: ATMOperation
                label: ATM operation

        """;

    [Theory]
    [InlineData(35, "narative:", 35, 1, "narrative")]                                   // top level
    [InlineData(6, "  adress: 1-1 Chiyoda, Tokyo", 6, 3, "address")]                    // in company
    [InlineData(13, "  release_date: 2013-05-15\n  audit: true", 14, 3, "audited")]      // in reporting
    [InlineData(24, "    label: contracts\n    lable: count", 25, 5, "label")]            // in a unit
    [InlineData(31, "    periods: [FY2011, FY2012]\n    period: FY2012", 32, 5, "periods")] // in a statement
    [InlineData(34, "    statment: income-statement", 34, 5, "statement")]              // in a fact file entry
    public void An_unknown_key_in_package_yaml_is_reported_at_the_key_with_the_near_known_key(
        int line, string text, int expectedLine, int expectedColumn, string suggestion)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownKey, ManifestPath, expectedLine, expectedColumn);
        d.Message.ShouldContain($"Did you mean '{suggestion}'?");
        result.Package.ShouldNotBeNull();
    }

    [Fact]
    public void An_unknown_key_with_no_near_known_key_lists_the_known_keys_without_a_guess()
    {
        var result = PackageWithManifest(ManifestWithLine(6, "  colour: red")).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownKey, ManifestPath, 6, 3);
        d.Message.ShouldNotContain("Did you mean");
        d.Message.ShouldContain("Known keys here: name, short_name, xbrl_prefix");
    }

    [Theory]
    [InlineData(5, "    balanse: credit", 5, 5, "balance")]
    [InlineData(6, "    xbr: us-gaap:Revenues", 6, 5, "xbrl")]
    [InlineData(10, "    type: shares\n    sharebasis: restated", 11, 5, "share_basis")]
    [InlineData(1, "typ: monetary\nconcepts:", 1, 1, "type")]
    public void An_unknown_key_in_a_concept_file_is_reported_at_the_key_with_the_near_known_key(
        int line, string text, int expectedLine, int expectedColumn, string suggestion)
    {
        var result = PackageWithManifest(BaseManifest, ConceptsWithLine(line, text)).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownKey, ConceptsPath, expectedLine, expectedColumn)
            .Message.ShouldContain($"Did you mean '{suggestion}'?");
    }

    [Theory]
    [InlineData(7, "    labl: Business segment", 7, 5, "label")] // in an axis
    [InlineData(10, "        lable: ATM operation\n        label: ATM", 10, 9, "label")] // in a member
    public void An_unknown_key_in_an_axis_is_reported_at_the_key(int line, string text, int expectedLine, int expectedColumn, string suggestion)
    {
        var concepts = WithLine(AxisConcepts, line, text);

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        var d = result.Diagnostics.WithCode(DiagnosticCodes.UnknownKey).Single()
            .ShouldBeAt(DiagnosticCodes.UnknownKey, ConceptsPath, expectedLine, expectedColumn);
        d.Message.ShouldContain($"Did you mean '{suggestion}'?");
    }

    [Theory]
    [InlineData(3, "  # no name", 4, 3, "'name'")]             // company.name; the company mapping starts at short_name
    [InlineData(1, "# no format", 2, 1, "'format'")]           // top level; the mapping starts at company
    [InlineData(21, "  # no wording", 18, 3, "'wording'")]     // convenience_translation
    [InlineData(10, "  # no scale", 8, 3, "'scale'")]          // reporting
    public void A_missing_required_key_in_package_yaml_is_reported_where_its_mapping_starts(
        int line, string text, int expectedLine, int expectedColumn, string key)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingKey, ManifestPath, expectedLine, expectedColumn)
            .Message.ShouldContain("Missing required key " + key);
    }

    [Fact]
    public void A_package_yaml_without_a_company_name_yields_no_package()
    {
        var result = PackageWithManifest(ManifestWithLine(3, "  # no name")).Load();

        result.Package.ShouldBeNull();
        result.Diagnostics.Single().Code.ShouldBe(DiagnosticCodes.MissingKey);
    }

    [Theory]
    [InlineData(3, "    # no label", 2, 5, "Missing required key 'label' in concept 'Revenues'.")]
    [InlineData(2, "  -", 3, 5, "Missing required key 'id' in a concept.")]
    [InlineData(4, "    # no period", 2, 5, "Concept 'Revenues' needs 'period' (instant or duration)")]
    [InlineData(10, "    type: quantity", 7, 5, "Concept 'SharesIssued' is a quantity and needs 'unit'")]
    public void A_missing_key_of_a_concept_is_reported_where_the_concept_starts(
        int line, string text, int expectedLine, int expectedColumn, string message)
    {
        var result = PackageWithManifest(BaseManifest, ConceptsWithLine(line, text)).Load();

        result.Diagnostics.WithCode(DiagnosticCodes.MissingKey).Single()
            .ShouldBeAt(DiagnosticCodes.MissingKey, ConceptsPath, expectedLine, expectedColumn)
            .Message.ShouldContain(message);
    }

    [Fact]
    public void A_concept_without_a_period_takes_the_file_default()
    {
        var concepts = "period: instant\n" + ConceptsWithLine(4, "    # period from the file");

        var package = PackageWithManifest(BaseManifest, concepts).WithFile(FactsPath, "concept,FY2012-end\nRevenues,1\n").LoadClean();

        package.Taxonomy.GetConcept("Revenues").PeriodType.ShouldBe(PeriodType.Instant);
    }

    [Fact]
    public void A_concept_with_neither_id_nor_label_reports_both_without_an_empty_name()
    {
        var concepts = WithLine(ConceptsWithLine(2, "  -"), 3, "    # no label");

        var result = PackageWithManifest(BaseManifest, concepts).Load();

        var missing = result.Diagnostics.WithCode(DiagnosticCodes.MissingKey);
        missing.Length.ShouldBe(2, string.Join(" | ", result.Diagnostics));
        missing.ShouldAllBe(d => d.Location!.Line == 4 && d.Location.Column == 5);
        missing.ShouldAllBe(d => !d.Message.Contains("''", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(7, "    # no label", 6, 5, "'label' in axis 'Segment'")]
    [InlineData(10, "        # no label", 9, 9, "'label' in member 'ATMOperation'")]
    [InlineData(6, "  -", 7, 5, "'id' in an axis")]
    public void A_missing_key_of_an_axis_or_member_is_reported_where_it_starts(
        int line, string text, int expectedLine, int expectedColumn, string key)
    {
        var concepts = WithLine(AxisConcepts, line, text);

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        result.Diagnostics.WithCode(DiagnosticCodes.MissingKey).Single()
            .ShouldBeAt(DiagnosticCodes.MissingKey, ConceptsPath, expectedLine, expectedColumn)
            .Message.ShouldContain("Missing required key " + key);
    }

    [Fact]
    public void An_axis_without_members_is_reported_where_it_starts()
    {
        var concepts = "axes:\n  - id: Segment\n    label: Business segment\n";

        var result = new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingKey, ConceptsPath, 2, 5)
            .Message.ShouldBe("Missing required key 'members'.");
    }
}
