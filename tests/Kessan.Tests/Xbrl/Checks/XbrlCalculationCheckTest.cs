using System.Xml.Linq;
using Kessan.Xbrl.Reading;
using Kessan.Tests.Xbrl.Reading;
using Kessan.Xbrl.Checks;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Checks;

/// <summary>The Calculations 1.1 check over an instance: intervals from decimals, duplicates, missing items, excess digits.</summary>
public class XbrlCalculationCheckTest
{
    private static readonly XNamespace Ex = "http://example.com/ex";

    /// <summary>Total = A + B - C.</summary>
    private static readonly XbrlCalculation Sum = new(Ex + "Total", [new(Ex + "A", 1), new(Ex + "B", 1), new(Ex + "C", -1)], CompleteOnly: false);

    private const string Contexts = """
        <xbrli:context id="FY"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2012-04-01</xbrli:startDate><xbrli:endDate>2013-03-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:context id="FY2"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2012-04-01</xbrli:startDate><xbrli:endDate>2013-03-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:context id="PY"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2011-04-01</xbrli:startDate><xbrli:endDate>2012-03-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>
        <xbrli:unit id="USD"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>

        """;

    private static XbrlInstance Instance(params string[] facts) =>
        XbrlInstanceReader.Read(XbrlInstanceReaderTest.Instance(Contexts + string.Join("\n", facts)), "a.xbrl");

    private static string F(string concept, string value, string decimals, string context = "FY", string unit = "JPY") =>
        $"<ex:{concept} contextRef=\"{context}\" unitRef=\"{unit}\" decimals=\"{decimals}\">{value}</ex:{concept}>";

    public static TheoryData<string[], bool> Sums() => new()
    {
        // facts, consistent
        { [F("Total", "900", "INF"), F("A", "600", "INF"), F("B", "400", "INF"), F("C", "100", "INF")], true },
        { [F("Total", "901", "INF"), F("A", "600", "INF"), F("B", "400", "INF"), F("C", "100", "INF")], false },
        // 13,537 million against items in thousands: within what rounding allows.
        { [F("Total", "13537000000", "-6"), F("A", "13536824000", "-3"), F("B", "0", "-3"), F("C", "0", "-3")], true },
        // Three items each rounded to the thousand may be off by 1,500 together, the total by 500 more.
        { [F("Total", "902000", "-3"), F("A", "600000", "-3"), F("B", "400000", "-3"), F("C", "100000", "-3")], true },
        { [F("Total", "902000", "-3"), F("A", "600000", "-3"), F("B", "400000", "-3"), F("C", "100000", "INF")], false },
        { [F("Total", "904000", "-3"), F("A", "600000", "-3"), F("B", "400000", "-3"), F("C", "100000", "-3")], false },
        // The bounds are inclusive: 1,000 known to the thousand stands for [500, 1,500], which meets 1,500 but not 1,501.
        { [F("Total", "1000", "-3"), F("A", "1500", "INF")], true },
        { [F("Total", "1000", "-3"), F("A", "1501", "INF")], false },
    };

    [Theory]
    [MemberData(nameof(Sums))]
    public void A_summation_is_consistent_when_the_intervals_its_decimals_allow_meet(string[] facts, bool consistent)
    {
        var result = XbrlCalculationCheck.Check(Instance(facts), [Sum]);

        result.Bindings.ShouldBe(1);
        if (consistent)
        {
            result.Diagnostics.ShouldBeEmpty();
        }
        else
        {
            var d = result.Diagnostics.ShouldHaveSingleItem();
            d.Code.ShouldBe(XbrlCodes.InconsistentCalculation);
            d.Message.ShouldStartWith("Total in context 'FY'");
            d.Message.Any(char.IsDigit).ShouldBeFalse(d.Message);
            d.Detail.ShouldNotBeNull();
            d.Location!.Line.ShouldBe(9);
        }
    }

    [Fact]
    public void Contexts_and_units_are_matched_by_what_they_say_not_by_id()
    {
        var result = XbrlCalculationCheck.Check(Instance(F("Total", "1000", "INF"), F("A", "999", "INF", context: "FY2")), [Sum]);

        result.Bindings.ShouldBe(1);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(XbrlCodes.InconsistentCalculation);
    }

    [Fact]
    public void Items_in_another_period_or_unit_do_not_bind()
    {
        var result = XbrlCalculationCheck.Check(Instance(F("Total", "1000", "INF"), F("A", "1", "INF", context: "PY"), F("B", "1", "INF", unit: "USD")), [Sum]);

        result.Bindings.ShouldBe(0);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_item_is_nil_unless_the_relationship_or_the_total_says_it_is_unknown()
    {
        var instance = Instance(F("Total", "1000", "INF"), F("A", "600", "INF"), F("B", "300", "INF"));

        XbrlCalculationCheck.Check(instance, [Sum]).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(XbrlCodes.InconsistentCalculation);
        XbrlCalculationCheck.Check(instance, [Sum with { CompleteOnly = true }]).Bindings.ShouldBe(0);
        XbrlCalculationCheck.Check(instance, [Sum], missingIsNil: _ => false).Bindings.ShouldBe(0);
        XbrlCalculationCheck.Check(Instance(F("Total", "1000", "INF"), F("A", "600", "INF"), F("B", "500", "INF"), F("C", "100", "INF")),
            [Sum with { CompleteOnly = true }], missingIsNil: _ => false).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Duplicates_stand_for_the_intersection_of_their_intervals()
    {
        // 1,000 in thousands [500, 1,500] and 1,200 in hundreds [1,150, 1,250]: together [1,150, 1,250].
        var consistent = Instance(F("Total", "1000", "-3"), F("Total", "1200", "-2"), F("A", "1240", "INF"));
        var inconsistent = Instance(F("Total", "1000", "-3"), F("Total", "1200", "-2"), F("A", "1400", "INF"));

        XbrlCalculationCheck.Check(consistent, [Sum]).Diagnostics.ShouldBeEmpty();
        XbrlCalculationCheck.Check(inconsistent, [Sum]).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(XbrlCodes.InconsistentCalculation);
    }

    [Fact]
    public void Duplicates_that_disagree_are_reported_once_and_their_summations_are_not_checked()
    {
        var result = XbrlCalculationCheck.Check(Instance(F("Total", "1000", "-3"), F("Total", "3000", "-3"), F("A", "1000", "INF")), [Sum]);

        result.Bindings.ShouldBe(0);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.InconsistentCalculation);
        d.Message.ShouldBe("Facts of Total in context 'FY' disagree beyond what their decimals allow.");
        d.Related.ShouldHaveSingleItem().Line.ShouldBe(9);
    }

    [Fact]
    public void A_fact_with_digits_beyond_its_decimals_is_reported_and_its_summations_are_not_checked()
    {
        var result = XbrlCalculationCheck.Check(Instance(F("Total", "1000", "INF"), F("A", "1234", "-3")), [Sum]);

        result.Bindings.ShouldBe(0);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(XbrlCodes.ExcessDigits);
        d.Location!.Line.ShouldBe(10);
    }

    [Fact]
    public void Nil_and_non_numeric_facts_take_no_part()
    {
        var result = XbrlCalculationCheck.Check(Instance(F("Total", "1000", "INF"),
            "<ex:A contextRef=\"FY\" unitRef=\"JPY\" xsi:nil=\"true\"/>", "<ex:B contextRef=\"FY\">text</ex:B>"), [Sum]);

        result.Bindings.ShouldBe(0);
        result.Diagnostics.ShouldBeEmpty();
    }
}
