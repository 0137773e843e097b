using System.Xml.Linq;
using Kessan.Tests.Rendering;
using Kessan.Xbrl.Reading;
using Kessan.Model;
using Kessan.Xbrl.Writing;
using Kessan.Xbrl.Checks;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Writing;

/// <summary>release.xbrl of the IIJ sample: Kessan reads it back, and it says exactly what the package's facts say.</summary>
public sealed class XbrlInstanceWriterTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    private const string Path = "release.xbrl";

    private IijSampleRelease.Rendered Release => sample.Independent;

    private XbrlInstance Read() => XbrlInstanceReader.Read(Release.Xbrl, Path);

    [Fact]
    public void Kessan_reads_its_own_instance_back_without_a_problem()
    {
        var instance = Read();

        instance.Diagnostics.ShouldBeEmpty(string.Join(" | ", instance.Diagnostics));
        instance.SchemaRefs.ShouldBe(["http://xbrl.fasb.org/us-gaap/2012/entire/us-gaap-entryPoint-std-2012-01-31.xsd",
            "https://xbrl.sec.gov/dei/2012/dei-2012-01-31.xsd", "release.xsd"]);
        instance.Facts.Length.ShouldBe(Release.Package.Facts.Count + 5, "the package's facts and five cover facts");
    }

    [Fact]
    public void The_cover_facts_state_the_document_type_period_fiscal_focus_and_registrant_in_the_current_period()
    {
        var instance = Read();
        XNamespace dei = "http://xbrl.sec.gov/dei/2012-01-31";

        var cover = instance.Facts.Where(f => f.Concept.Namespace == dei).ToList();

        cover.Select(f => (f.Concept.LocalName, f.Text)).ShouldBe(
        [
            ("DocumentType", "Other"), ("DocumentPeriodEndDate", "2013-03-31"), ("DocumentFiscalYearFocus", "2012"),
            ("DocumentFiscalPeriodFocus", "FY"), ("EntityRegistrantName", "Internet Initiative Japan Inc."),
        ]);
        cover.ShouldAllBe(f => f.ContextRef == "D20120401-20130331" && f.UnitRef == null);
    }

    [Fact]
    public void Every_fact_round_trips_with_its_concept_period_dimensions_unit_status_value_and_decimals()
    {
        var instance = Read();
        var facts = Release.Package.Facts.All.ToDictionary(f => f.Key);
        var seen = new HashSet<FactKey>();

        foreach (var x in instance.Facts.Where(f => f.UnitRef is not null))
        {
            var key = Release.Vocabulary.KeyOf(instance, x);
            key.ShouldNotBeNull(x.ToString());
            facts.TryGetValue(key.Value, out var fact).ShouldBeTrue(key.Value.ToString());
            seen.Add(key.Value).ShouldBeTrue("written twice: " + key);
            x.Concept.ShouldBe(Release.Vocabulary.Concept(fact!.ConceptId));
            x.Value.ShouldBe(fact.Value, key.Value.ToString());
            x.Precision.ShouldBe(fact.Precision, key.Value.ToString());
            x.IsNil.ShouldBeFalse();
        }
        seen.Count.ShouldBe(facts.Count);
    }

    [Fact]
    public void The_package_calculations_hold_in_the_instance_with_calculations_1_1_intervals()
    {
        var instance = Read();

        var result = XbrlCalculationCheck.Check(instance, Release.Vocabulary.Calculations, Release.Vocabulary.MissingIsNil(instance));

        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics.Select(d => d + " " + d.Detail)));
        // Every relationship of the sample binds at least once: the statements report every total.
        result.Bindings.ShouldBeGreaterThanOrEqualTo(Release.Package.Taxonomy.Calculations.Length);
    }

    [Fact]
    public void A_value_changed_in_the_instance_beyond_its_rounding_fails_the_calculation_check_at_its_total()
    {
        // Cost of network services for FY2012, written in yen known to the thousand, moved by ten thousand yen: more than the rounding of the items and their totals allows.
        var fact = Release.Package.Facts.Find("CostOfNetworkServices", Release.Package.Reporting.CurrentYear)!;
        var element = $"<{Release.Vocabulary.QName(Release.Vocabulary.Concept(fact.ConceptId))} contextRef=\"D20120401-20130331\" unitRef=\"JPY\" decimals=\"-3\">";
        var original = element + XbrlTextOf(fact.Value) + "<";
        Release.Xbrl.ShouldContain(original);
        var changed = Release.Xbrl.Replace(original, element + XbrlTextOf(fact.Value + 10_000m) + "<", StringComparison.Ordinal);

        var instance = XbrlInstanceReader.Read(changed, Path);
        var result = XbrlCalculationCheck.Check(instance, Release.Vocabulary.Calculations, Release.Vocabulary.MissingIsNil(instance));

        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(d => d.Code == XbrlCodes.InconsistentCalculation);
        var totals = Release.Package.Taxonomy.Calculations.Where(c => c.Items.Any(i => i.ConceptId == "CostOfNetworkServices"))
            .Select(c => Release.Vocabulary.Concept(c.TotalId).LocalName).ToHashSet(StringComparer.Ordinal);
        result.Diagnostics.ShouldAllBe(d => totals.Any(t => d.Message.StartsWith(t + " in context 'D20120401-20130331'", StringComparison.Ordinal)));
    }

    private static string XbrlTextOf(decimal value) => value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Contexts_are_written_once_each_and_every_context_and_unit_is_used_and_defined()
    {
        var instance = Read();

        instance.Contexts.Select(c => c.Key).ShouldBeUnique();
        instance.Units.Select(u => u.Key).ShouldBeUnique();
        instance.Contexts.Select(c => c.Id).ToHashSet().SetEquals(instance.Facts.Select(f => f.ContextRef)).ShouldBeTrue();
        instance.Units.Select(u => u.Id).ToHashSet().SetEquals(instance.Facts.Where(f => f.UnitRef is not null).Select(f => f.UnitRef!)).ShouldBeTrue();
    }

    [Fact]
    public void The_entity_is_identified_by_its_tokyo_stock_exchange_code()
    {
        var instance = Read();

        instance.Contexts.ShouldAllBe(c => c.Scheme == "http://www.tse.or.jp/sicc" && c.Identifier == "37740");
    }

    [Fact]
    public void A_target_and_a_forecast_have_their_own_contexts_on_the_scenario_axis_and_an_actual_has_none()
    {
        var instance = Read();
        var fy2012End = Period.Instant(new DateOnly(2013, 3, 31));
        var dividends = instance.Facts.Where(f => f.Concept.LocalName == "DividendsPerShareDeclared" && instance.FindContext(f.ContextRef)!.Period == fy2012End).ToList();
        var revenueTarget = instance.Facts.Single(f => f.Concept == Release.Vocabulary.Concept("Revenues") && f.ContextRef == "D20130401-20140331-Target");

        dividends.Count.ShouldBe(2);
        var actual = dividends.Single(f => instance.FindContext(f.ContextRef)!.Segment.IsEmpty);
        var forecast = dividends.Single(f => !instance.FindContext(f.ContextRef)!.Segment.IsEmpty);
        actual.Value.ShouldBe(10m);
        forecast.Value.ShouldBe(8.75m);
        instance.FindContext(forecast.ContextRef)!.Segment.ShouldBe(
            [new XbrlExplicitMember(XName.Get("StatementScenarioAxis", "http://fasb.org/us-gaap/2012-01-31"), XName.Get("ScenarioForecastMember", "http://fasb.org/us-gaap/2012-01-31"))]);
        instance.FindContext(revenueTarget.ContextRef)!.Segment.ShouldBe(
            [new XbrlExplicitMember(XName.Get("StatementScenarioAxis", "http://fasb.org/us-gaap/2012-01-31"), XName.Get("ScenarioTargetMember", "http://www.iij.ad.jp/20130331"))]);
        Release.Vocabulary.KeyOf(instance, forecast)!.Value.Status.ShouldBe(FactStatus.Forecast);
        Release.Vocabulary.KeyOf(instance, revenueTarget)!.Value.Status.ShouldBe(FactStatus.Target);
        revenueTarget.Value.ShouldBe(117_000_000_000m);
        revenueTarget.Precision.ShouldBe(Precision.Millions);
    }

    public static TheoryData<string, string, string> KnownFacts() => new()
    {
        // concept element, context, the fact as written: unit, decimals and value in the unit's base
        { "us-gaap:Revenues", "D20120401-20130331", "unitRef=\"JPY\" decimals=\"-3\">106248486000<" },
        { "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "D20110401-20120331", "unitRef=\"JPY\" decimals=\"-3\">6167434000<" },
        { "iij:LargestShareholderOwnership", "I20130331", "unitRef=\"pure\" decimals=\"3\">0.299<" },
        { "iij:DividendsPerShareDeclared", "I20130331", "unitRef=\"JPY-per-share\" decimals=\"INF\">10<" },
        { "iij:CloudRevenue", "D20130401-20140331-Target", "unitRef=\"JPY\" decimals=\"-9\">10000000000<" },
    };

    [Theory]
    [MemberData(nameof(KnownFacts))]
    public void A_fact_is_written_in_its_element_with_its_unit_its_decimals_and_its_value_in_the_unit_base(string element, string context, string rest)
    {
        Release.Xbrl.ShouldContain($"<{element} contextRef=\"{context}\" {rest}");
    }

    [Fact]
    public void Units_are_currencies_shares_a_divide_for_per_share_pure_and_the_declared_units_in_the_company_namespace()
    {
        var units = Read().Units.ToDictionary(u => u.Id, u => u.Key);
        var iso = "{http://www.xbrl.org/2003/iso4217}";
        var xbrli = "{http://www.xbrl.org/2003/instance}";
        var iij = "{http://www.iij.ad.jp/20130331}";

        units.ShouldBe(new Dictionary<string, string>
        {
            ["JPY"] = iso + "JPY",
            ["JPY-per-share"] = iso + "JPY/" + xbrli + "shares",
            ["shares"] = xbrli + "shares",
            ["pure"] = xbrli + "pure",
            ["contracts"] = iij + "contracts",
            ["Gbps"] = iij + "Gbps",
            ["ATMs"] = iij + "ATMs",
            ["persons"] = iij + "persons",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Dimensions_are_explicit_members_of_the_company_axes_in_the_segment()
    {
        var instance = Read();
        var segment = instance.Facts.First(f => f.ContextRef == "D20120401-20130331-Segment-ATMOperation");
        var context = instance.FindContext(segment.ContextRef)!;

        context.Segment.ShouldBe([new XbrlExplicitMember(XName.Get("SegmentAxis", "http://www.iij.ad.jp/20130331"), XName.Get("ATMOperationMember", "http://www.iij.ad.jp/20130331"))]);
        context.Scenario.ShouldBeEmpty();
        Release.Vocabulary.KeyOf(instance, segment)!.Value.Dimensions.ShouldBe(DimensionSet.Of("Segment", "ATMOperation"));
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes_and_the_file_is_utf8_with_line_feeds()
    {
        var a = XbrlInstanceWriter.WriteUtf8(Release.Package, XbrlVocabulary.For(Release.Package));
        var b = XbrlInstanceWriter.WriteUtf8(Release.Package, XbrlVocabulary.For(Release.Package));

        a.ShouldBe(b);
        a.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        a.ShouldNotContain((byte)'\r');
        a[^1].ShouldBe((byte)'\n');
        System.Text.Encoding.UTF8.GetString(a).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xbrli:xbrl ");
    }

    [Fact]
    public void Each_caller_gets_its_own_bytes_of_the_instance_written_once()
    {
        var vocabulary = XbrlVocabulary.For(Release.Package);
        var first = XbrlInstanceWriter.WriteUtf8(Release.Package, vocabulary);
        var expected = first.ToArray();

        first[0] = (byte)'#';
        var second = XbrlInstanceWriter.WriteUtf8(Release.Package, vocabulary);

        second.ShouldNotBeSameAs(first);
        second.ShouldBe(expected);
    }
}
