using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN002: malformed YAML in package.yaml and in concept files.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData(31, "    periods: [FY2011, FY2012", 31, 14)]               // unclosed bracket, at the bracket
    [InlineData(19, "  rate: {value: 94.16", 19, 9)]                       // unclosed brace
    [InlineData(4, "  name: Other Corporation", 4, 3)]                     // duplicate key, at the second one
    [InlineData(3, "\tname: Example Corporation", 3, 1)]                  // tab indentation, at the tab
    [InlineData(24, "  \t  label: contracts", 24, 3)]
    [InlineData(21, "  wording: \"Translated for convenience.", 21, 12)]  // unterminated quoted string, at its quote
    [InlineData(21, "  wording: Translated: for convenience.", 21, 22)]   // a second ': ' in a plain value
    public void Malformed_yaml_in_package_yaml_is_reported_where_the_parser_finds_it(int line, string text, int expectedLine, int expectedColumn)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        result.Package.ShouldBeNull();
        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, expectedLine, expectedColumn)
            .Message.ShouldStartWith("Malformed YAML: ");
    }

    [Theory]
    [InlineData(31, "    periods: [FY2011, FY2012", "this '[' is never closed")]
    [InlineData(19, "  rate: {value: 94.16", "this '{' is never closed")]
    [InlineData(3, "\tname: Example Corporation", "a tab is used for indentation; indent with spaces")]
    public void An_unclosed_bracket_or_a_tab_is_named_in_the_message(int line, string text, string message)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        result.Diagnostics.Single().Message.ShouldBe("Malformed YAML: " + message + ".");
    }

    [Fact]
    public void A_bracket_still_open_at_the_end_of_package_yaml_is_reported_at_the_bracket()
    {
        var manifest = WithLine(ManifestWithLine(35, "narrative: [narrative/overview.md,"), 36, "  narrative/outlook.md");

        var result = PackageWithManifest(manifest).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, 35, 12)
            .Message.ShouldBe("Malformed YAML: this '[' is never closed.");
    }

    [Fact]
    public void A_duplicate_key_in_package_yaml_is_named_in_the_message()
    {
        var result = PackageWithManifest(ManifestWithLine(4, "  name: Other Corporation")).Load();

        result.Diagnostics.Single().Message.ShouldContain("Duplicate key");
    }

    [Fact]
    public void A_package_yaml_that_is_a_list_is_reported_at_its_first_item()
    {
        var result = PackageWithManifest("- format: kessan-package/1\n- company: EXC\n").Load();

        result.Package.ShouldBeNull();
        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, 1, 1)
            .Message.ShouldContain("mapping");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# nothing here yet\n")]
    public void An_empty_package_yaml_is_reported_for_the_whole_file(string text)
    {
        var result = PackageWithManifest(text).Load();

        result.Package.ShouldBeNull();
        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, 0, 0)
            .Message.ShouldContain("empty");
    }

    [Fact]
    public void A_second_yaml_document_in_package_yaml_is_reported_and_the_first_still_loads()
    {
        var result = PackageWithManifest(BaseManifest + "---\nformat: kessan-package/1\n").Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, 38, 1);
        result.Package.ShouldNotBeNull().Company.ShortName.ShouldBe("EXC");
    }

    [Theory]
    [InlineData(4, "    period: [duration", 4, 13)]      // unclosed bracket
    [InlineData(5, "    balance: {credit", 5, 14)]       // unclosed brace
    [InlineData(4, "    label: Revenues", 4, 5)]         // duplicate key
    [InlineData(4, "\tperiod: duration", 4, 1)]          // tab indentation
    [InlineData(3, "    label: Total revenues: all", 3, 26)] // a second ': ' in a plain value
    public void Malformed_yaml_in_a_concept_file_is_reported_in_that_file(int line, string text, int expectedLine, int expectedColumn)
    {
        var result = PackageWithManifest(BaseManifest, ConceptsWithLine(line, text)).Load();

        var d = result.Diagnostics.WithCode(DiagnosticCodes.YamlSyntax).Single()
            .ShouldBeAt(DiagnosticCodes.YamlSyntax, ConceptsPath, expectedLine, expectedColumn);
        d.Message.ShouldStartWith("Malformed YAML: ");
        // The file is left out, so the fact naming one of its concepts is unknown; nothing else is reported.
        result.Diagnostics.Select(x => x.Code).ShouldBe([DiagnosticCodes.YamlSyntax, DiagnosticCodes.UnknownConcept]);
    }

    [Theory]
    [InlineData("- id: Revenues\n  label: Total revenues\n", 1, 1)]
    [InlineData("Revenues\n", 1, 1)]
    [InlineData("\n\n[Revenues, Cash]\n", 3, 1)]
    public void A_concept_file_that_is_not_a_mapping_is_reported_where_its_document_starts(string text, int line, int column)
    {
        var result = PackageWithManifest(BaseManifest, text, NoFacts).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ConceptsPath, line, column)
            .Message.ShouldContain("mapping");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# concepts come later\n")]
    public void An_empty_concept_file_is_reported_for_the_whole_file(string text)
    {
        var result = PackageWithManifest(BaseManifest, text, NoFacts).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ConceptsPath, 0, 0);
        result.Package.ShouldNotBeNull().Taxonomy.Concepts.ShouldBeEmpty();
    }

    [Fact]
    public void A_malformed_concept_file_does_not_stop_the_other_concept_files_from_loading()
    {
        var result = new PackageBuilder()
            .WithConcepts("concepts:\n  - id: Broken\n    label: [unclosed\n", "concepts/a.yaml")
            .WithConcepts(Taxonomy, "concepts/b.yaml")
            .WithFacts("concept,FY2012\nRevenues,7\n")
            .Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, "concepts/a.yaml", 3, 12);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(7_000m);
    }

    [Fact]
    public void Yaml_with_a_byte_order_mark_and_crlf_line_endings_loads_with_correct_lines()
    {
        var manifest = "\uFEFF" + BaseManifest.Replace("\n", "\r\n", StringComparison.Ordinal);
        var concepts = "\uFEFF" + ConceptsWithLine(5, "    balance: debet").Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = PackageWithManifest(manifest, concepts).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ConceptsPath, 5, 14);
        result.Package.ShouldNotBeNull().Company.Name.ShouldBe("Example Corporation");
    }
}

