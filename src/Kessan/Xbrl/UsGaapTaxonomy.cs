using System.Collections.Immutable;
using System.Globalization;

namespace Kessan.Xbrl;

/// <summary>
/// The US-GAAP taxonomy of one year that the package's standard concepts (<c>xbrl: us-gaap:...</c>) come from, with the
/// SEC's cover-page taxonomy (dei) and, from 2018, the SEC reporting taxonomy (srt) that holds the scenario axis.
/// </summary>
/// <param name="Year">The taxonomy's year (2012-2026).</param>
/// <param name="Prefix">The prefix used in packages and documents.</param>
/// <param name="Namespace">The taxonomy's namespace.</param>
/// <param name="EntryPoint">The schema instances refer to.</param>
/// <param name="ElementsSchema">The schema that declares the taxonomy's elements, which linkbases' locators point into
/// (<c>...#us-gaap_Revenues</c>).</param>
/// <remarks>
/// Addresses follow the FASB's and the SEC's publications: until 2021 <c>http://fasb.org/us-gaap/2021-01-31</c> at
/// <c>http://xbrl.fasb.org/us-gaap/2021/elts/us-gaap-2021-01-31.xsd</c>; from 2022 <c>http://fasb.org/us-gaap/2022</c> at
/// <c>https://xbrl.fasb.org/us-gaap/2022/elts/us-gaap-2022.xsd</c>. The statement scenario axis
/// (<c>StatementScenarioAxis</c>, <c>ScenarioForecastMember</c>, <c>ScenarioUnspecifiedDomain</c>) is in us-gaap until
/// 2017 and in srt from 2018. The dei version is the latest the SEC published by the taxonomy's year (2014-01-31 serves
/// 2014-2017). Immutable.
/// </remarks>
public sealed record UsGaapTaxonomy(int Year, string Prefix, string Namespace, string EntryPoint, string ElementsSchema)
{
    /// <summary>The first taxonomy year Kessan writes.</summary>
    public const int FirstYear = Model.ReportingSettings.FirstXbrlTaxonomyYear;

    /// <summary>The last taxonomy year Kessan writes.</summary>
    public const int LastYear = Model.ReportingSettings.LastXbrlTaxonomyYear;

    /// <summary>Every taxonomy Kessan writes, by year.</summary>
    public static ImmutableArray<UsGaapTaxonomy> All { get; } = [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(ForYear)];

    /// <summary>The taxonomy of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year before <see cref="FirstYear"/> or after <see cref="LastYear"/>.</exception>
    public static UsGaapTaxonomy ForYear(int year)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(year), year, FirstYear, LastYear);
        var y = year.ToString(CultureInfo.InvariantCulture);
        return year < 2022
            ? new(year, "us-gaap", $"http://fasb.org/us-gaap/{y}-01-31",
                $"http://xbrl.fasb.org/us-gaap/{y}/entire/us-gaap-entryPoint-std-{y}-01-31.xsd",
                $"http://xbrl.fasb.org/us-gaap/{y}/elts/us-gaap-{y}-01-31.xsd")
            : new(year, "us-gaap", $"http://fasb.org/us-gaap/{y}",
                $"https://xbrl.fasb.org/us-gaap/{y}/entire/us-gaap-entryPoint-std-{y}.xsd",
                $"https://xbrl.fasb.org/us-gaap/{y}/elts/us-gaap-{y}.xsd");
    }

    /// <summary>The prefix of the scenario axis's taxonomy: us-gaap until 2017, srt from 2018.</summary>
    public string ScenarioPrefix => Year < 2018 ? Prefix : "srt";

    /// <summary>The namespace of the scenario axis, its domain and the forecast member.</summary>
    public string ScenarioNamespace => Year < 2018 ? Namespace
        : Year < 2022 ? $"http://fasb.org/srt/{Year}-01-31" : $"http://fasb.org/srt/{Year}";

    /// <summary>The schema that declares the scenario axis.</summary>
    public string ScenarioSchema => Year < 2018 ? ElementsSchema
        : Year < 2022 ? $"http://xbrl.fasb.org/srt/{Year}/elts/srt-{Year}-01-31.xsd" : $"https://xbrl.fasb.org/srt/{Year}/elts/srt-{Year}.xsd";

    /// <summary>The year of the dei taxonomy that goes with this one.</summary>
    private int DeiYear => Year switch
    {
        < 2014 => Year,
        < 2018 => 2014,
        _ => Year,
    };

    /// <summary>The namespace of the SEC's cover-page elements (dei).</summary>
    public string DeiNamespace => DeiYear < 2021 ? $"http://xbrl.sec.gov/dei/{DeiYear}-01-31" : $"http://xbrl.sec.gov/dei/{DeiYear}";

    /// <summary>The schema of the dei elements.</summary>
    public string DeiSchema => DeiYear < 2021
        ? $"https://xbrl.sec.gov/dei/{DeiYear}/dei-{DeiYear}-01-31.xsd"
        : $"https://xbrl.sec.gov/dei/{DeiYear}/dei-{DeiYear}.xsd";

    /// <summary>The head of the domain of <c>StatementScenarioAxis</c>, its default.</summary>
    public string ScenarioDomain => "ScenarioUnspecifiedDomain";
}
