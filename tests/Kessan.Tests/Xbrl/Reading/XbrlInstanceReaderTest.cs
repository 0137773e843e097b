using System.Xml.Linq;
using Kessan.Xbrl.Reading;
using Kessan.Model;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Reading;

/// <summary>Reading XBRL 2.1 instances: contexts, units, facts and decimals, and every problem with its spec clause and line.</summary>
public class XbrlInstanceReaderTest
{
    private const string Ns = "xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" "
        + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\" "
        + "xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ex=\"http://example.com/ex\"";

    private static readonly XNamespace Ex = "http://example.com/ex";

    /// <summary>An instance with the given contexts, units and facts, from line 4.</summary>
    internal static string Instance(string body) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <xbrli:xbrl {Ns}>
        <link:schemaRef xlink:type="simple" xlink:href="ex.xsd"/>
        {body}
        </xbrli:xbrl>
        """;

    private const string Contexts = """
        <xbrli:context id="FY"><xbrli:entity><xbrli:identifier scheme="http://www.tse.or.jp/sicc">12340</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2012-04-01</xbrli:startDate><xbrli:endDate>2013-03-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:context id="End"><xbrli:entity><xbrli:identifier scheme="http://www.tse.or.jp/sicc">12340</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="ex:SegmentAxis">ex:AMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2013-03-31</xbrli:instant></xbrli:period><xbrli:scenario><xbrldi:explicitMember dimension="ex:StatusAxis">ex:PlanMember</xbrldi:explicitMember></xbrli:scenario></xbrli:context>
        <xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>
        <xbrli:unit id="JPYPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
        """;

    [Fact]
    public void Contexts_units_and_facts_are_read_with_periods_members_measures_values_and_decimals()
    {
        var instance = XbrlInstanceReader.Read(Instance(Contexts + "\n" + """
            <ex:Revenues contextRef="FY" unitRef="JPY" decimals="-3">106248486000</ex:Revenues>
            <ex:Dividend contextRef="End" unitRef="JPYPerShare" decimals="INF">8.75</ex:Dividend>
            <ex:Cash contextRef="End" unitRef="JPY" xsi:nil="true"/>
            <ex:Name contextRef="FY">Example</ex:Name>
            """), "a.xbrl");

        instance.Diagnostics.ShouldBeEmpty(string.Join(" | ", instance.Diagnostics));
        instance.SchemaRefs.ShouldBe(["ex.xsd"]);
        var fy = instance.FindContext("FY")!;
        fy.Period.ShouldBe(Period.Duration(new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 31)));
        fy.Scheme.ShouldBe("http://www.tse.or.jp/sicc");
        fy.Identifier.ShouldBe("12340");
        fy.Segment.ShouldBeEmpty();
        var end = instance.FindContext("End")!;
        end.Period.ShouldBe(Period.Instant(new DateOnly(2013, 3, 31)));
        end.Segment.ShouldBe([new XbrlExplicitMember(Ex + "SegmentAxis", Ex + "AMember")]);
        end.Scenario.ShouldBe([new XbrlExplicitMember(Ex + "StatusAxis", Ex + "PlanMember")]);
        instance.FindUnit("JPYPerShare")!.Key.ShouldBe("{http://www.xbrl.org/2003/iso4217}JPY/{http://www.xbrl.org/2003/instance}shares");
        instance.Facts.Length.ShouldBe(4);
        var revenues = instance.Facts[0];
        revenues.Concept.ShouldBe(Ex + "Revenues");
        revenues.Value.ShouldBe(106248486000m);
        revenues.Precision.ShouldBe(Precision.Thousands);
        revenues.Interval.ShouldBe(ValueInterval.FromBounds(106248485500m, 106248486500m));
        revenues.Location.ShouldBe(new Kessan.Diagnostics.SourceLocation("a.xbrl", 8, 2));
        instance.Facts[1].Value.ShouldBe(8.75m);
        instance.Facts[1].Precision.ShouldBe(Precision.Exact);
        instance.Facts[2].IsNil.ShouldBeTrue();
        instance.Facts[2].Value.ShouldBeNull();
        instance.Facts[3].IsNumeric.ShouldBeFalse();
    }

    public static TheoryData<string, string, string> PeriodForms() => new()
    {
        // start, end (as written), the period read
        { "2012-04-01", "2013-03-31", "2012-04-01..2013-03-31" },
        { "2012-04-01T00:00:00", "2013-04-01T00:00:00", "2012-04-01..2013-03-31" },
        { "2013-03-31", "2013-03-31", "2013-03-31..2013-03-31" },
    };

    [Theory]
    [MemberData(nameof(PeriodForms))]
    public void A_date_time_at_midnight_ends_the_day_before(string start, string end, string expected)
    {
        var instance = XbrlInstanceReader.Read(Instance($"""
            <xbrli:context id="C"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>{start}</xbrli:startDate><xbrli:endDate>{end}</xbrli:endDate></xbrli:period></xbrli:context>
            """), "a.xbrl");

        instance.Diagnostics.ShouldBeEmpty();
        instance.FindContext("C")!.Period.ToString().ShouldBe(expected);
    }

    public static TheoryData<string, string, int> Problems() => new()
    {
        // body, the code, the line of the finding
        { Contexts + "\n<ex:A contextRef=\"Nowhere\" unitRef=\"JPY\" decimals=\"0\">1</ex:A>", XbrlCodes.ItemContextRef, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1</ex:A>", XbrlCodes.NumericUnit, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"JPY\">1</ex:A>", XbrlCodes.MissingPrecisionDecimals, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"JPY\" decimals=\"thousands\">1</ex:A>", XbrlCodes.Decimals, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"JPY\" decimals=\"19\">1</ex:A>", XbrlCodes.Decimals, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"JPY\" precision=\"4\">1</ex:A>", XbrlCodes.Precision, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"JPY\" decimals=\"0\">1,000</ex:A>", XbrlCodes.ValueError, 8 },
        { Contexts + "\n<ex:A contextRef=\"FY\" unitRef=\"JPY\" decimals=\"0\">1e3</ex:A>", XbrlCodes.ValueError, 8 },
        { Contexts + "\n" + Contexts[..Contexts.IndexOf('\n', StringComparison.Ordinal)], XbrlCodes.DuplicateContextId, 8 },
        { "<xbrli:unit id=\"u\"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n<xbrli:unit id=\"u\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>", XbrlCodes.DuplicateUnitId, 5 },
        { "<xbrli:context id=\"C\"><xbrli:entity><xbrli:identifier scheme=\"s\">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2013-04-01</xbrli:startDate><xbrli:endDate>2013-03-31</xbrli:endDate></xbrli:period></xbrli:context>", XbrlCodes.PeriodStartBeforeEnd, 4 },
        { "<xbrli:context id=\"C\"><xbrli:entity><xbrli:identifier scheme=\"s\">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>", XbrlCodes.Period, 4 },
        { "<xbrli:context id=\"C\"><xbrli:entity><xbrli:identifier scheme=\"s\">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2013-03-31T12:00:00</xbrli:instant></xbrli:period></xbrli:context>", XbrlCodes.Period, 4 },
        { "<xbrli:context id=\"C\"><xbrli:entity><xbrli:identifier scheme=\"s\">1</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension=\"nope:Axis\">ex:M</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2013-03-31</xbrli:instant></xbrli:period></xbrli:context>", XbrlCodes.ValueError, 4 },
        { "<ex:A contextRef=\"FY\" unitRef=\"JPY\" decimals=\"0\">1</ex:B>", XbrlCodes.Syntax, 4 },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_problem_is_reported_with_the_code_of_its_spec_clause_and_its_line(string body, string code, int line)
    {
        var instance = XbrlInstanceReader.Read(Instance(body), "a.xbrl");

        var problem = instance.Diagnostics.ShouldHaveSingleItem(string.Join(" | ", instance.Diagnostics));
        problem.Code.ShouldBe(code, problem.ToString());
        problem.Location!.Path.ShouldBe("a.xbrl");
        problem.Location.Line.ShouldBe(line, problem.ToString());
    }

    [Fact]
    public void A_document_that_is_not_an_instance_is_reported_and_read_as_empty()
    {
        var instance = XbrlInstanceReader.Read("<html><body/></html>", "a.xbrl");

        instance.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(XbrlCodes.Syntax);
        instance.Facts.ShouldBeEmpty();
        instance.Contexts.ShouldBeEmpty();
    }

    [Fact]
    public void A_dtd_is_ignored_and_its_entities_are_not_expanded()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY big \"expanded\">]>\n" + Instance("")[(Instance("").IndexOf('\n', StringComparison.Ordinal) + 1)..];

        var instance = XbrlInstanceReader.Read(xml, "a.xbrl");

        instance.Diagnostics.ShouldBeEmpty();
        instance.SchemaRefs.ShouldBe(["ex.xsd"]);
    }
}