// YAML that would make reading it blow up: nesting without end, aliases that multiply.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData(35_000)]
    [InlineData(65)]
    public void Lists_nested_deeper_than_the_limit_are_a_syntax_error_at_the_level_that_passes_it(int depth)
    {
        var line = "  deep: " + new string('[', depth) + new string(']', depth);

        var result = PackageWithManifest(ManifestWithLine(33, line) + "\n").Load();

        result.Package.ShouldBeNull();
        // The root mapping and the mapping that holds the key are two levels: the 63rd bracket is the 65th level.
        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, 33, 9 + Kessan.Ingest.YamlFile.MaxDepth - 2)
            .Message.ShouldContain("nested deeper than 64 levels");
    }

    [Fact]
    public void Block_lists_nested_on_one_line_deeper_than_the_limit_are_a_syntax_error()
    {
        var line = "  deep:\n    " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x";

        var result = PackageWithManifest(ManifestWithLine(33, line) + "\n").Load();

        result.Diagnostics.Single().Code.ShouldBe(DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void An_alias_of_a_list_is_refused_so_that_aliases_cannot_multiply()
    {
        var laughs = "  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]";

        var result = PackageWithManifest(ManifestWithLine(33, laughs) + "\n").Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, ManifestPath, 34, 10).Message.ShouldContain("'*a' repeats a mapping or list");
    }

    [Fact]
    public void More_aliases_than_the_limit_are_refused()
    {
        var aliases = "  v: &v x\n  many: [" + string.Join(", ", Enumerable.Repeat("*v", Kessan.Ingest.YamlFile.MaxAliases + 1)) + "]";

        var result = PackageWithManifest(ManifestWithLine(33, aliases) + "\n").Load();

        result.Diagnostics.Single().Message.ShouldContain("more than 1,000 aliases");
    }
}
