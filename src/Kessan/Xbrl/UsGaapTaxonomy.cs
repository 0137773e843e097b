namespace Kessan.Xbrl;

/// <summary>The US-GAAP taxonomy the package's standard concepts (<c>xbrl: us-gaap:...</c>) come from.</summary>
/// <param name="Prefix">The prefix used in packages and documents.</param>
/// <param name="Namespace">The taxonomy's namespace.</param>
/// <param name="EntryPoint">The schema instances refer to.</param>
/// <param name="ElementsSchema">The schema that declares the taxonomy's elements, which linkbases' locators point into
/// (<c>...#us-gaap_Revenues</c>).</param>
public sealed record UsGaapTaxonomy(string Prefix, string Namespace, string EntryPoint, string ElementsSchema)
{
    /// <summary>The 2012 US-GAAP taxonomy (2012-01-31), standard entry point.</summary>
    public static UsGaapTaxonomy Version2012 { get; } = new("us-gaap", "http://fasb.org/us-gaap/2012-01-31",
        "http://xbrl.fasb.org/us-gaap/2012/entire/us-gaap-entryPoint-std-2012-01-31.xsd",
        "http://xbrl.fasb.org/us-gaap/2012/elts/us-gaap-2012-01-31.xsd");

    /// <summary>The head of the domain of <c>StatementScenarioAxis</c>, its default.</summary>
    public string ScenarioDomain => "ScenarioUnspecifiedDomain";
}
