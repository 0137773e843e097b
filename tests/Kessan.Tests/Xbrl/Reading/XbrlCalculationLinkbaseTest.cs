using System.Xml.Linq;
using Kessan.Xbrl;
using Kessan.Xbrl.Reading;

namespace Kessan.Tests.Xbrl.Reading;

/// <summary>Reading the calculation (Calculations 1.1) and presentation links of a schema's embedded linkbase, and what it refuses.</summary>
public class XbrlCalculationLinkbaseTest
{
    private static readonly XNamespace Gaap = "http://example.com/gaap";
    private const string GaapSchema = "http://example.com/gaap.xsd";
    private const string Role = "http://example.com/role/operations";

    private static string Schema(string arcs, string arcroleRef = $"""<link:arcroleRef arcroleURI="{XbrlArcroles.SummationItem}" xlink:type="simple" xlink:href="{XbrlArcroles.SummationItemDeclaration}"/>""") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
                   targetNamespace="http://example.com/ex">
          <xs:annotation><xs:appinfo>
            <link:roleType roleURI="{Role}" id="role-operations"><link:usedOn>link:calculationLink</link:usedOn><link:usedOn>link:presentationLink</link:usedOn></link:roleType>
            <link:linkbase>
              <link:roleRef roleURI="{Role}" xlink:type="simple" xlink:href="ex.xsd#role-operations"/>
              {arcroleRef}
              <link:calculationLink xlink:type="extended" xlink:role="{Role}">
                <link:loc xlink:type="locator" xlink:href="{GaapSchema}#gaap_GrossProfit" xlink:label="gross"/>
                <link:loc xlink:type="locator" xlink:href="{GaapSchema}#gaap_Revenues" xlink:label="rev"/>
                <link:loc xlink:type="locator" xlink:href="{GaapSchema}#gaap_CostOfRevenue" xlink:label="cost"/>
                {arcs}
              </link:calculationLink>
              <link:presentationLink xlink:type="extended" xlink:role="{Role}">
                <link:loc xlink:type="locator" xlink:href="ex.xsd#ex_OperationsAbstract" xlink:label="head"/>
                <link:loc xlink:type="locator" xlink:href="{GaapSchema}#gaap_Revenues" xlink:label="rev"/>
                <link:loc xlink:type="locator" xlink:href="{GaapSchema}#gaap_GrossProfit" xlink:label="gross"/>
                <link:presentationArc xlink:type="arc" xlink:arcrole="{XbrlArcroles.ParentChild}" xlink:from="head" xlink:to="rev" order="1"/>
                <link:presentationArc xlink:type="arc" xlink:arcrole="{XbrlArcroles.ParentChild}" xlink:from="head" xlink:to="gross" order="2"/>
              </link:presentationLink>
            </link:linkbase>
          </xs:appinfo></xs:annotation>
          <xs:element id="ex_OperationsAbstract" name="OperationsAbstract" abstract="true"/>
        </xs:schema>
        """;

    private static string Arc(string to, string weight, string arcrole = XbrlArcroles.SummationItem) =>
        $"""<link:calculationArc xlink:type="arc" xlink:arcrole="{arcrole}" xlink:from="gross" xlink:to="{to}" weight="{weight}"/>""";

    private static XbrlDefinitionSet Read(string schema) =>
        XbrlDefinitions.Read(schema, "out/ex.xsd", new Dictionary<string, XNamespace> { [GaapSchema] = Gaap });

    [Fact]
    public void A_summation_reads_as_its_total_and_weighted_items_and_the_presentation_is_counted()
    {
        var read = Read(Schema(Arc("rev", "1") + Arc("cost", "-1")));

        read.Diagnostics.ShouldBeEmpty(string.Join(" | ", read.Diagnostics));
        read.Calculations.ShouldBe([new XbrlCalculation(Gaap + "GrossProfit", [new(Gaap + "Revenues", 1), new(Gaap + "CostOfRevenue", -1)], false)]);
        read.PresentationRelationships.ShouldBe(2);
    }

    [Fact]
    public void A_weight_other_than_one_or_minus_one_is_reported_at_its_arc()
    {
        var read = Read(Schema(Arc("rev", "1") + Arc("cost", "-0.5")));

        var d = read.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.Linkbase);
        d.Message.ShouldContain("weight '-0.5'");
        read.Calculations.Single().Items.ShouldBe([new XbrlCalculationItem(Gaap + "Revenues", 1)]);
    }

    [Fact]
    public void The_xbrl_2_1_summation_arcrole_is_reported_as_not_calculations_1_1()
    {
        var read = Read(Schema(Arc("rev", "1", XbrlArcroles.SummationItem21) + Arc("cost", "-1", XbrlArcroles.SummationItem21)));

        read.Diagnostics.Length.ShouldBe(2);
        read.Diagnostics.ShouldAllBe(d => d.Code == XbrlCodes.Linkbase && d.Message.Contains("not Calculations 1.1's summation-item"));
        read.Calculations.ShouldBeEmpty();
    }

    [Fact]
    public void The_calculations_1_1_arcrole_without_its_arcroleRef_is_reported()
    {
        var read = Read(Schema(Arc("rev", "1") + Arc("cost", "-1"), arcroleRef: ""));

        read.Diagnostics.Length.ShouldBe(2);
        read.Diagnostics.ShouldAllBe(d => d.Code == XbrlCodes.Linkbase && d.Message.Contains("has no arcroleRef"));
    }
}
