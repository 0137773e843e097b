using System.Xml.Linq;
using Kessan.Xbrl.Reading;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Reading;

/// <summary>Reading the dimensional relationships of a schema's embedded definition linkbase, and what it refuses.</summary>
public class XbrlDefinitionsTest
{
    private static readonly XNamespace Ex = "http://example.com/ex";
    private static readonly XNamespace Gaap = "http://example.com/gaap";
    private const string GaapSchema = "http://example.com/gaap.xsd";
    private const string Role = "http://example.com/role/Segment";

    private static string Schema(string links, string roleRef = $"""<link:roleRef roleURI="{Role}" xlink:type="simple" xlink:href="ex.xsd#Segment"/>""",
        string arcroleRefs = "all hypercube-dimension dimension-domain domain-member dimension-default") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
                   xmlns:xbrldt="http://xbrl.org/2005/xbrldt" targetNamespace="http://example.com/ex">
          <xs:annotation><xs:appinfo>
            <link:roleType roleURI="{Role}" id="Segment"><link:usedOn>link:definitionLink</link:usedOn></link:roleType>
            <link:linkbase>
              {roleRef}
              {string.Concat(arcroleRefs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => $"""<link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/{a}" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#{a}"/>"""))}
              <link:definitionLink xlink:type="extended" xlink:role="{Role}">
                <link:loc xlink:type="locator" xlink:href="{GaapSchema}#gaap_Revenues" xlink:label="rev"/>
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_SegmentTable" xlink:label="table"/>
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_SegmentAxis" xlink:label="axis"/>
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_SegmentDomain" xlink:label="domain"/>
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_SegmentDomain" xlink:label="default_domain"/>
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_AMember" xlink:label="a"/>
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_A1Member" xlink:label="a1"/>
                {links}
              </link:definitionLink>
            </link:linkbase>
          </xs:appinfo></xs:annotation>
          <xs:element id="ex_SegmentTable" name="SegmentTable" substitutionGroup="xbrldt:hypercubeItem" abstract="true"/>
          <xs:element id="ex_SegmentAxis" name="SegmentAxis" substitutionGroup="xbrldt:dimensionItem" abstract="true"/>
          <xs:element id="ex_SegmentDomain" name="SegmentDomain" abstract="true"/>
          <xs:element id="ex_AMember" name="AMember" abstract="true"/>
          <xs:element id="ex_A1Member" name="A1Member" abstract="true"/>
        </xs:schema>
        """;

    private static string Arc(string arcrole, string from, string to, string extra = "") =>
        $"""<link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/{arcrole}" xlink:from="{from}" xlink:to="{to}" {extra}/>""";

    private const string Closed = """xbrldt:closed="true" xbrldt:contextElement="segment" """;

    private static readonly string Cube = string.Concat(
        Arc("all", "rev", "table", Closed), Arc("hypercube-dimension", "table", "axis"), Arc("dimension-domain", "axis", "domain"),
        Arc("domain-member", "domain", "a"), Arc("domain-member", "a", "a1"), Arc("dimension-default", "axis", "default_domain"));

    private static XbrlDefinitionSet Read(string schema) =>
        XbrlDefinitions.Read(schema, "out/ex.xsd", new Dictionary<string, XNamespace> { [GaapSchema] = Gaap });

    [Fact]
    public void A_closed_hypercube_reads_with_its_primary_items_dimensions_members_at_any_depth_and_default()
    {
        var read = Read(Schema(Cube));

        read.Diagnostics.ShouldBeEmpty(string.Join(" | ", read.Diagnostics));
        read.Hypercubes.ShouldBe(
        [
            new XbrlHypercube(Ex + "SegmentTable", Role, [Gaap + "Revenues"],
                [new XbrlDimension(Ex + "SegmentAxis", Ex + "SegmentDomain", [Ex + "AMember", Ex + "A1Member"], Ex + "SegmentDomain")]),
        ]);
    }

    public static TheoryData<string, string, string, string> Problems() => new()
    {
        // links, roleRef, arcroleRefs, the start of the message
        { Cube + """<link:loc xlink:type="locator" xlink:href="ex.xsd#ex_Nothing" xlink:label="x"/>""", null!, null!, "The locator ex.xsd#ex_Nothing points to no element" },
        { Cube + """<link:loc xlink:type="locator" xlink:href="http://example.com/other.xsd#o_X" xlink:label="x"/>""", null!, null!, "The locator http://example.com/other.xsd#o_X points to no element" },
        { Cube, "", null!, "The definition link's role http://example.com/role/Segment has no roleRef" },
        { Cube, null!, "all hypercube-dimension dimension-domain domain-member", "The arcrole http://xbrl.org/int/dim/arcrole/dimension-default has no arcroleRef" },
        { Cube.Replace(Closed, """xbrldt:closed="false" xbrldt:contextElement="segment" """, StringComparison.Ordinal), null!, null!, "The hypercube SegmentTable of Revenues is not closed on the segment" },
        { Cube + Arc("domain-member", "rev", "nowhere"), null!, null!, "The arc from 'rev' to 'nowhere' names a locator" },
        { Cube + Arc("dimension-default", "axis", "a"), null!, null!, "The dimension SegmentAxis has two defaults, SegmentDomain and AMember." },
        { Cube.Replace(Arc("dimension-domain", "axis", "domain"), "", StringComparison.Ordinal), null!, null!, "The dimension SegmentAxis of SegmentTable has no domain in its role." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_linkbase_problem_is_reported_at_its_line(string links, string? roleRef, string? arcroleRefs, string message)
    {
        var schema = roleRef is null && arcroleRefs is null ? Schema(links)
            : roleRef is null ? Schema(links, arcroleRefs: arcroleRefs!)
            : arcroleRefs is null ? Schema(links, roleRef) : Schema(links, roleRef, arcroleRefs);

        var d = Read(schema).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(XbrlCodes.Linkbase);
        d.Message.ShouldStartWith(message);
        d.Location.ShouldNotBeNull();
        d.Location.Path.ShouldBe("out/ex.xsd");
        d.Location.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Two_arcs_of_one_link_between_the_same_labels_are_duplicate_arcs_whatever_their_arcroles()
    {
        var schema = Schema(Cube.Replace(Arc("dimension-default", "axis", "default_domain"), Arc("dimension-default", "axis", "domain"), StringComparison.Ordinal));

        var d = Read(schema).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(XbrlCodes.DuplicateArcs);
        d.Message.ShouldStartWith("Another arc of this link goes from 'axis' to 'domain' too");
        d.Location!.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_document_that_is_not_a_schema_is_refused() =>
        Read("<root/>").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(XbrlCodes.Syntax);
}
