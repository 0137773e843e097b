using Kessan.Diagnostics;

namespace Kessan.Tests.Ingest;

// reporting.xbrl_taxonomy and reporting.xbrl_document_type: what the XBRL files name as their taxonomy year and document type.
public partial class PackageLoaderTest
{
    [Fact]
    public void Without_a_taxonomy_the_package_names_none_and_its_document_type_is_other()
    {
        var result = PackageWithManifest(BaseManifest).Load();

        result.Package!.Reporting.XbrlTaxonomyYear.ShouldBeNull();
        result.Package.Reporting.XbrlDocumentType.ShouldBe("Other");
    }

    [Fact]
    public void A_taxonomy_and_a_document_type_are_read()
    {
        var result = PackageWithManifest(ManifestWithLine(13, "  release_date: 2013-05-15\n  xbrl_taxonomy: us-gaap-2022\n  xbrl_document_type: 8-K")).Load();

        result.Diagnostics.ShouldBeEmpty();
        result.Package!.Reporting.XbrlTaxonomyYear.ShouldBe(2022);
        result.Package.Reporting.XbrlDocumentType.ShouldBe("8-K");
    }

    [Theory]
    [InlineData("us-gaap-2011")]
    [InlineData("us-gaap-2027")]
    [InlineData("ifrs-2022")]
    [InlineData("2022")]
    public void A_taxonomy_kessan_does_not_write_is_an_error_at_its_value_naming_the_years_it_writes(string taxonomy)
    {
        var result = PackageWithManifest(ManifestWithLine(13, "  release_date: 2013-05-15\n  xbrl_taxonomy: " + taxonomy)).Load();

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ManifestPath, 14, 18);
        d.Message.ShouldContain("us-gaap-2012 to us-gaap-2026");
    }
}
