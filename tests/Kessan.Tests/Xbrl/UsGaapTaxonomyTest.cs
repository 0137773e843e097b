using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl;

/// <summary>The addresses of each year's US-GAAP, SRT and dei taxonomies follow the FASB's and the SEC's publications.</summary>
public sealed class UsGaapTaxonomyTest
{
    [Fact]
    public void A_year_before_2018_has_dated_addresses_and_the_scenario_axis_in_us_gaap()
    {
        var t = UsGaapTaxonomy.ForYear(2012);

        t.Namespace.ShouldBe("http://fasb.org/us-gaap/2012-01-31");
        t.EntryPoint.ShouldBe("http://xbrl.fasb.org/us-gaap/2012/entire/us-gaap-entryPoint-std-2012-01-31.xsd");
        t.ElementsSchema.ShouldBe("http://xbrl.fasb.org/us-gaap/2012/elts/us-gaap-2012-01-31.xsd");
        (t.ScenarioPrefix, t.ScenarioNamespace, t.ScenarioSchema).ShouldBe(("us-gaap", t.Namespace, t.ElementsSchema));
        (t.DeiNamespace, t.DeiSchema).ShouldBe(("http://xbrl.sec.gov/dei/2012-01-31", "https://xbrl.sec.gov/dei/2012/dei-2012-01-31.xsd"));
        UsGaapTaxonomy.ForYear(2016).DeiNamespace.ShouldBe("http://xbrl.sec.gov/dei/2014-01-31");
    }

    [Fact]
    public void From_2018_the_scenario_axis_is_in_srt()
    {
        var t = UsGaapTaxonomy.ForYear(2019);

        t.Namespace.ShouldBe("http://fasb.org/us-gaap/2019-01-31");
        (t.ScenarioPrefix, t.ScenarioNamespace).ShouldBe(("srt", "http://fasb.org/srt/2019-01-31"));
        t.ScenarioSchema.ShouldBe("http://xbrl.fasb.org/srt/2019/elts/srt-2019-01-31.xsd");
        t.DeiNamespace.ShouldBe("http://xbrl.sec.gov/dei/2019-01-31");
    }

    [Fact]
    public void From_2022_namespaces_name_the_year_alone_and_schemas_are_https()
    {
        var t = UsGaapTaxonomy.ForYear(2022);

        t.Namespace.ShouldBe("http://fasb.org/us-gaap/2022");
        t.EntryPoint.ShouldBe("https://xbrl.fasb.org/us-gaap/2022/entire/us-gaap-entryPoint-std-2022.xsd");
        t.ElementsSchema.ShouldBe("https://xbrl.fasb.org/us-gaap/2022/elts/us-gaap-2022.xsd");
        (t.ScenarioNamespace, t.ScenarioSchema).ShouldBe(("http://fasb.org/srt/2022", "https://xbrl.fasb.org/srt/2022/elts/srt-2022.xsd"));
        (t.DeiNamespace, t.DeiSchema).ShouldBe(("http://xbrl.sec.gov/dei/2022", "https://xbrl.sec.gov/dei/2022/dei-2022.xsd"));
        UsGaapTaxonomy.ForYear(2021).DeiNamespace.ShouldBe("http://xbrl.sec.gov/dei/2021");
    }

    [Fact]
    public void Years_outside_those_kessan_writes_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => UsGaapTaxonomy.ForYear(2011));
        Should.Throw<ArgumentOutOfRangeException>(() => UsGaapTaxonomy.ForYear(2027));
        UsGaapTaxonomy.All.Length.ShouldBe(15);
    }
}
