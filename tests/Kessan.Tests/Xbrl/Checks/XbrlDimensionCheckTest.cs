using System.Xml.Linq;
using Kessan.Xbrl.Reading;
using Kessan.Tests.Xbrl.Reading;
using Kessan.Xbrl.Checks;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Checks;

/// <summary>Dimensional validity (XBRL Dimensions 1.0) of facts against closed segment hypercubes with defaults.</summary>
public class XbrlDimensionCheckTest
{
    private static readonly XNamespace Ex = "http://example.com/ex";

    /// <summary>Revenues by segment (A or B, default the domain) and by status (Plan, no default).</summary>
    private static readonly XbrlHypercube[] Cubes =
    [
        new(Ex + "SegmentTable", "http://example.com/role/Segment", [Ex + "Revenues"],
            [new XbrlDimension(Ex + "SegmentAxis", Ex + "SegmentDomain", [Ex + "AMember", Ex + "BMember"], Ex + "SegmentDomain")]),
        new(Ex + "PlanTable", "http://example.com/role/Plan", [Ex + "Target"],
            [new XbrlDimension(Ex + "StatusAxis", Ex + "StatusDomain", [Ex + "PlanMember"], null)]),
    ];

    private static string Context(string id, string segment = "", string scenario = "") =>
        $"""<xbrli:context id="{id}"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier>{(segment == "" ? "" : "<xbrli:segment>" + segment + "</xbrli:segment>")}</xbrli:entity><xbrli:period><xbrli:startDate>2012-04-01</xbrli:startDate><xbrli:endDate>2013-03-31</xbrli:endDate></xbrli:period>{(scenario == "" ? "" : "<xbrli:scenario>" + scenario + "</xbrli:scenario>")}</xbrli:context>""";

    private static string Member(string axis, string member) => $"""<xbrldi:explicitMember dimension="ex:{axis}">ex:{member}</xbrldi:explicitMember>""";

    private static XbrlInstance Instance(string concept, string segment = "", string scenario = "")
    {
        var body = Context("C", segment, scenario) + """<xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>"""
            + $"""<ex:{concept} contextRef="C" unitRef="JPY" decimals="INF">1</ex:{concept}>""";
        var instance = XbrlInstanceReader.Read(XbrlInstanceReaderTest.Instance(body), "a.xbrl");
        instance.Diagnostics.ShouldBeEmpty();
        return instance;
    }

    public static TheoryData<string, string, string, string?> Facts() => new()
    {
        // concept, segment, scenario, the error (null: valid)
        { "Revenues", "", "", null },                                                    // the segment axis's default
        { "Revenues", Member("SegmentAxis", "AMember"), "", null },
        { "Revenues", Member("SegmentAxis", "CMember"), "", XbrlCodes.PrimaryItemDimensionallyInvalid },    // not in the domain
        { "Revenues", Member("SegmentAxis", "SegmentDomain"), "", XbrlCodes.DefaultValueUsedInInstance },   // the default, named
        { "Revenues", Member("SegmentAxis", "AMember") + Member("StatusAxis", "PlanMember"), "", XbrlCodes.PrimaryItemDimensionallyInvalid }, // closed
        { "Revenues", "", Member("SegmentAxis", "AMember"), XbrlCodes.PrimaryItemDimensionallyInvalid },    // in the scenario
        { "Target", Member("StatusAxis", "PlanMember"), "", null },
        { "Target", "", "", XbrlCodes.PrimaryItemDimensionallyInvalid },                 // the status axis has no default
        { "Cash", "", "", null },                                                        // no hypercube, no dimensions
        { "Cash", Member("SegmentAxis", "AMember"), "", XbrlCodes.PrimaryItemDimensionallyInvalid },        // no hypercube, dimensions
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void A_fact_is_valid_when_a_hypercube_of_its_concept_allows_its_context(string concept, string segment, string scenario, string? error)
    {
        var diagnostics = XbrlDimensionCheck.Check(Instance(concept, segment, scenario), Cubes);

        if (error is null)
        {
            diagnostics.ShouldBeEmpty(string.Join(" | ", diagnostics));
        }
        else
        {
            var d = diagnostics.ShouldHaveSingleItem();
            d.Code.ShouldBe(error);
            d.Location.ShouldNotBeNull();
            d.Location.Path.ShouldBe("a.xbrl");
            d.Location.Line.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void The_problem_names_the_fact_its_context_and_why_without_the_value()
    {
        var d = XbrlDimensionCheck.Check(Instance("Revenues", Member("SegmentAxis", "CMember")), Cubes).ShouldHaveSingleItem();

        d.Message.ShouldBe("The fact Revenues in context 'C' is not dimensionally valid: no hypercube of its concept (SegmentTable) allows SegmentAxis=CMember.");
    }

    [Fact]
    public void A_context_and_concept_reported_twice_is_one_problem()
    {
        var body = Context("C", Member("SegmentAxis", "CMember")) + """<xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>"""
            + """<ex:Revenues contextRef="C" unitRef="JPY" decimals="INF">1</ex:Revenues><ex:Revenues contextRef="C" unitRef="JPY" decimals="-3">1000</ex:Revenues>""";

        XbrlDimensionCheck.Check(XbrlInstanceReader.Read(XbrlInstanceReaderTest.Instance(body), "a.xbrl"), Cubes).ShouldHaveSingleItem();
    }
}
