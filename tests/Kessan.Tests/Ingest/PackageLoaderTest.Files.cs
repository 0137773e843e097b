using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN001: files the package needs that do not exist.
public partial class PackageLoaderTest
{
    [Fact]
    public void A_package_without_package_yaml_is_reported_and_yields_no_package()
    {
        var source = PackageWithManifest(BaseManifest).Build().Without(ManifestPath);

        var result = PackageLoader.Load(source);

        result.Package.ShouldBeNull();
        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, 0, 0);
    }

    [Fact]
    public void An_empty_folder_on_disk_is_reported_as_missing_package_yaml()
    {
        var folder = Directory.CreateTempSubdirectory("kessan-test-");
        try
        {
            var result = PackageLoader.Load(folder.FullName);

            result.Package.ShouldBeNull();
            result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, 0, 0)
                .Message.ShouldContain("package.yaml");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("concepts/concepts.yaml", 26, 5)]
    [InlineData("narrative/overview.md", 36, 5)]
    public void A_listed_file_that_does_not_exist_is_reported_at_the_manifest_line_naming_it(string path, int line, int column)
    {
        var source = PackageWithManifest(BaseManifest, facts: NoFacts).Build().Without(path);

        var result = PackageLoader.Load(source);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, line, column)
            .Message.ShouldContain(path);
    }

    [Fact]
    public void A_fact_file_that_does_not_exist_is_reported_at_its_path_in_the_manifest()
    {
        var source = PackageWithManifest(BaseManifest).Build().Without(FactsPath);

        var result = PackageLoader.Load(source);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, 33, 11)
            .Message.ShouldContain(FactsPath);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Fact]
    public void A_missing_fact_file_is_reported_at_the_file_line_even_when_its_entry_starts_with_another_key()
    {
        var manifest = WithLine(ManifestWithLine(33, "  - statement: income-statement"), 34, "    file: facts/missing.csv");

        var result = PackageWithManifest(manifest).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, 34, 11)
            .Message.ShouldContain("facts/missing.csv");
    }

    [Fact]
    public void Every_missing_file_is_reported_and_the_files_that_exist_still_load()
    {
        var builder = new PackageBuilder()
            .WithConcepts(Taxonomy)
            .WithConcepts("concepts: []\n", "concepts/gone.yaml")
            .WithFacts("concept,FY2012\nRevenues,5\n", "facts/present.csv")
            .WithFacts("concept,FY2012\nRevenues,5\n", "facts/gone.csv")
            .WithNarrative("text\n", "narrative/gone.md");
        var source = builder.Build().Without("concepts/gone.yaml").Without("facts/gone.csv").Without("narrative/gone.md");

        var result = PackageLoader.Load(source);

        result.Diagnostics.Length.ShouldBe(3, string.Join(" | ", result.Diagnostics));
        result.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.FileMissing && d.Location!.Path == ManifestPath);
        result.Diagnostics[0].ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, source.LineStartingWith(ManifestPath, "  - concepts/gone.yaml"), 5);
        result.Diagnostics[1].ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, source.LineStartingWith(ManifestPath, "  - file: facts/gone.csv"), 11);
        result.Diagnostics[2].ShouldBeAt(DiagnosticCodes.FileMissing, ManifestPath, source.LineStartingWith(ManifestPath, "  - narrative/gone.md"), 5);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(5_000m);
    }
}
