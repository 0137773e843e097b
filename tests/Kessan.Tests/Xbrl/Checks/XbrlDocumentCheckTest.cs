using Kessan.Tests.Rendering;
using Kessan.Xbrl;
using Kessan.Xbrl.Checks;

namespace Kessan.Tests.Xbrl.Checks;

/// <summary>
/// Every check of an XBRL document that <c>kessan xbrl check</c> runs, over the sample's own release.xbrl and
/// release.ixbrl.html (clean) and broken copies of them (each finding with its code, file and line).
/// </summary>
public sealed class XbrlDocumentCheckTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    private const string InstancePath = "out/release.xbrl";
    private const string InlinePath = "out/release.ixbrl.html";

    private IijSampleRelease.Rendered R => sample.Independent;

    /// <summary>The document text of a sample file.</summary>
    private string Text(string path) => path == InstancePath ? R.Xbrl : R.Ixbrl;

    /// <summary>Checks a document whose folder holds <paramref name="schema"/> as release.xsd (nothing when null).</summary>
    private static XbrlCheckReport Check(string text, string path, string? schema, bool withPackage, IijSampleRelease.Rendered r) =>
        XbrlDocumentCheck.Check(text, path, href => href == XbrlVocabulary.SchemaFileName ? schema : null, withPackage ? r.Package : null);

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>.</summary>
    private static int LineOf(string document, string text)
    {
        var at = document.IndexOf(text, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, text);
        return document[..at].Count(c => c == '\n') + 1;
    }

    /// <summary>The document with the first occurrence of <paramref name="old"/> replaced.</summary>
    private static string Break(string document, string old, string replacement)
    {
        var at = document.IndexOf(old, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, old);
        return document[..at] + replacement + document[(at + old.Length)..];
    }

    [Theory]
    [InlineData(InstancePath, XbrlDocumentKind.Instance)]
    [InlineData(InlinePath, XbrlDocumentKind.Inline)]
    public void The_samples_documents_pass_every_check_with_their_package(string path, XbrlDocumentKind kind)
    {
        var report = Check(Text(path), path, R.Schema, withPackage: true, R);

        report.Diagnostics.ShouldBeEmpty(string.Join(" | ", report.Diagnostics));
        report.Kind.ShouldBe(kind);
        report.Schemas.ShouldBe(["out/release.xsd"]);
        report.Hypercubes.ShouldBe(R.Vocabulary.Hypercubes.Length);
        report.Outcomes.Select(o => o.Check).ShouldBe(XbrlCheck.All);
        report.Outcomes.ShouldAllBe(o => o.Ran && o.Count > 0);
        report.Outcomes[0].Count.ShouldBe(report.Instance.Facts.Length);
    }

    [Fact]
    public void Without_the_package_the_calculations_are_not_checked_and_the_report_says_why()
    {
        var report = Check(R.Xbrl, InstancePath, R.Schema, withPackage: false, R);

        report.Errors.ShouldBe(0);
        report.Outcomes.Take(3).ShouldAllBe(o => o.Ran);
        var calculations = report.Outcomes.Single(o => o.Check == XbrlCheck.Calculations);
        calculations.Ran.ShouldBeFalse();
        calculations.NotRun.ShouldBe("No release package was given: its calculations (those the calculation linkbase leaves out too) are checked with --package.");
    }

    [Fact]
    public void Without_the_schema_beside_it_the_definitions_and_dimensions_are_not_checked_and_the_report_names_it()
    {
        var report = Check(R.Xbrl, InstancePath, schema: null, withPackage: true, R);

        report.Errors.ShouldBe(0);
        report.Schemas.ShouldBeEmpty();
        report.Outcomes.Single(o => o.Check == XbrlCheck.Definitions).NotRun.ShouldBe("The document refers to release.xsd, which is not beside it.");
        report.Outcomes.Single(o => o.Check == XbrlCheck.Dimensions).NotRun.ShouldBe("No definition linkbase was read.");
        report.Outcomes.Single(o => o.Check == XbrlCheck.Calculations).Ran.ShouldBeTrue();
    }

    [Theory]
    [InlineData(InstancePath)]
    [InlineData(InlinePath)]
    public void A_member_outside_its_domain_makes_each_fact_of_its_context_dimensionally_invalid_at_its_line(string path)
    {
        var text = Break(Text(path), ">iij:AccumulatedDeficitMember<", ">iij:NoSuchMember<");

        var report = Check(text, path, R.Schema, withPackage: false, R);

        report.Diagnostics.ShouldNotBeEmpty();
        report.Diagnostics.ShouldAllBe(d => d.Code == XbrlCodes.PrimaryItemDimensionallyInvalid);
        var context = report.Instance.Contexts.Single(c => c.Members.Any(m => m.Member.LocalName == "NoSuchMember"));
        var facts = report.Instance.Facts.Where(f => f.ContextRef == context.Id).ToList();
        report.Diagnostics.Select(d => d.Location).ShouldBe(facts.Select(f => f.Location));
        report.Diagnostics.ShouldAllBe(d => d.Location!.Path == path && d.Location.Line > 0);
    }

    [Fact]
    public void A_total_that_does_not_meet_its_items_is_found_at_its_line_with_the_figures_only_in_the_detail()
    {
        const string Stated = """<us-gaap:AssetsCurrent contextRef="I20130331" unitRef="JPY" decimals="-3">37440969000<""";
        var text = Break(R.Xbrl, Stated, Stated.Replace("37440969000", "37449969000", StringComparison.Ordinal));

        var report = Check(text, InstancePath, R.Schema, withPackage: true, R);

        var found = report.Diagnostics.Where(d => d.Location!.Line == LineOf(text, "37449969000")).ToList();
        var d = found.ShouldHaveSingleItem(string.Join(" | ", report.Diagnostics));
        d.Code.ShouldBe(XbrlCodes.InconsistentCalculation);
        d.Message.ShouldStartWith("AssetsCurrent in context 'I20130331' does not equal the weighted sum of its items");
        d.Message.ShouldNotContain("3744");
        d.Detail!.ShouldContain("total [37449968500, 37449969500]");
        report.Diagnostics.ShouldAllBe(x => x.Code == XbrlCodes.InconsistentCalculation);
    }

    [Fact]
    public void A_reading_error_is_found_at_its_line_and_the_checks_of_the_facts_wait_for_it()
    {
        var text = Break(R.Xbrl, "decimals=\"-3\"", "decimals=\"thousands\"");

        var report = Check(text, InstancePath, R.Schema, withPackage: true, R);

        var d = report.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.Decimals);
        d.Location!.Line.ShouldBe(LineOf(text, "decimals=\"thousands\""));
        report.Outcomes.Single(o => o.Check == XbrlCheck.Dimensions).NotRun.ShouldBe("The document has errors in reading; its facts are checked once it reads without errors.");
        report.Outcomes.Single(o => o.Check == XbrlCheck.Calculations).Ran.ShouldBeFalse();
    }

    [Fact]
    public void A_tag_whose_text_its_format_cannot_read_is_found_at_its_line()
    {
        var text = Break(R.Ixbrl, "format=\"ixt:num-dot-decimal\">", "format=\"ixt:num-dot-decimal\">about ");

        var report = Check(text, InlinePath, R.Schema, withPackage: false, R);

        var d = report.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.InvalidTransformation);
        d.Location!.Path.ShouldBe(InlinePath);
        d.Location.Line.ShouldBe(LineOf(text, ">about "));
    }

    [Fact]
    public void A_locator_that_points_nowhere_is_found_in_the_schema_and_the_dimensions_wait_for_it()
    {
        // The definition link's locator of the segment axis (the label link has one of its own).
        var schema = Break(R.Schema, "xlink:href=\"release.xsd#iij_SegmentAxis\" xlink:label=\"loc_iij_SegmentAxis\"",
            "xlink:href=\"release.xsd#iij_NoSuchAxis\" xlink:label=\"loc_iij_SegmentAxis\"");

        var report = Check(R.Xbrl, InstancePath, schema, withPackage: false, R);

        report.Diagnostics.ShouldNotBeEmpty();
        report.Diagnostics.ShouldAllBe(d => d.Code == XbrlCodes.Linkbase && d.Location!.Path == "out/release.xsd");
        report.Diagnostics[0].Location!.Line.ShouldBe(LineOf(schema, "iij_NoSuchAxis"));
        report.Outcomes.Single(o => o.Check == XbrlCheck.Dimensions).NotRun
            .ShouldBe("The definition linkbase has errors; the facts are checked against it once it reads without errors.");
    }

    [Fact]
    public void Locators_resolve_into_the_schemas_the_schema_imports()
    {
        const string Instance = """
            <?xml version="1.0" encoding="utf-8"?>
            <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
                        xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:gaap="http://example.com/gaap">
              <link:schemaRef xlink:type="simple" xlink:href="ex.xsd"/>
              <xbrli:context id="C"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2013-03-31</xbrli:instant></xbrli:period></xbrli:context>
              <xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>
              <gaap:Revenues contextRef="C" unitRef="JPY" decimals="INF">1</gaap:Revenues>
            </xbrli:xbrl>
            """;
        static string Schema(string import) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
                       xmlns:xbrldt="http://xbrl.org/2005/xbrldt" targetNamespace="http://example.com/ex">
              <xs:annotation><xs:appinfo>
                <link:roleType roleURI="http://example.com/role/T" id="T"><link:usedOn>link:definitionLink</link:usedOn></link:roleType>
                <link:linkbase>
                  <link:roleRef roleURI="http://example.com/role/T" xlink:type="simple" xlink:href="ex.xsd#T"/>
                  <link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/all" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#all"/>
                  <link:definitionLink xlink:type="extended" xlink:role="http://example.com/role/T">
                    <link:loc xlink:type="locator" xlink:href="http://example.com/gaap.xsd#gaap_Revenues" xlink:label="rev"/>
                    <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_Table" xlink:label="table"/>
                    <link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/all" xlink:from="rev" xlink:to="table" xbrldt:closed="true" xbrldt:contextElement="segment"/>
                  </link:definitionLink>
                </link:linkbase>
              </xs:appinfo></xs:annotation>
              {import}
              <xs:element id="ex_Table" name="Table" substitutionGroup="xbrldt:hypercubeItem" abstract="true"/>
            </xs:schema>
            """;

        var imported = XbrlDocumentCheck.Check(Instance, "a.xbrl", _ => Schema("""<xs:import namespace="http://example.com/gaap" schemaLocation="http://example.com/gaap.xsd"/>"""), null);
        var alone = XbrlDocumentCheck.Check(Instance, "a.xbrl", _ => Schema(""), null);

        imported.Diagnostics.ShouldBeEmpty(string.Join(" | ", imported.Diagnostics));
        imported.Hypercubes.ShouldBe(1);
        imported.Outcomes.Single(o => o.Check == XbrlCheck.Dimensions).Count.ShouldBe(1);
        alone.Diagnostics.ShouldNotBeEmpty();
        alone.Diagnostics.ShouldAllBe(d => d.Code == XbrlCodes.Linkbase);
    }

    [Fact]
    public void The_extension_schema_is_not_an_xbrl_document_and_nothing_is_checked()
    {
        var report = XbrlDocumentCheck.Check(R.Schema, "out/release.xsd", _ => null, null);

        report.IsReadable.ShouldBeFalse();
        report.Kind.ShouldBeNull();
        var d = report.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.Syntax);
        d.Message.ShouldBe("The document is neither an XBRL instance (its root is not xbrli:xbrl) nor an Inline XBRL document (it has no ix:header).");
        report.Outcomes.ShouldAllBe(o => !o.Ran);
    }

    [Fact]
    public void A_document_that_is_not_well_formed_is_not_readable_and_the_finding_has_its_line()
    {
        var text = Break(R.Xbrl, "</xbrli:context>", "</xbrli:contex>");

        var report = XbrlDocumentCheck.Check(text, InstancePath, _ => null, null);

        report.IsReadable.ShouldBeFalse();
        var d = report.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.Syntax);
        d.Location!.Line.ShouldBe(LineOf(text, "</xbrli:contex>"));
    }

    [Fact]
    public void A_schema_outside_the_documents_folder_is_not_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kessan-xbrl-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "out"));
            File.WriteAllText(Path.Combine(folder, "release.xsd"), R.Schema);
            File.WriteAllText(Path.Combine(folder, "out", "release.xbrl"), R.Xbrl.Replace("xlink:href=\"release.xsd\"", "xlink:href=\"../release.xsd\"", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(folder, "out", "beside.xbrl"), R.Xbrl);
            File.WriteAllText(Path.Combine(folder, "out", "release.xsd"), R.Schema);

            var outside = XbrlDocumentCheck.Check(Path.Combine(folder, "out", "release.xbrl"));
            var beside = XbrlDocumentCheck.Check(Path.Combine(folder, "out", "beside.xbrl"));

            outside.Outcomes.Single(o => o.Check == XbrlCheck.Definitions).NotRun.ShouldBe("The document refers to ../release.xsd, which is not beside it.");
            beside.Schemas.ShouldBe([Path.Combine(folder, "out", "release.xsd")]);
            beside.Outcomes.Single(o => o.Check == XbrlCheck.Dimensions).Ran.ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
