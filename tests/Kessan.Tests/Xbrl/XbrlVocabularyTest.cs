using System.Xml.Linq;
using Kessan.Model;
using Kessan.Xbrl.Writing;
using Kessan.Testing;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl;

/// <summary>How a package is named in XBRL: elements, dimensions, units, status, entity, and what cannot be named.</summary>
public class XbrlVocabularyTest
{
    // The test package reports the year ended March 31, 2013 and names no taxonomy: the 2013 one is its default.
    private static readonly XNamespace UsGaap = "http://fasb.org/us-gaap/2013-01-31";

    private const string Concepts = """
        period: duration
        concepts:
          - id: Revenues
            label: Revenues
            xbrl: us-gaap:Revenues
            balance: credit
          - id: CloudRevenue
            label: Cloud-related revenues
            doc: Stated approximately by management.
          - id: Backlog
            label: Order backlog
            xbrl: exc:OrderBacklog
            period: instant
        axes:
          - id: Service
            label: Service
            members:
              - {id: Mobile, label: Mobile}
              - {id: Others, label: Others}
          - id: ContractService
            label: Service (contracts)
            members:
              - {id: Mobile, label: Mobile}
        """;

    private const string Listed = "  xbrl_prefix: exc\n  url: http://www.example.com/\n  listings: [{exchange: NASDAQ, code: EXC}, {exchange: Tokyo Stock Exchange First Section, code: \"1234\"}]\n";

    private static ReleasePackage Load(string concepts = Concepts, string company = Listed, string facts = "concept,FY2012\nRevenues,\"1,000\"\n")
    {
        var builder = new PackageBuilder().WithConcepts(concepts).WithFacts(facts);
        return builder.WithManifest(builder.Manifest().Replace("  xbrl_prefix: exc\n", company, StringComparison.Ordinal)).LoadClean();
    }

    [Fact]
    public void A_us_gaap_concept_keeps_its_element_and_the_others_are_extension_elements_of_the_company_namespace()
    {
        var v = XbrlVocabulary.For(Load());
        XNamespace exc = "http://www.example.com/20130331";

        v.Problem.ShouldBeNull();
        v.Namespace.ShouldBe(exc.NamespaceName);
        v.Concept("Revenues").ShouldBe(UsGaap + "Revenues");
        v.Concept("CloudRevenue").ShouldBe(exc + "CloudRevenue");
        v.Concept("Backlog").ShouldBe(exc + "OrderBacklog");
        v.QName(v.Concept("Backlog")).ShouldBe("exc:OrderBacklog");
        v.Axis("Service").ShouldBe(exc + "ServiceAxis");
        v.Member("Mobile").ShouldBe(exc + "MobileMember");
    }

    [Fact]
    public void The_extension_elements_are_the_non_us_gaap_concepts_the_axes_and_each_member_once()
    {
        var v = XbrlVocabulary.For(Load());

        v.ExtensionElements.Select(e => (e.Name, e.Kind)).ShouldBe(
        [
            ("CloudRevenue", ExtensionKind.Concept), ("OrderBacklog", ExtensionKind.Concept),
            ("ServiceAxis", ExtensionKind.Axis), ("ContractServiceAxis", ExtensionKind.Axis),
            ("MobileMember", ExtensionKind.Member), ("OthersMember", ExtensionKind.Member),
            ("BalanceSheetAbstract", ExtensionKind.Heading), ("IncomeStatementAbstract", ExtensionKind.Heading),
            ("EquityAbstract", ExtensionKind.Heading), ("CashFlowsAbstract", ExtensionKind.Heading),
        ]);
        v.ExtensionElements[0].Documentation.ShouldBe("Stated approximately by management.");
    }

    [Fact]
    public void A_target_status_adds_the_target_member_to_the_extension()
    {
        var builder = new PackageBuilder().WithConcepts(Concepts).WithFacts("concept,FY2013\nRevenues,\"2,000\"\n", status: "target");
        var package = builder.WithManifest(builder.Manifest().Replace("  xbrl_prefix: exc\n", Listed, StringComparison.Ordinal)).LoadClean();
        var v = XbrlVocabulary.For(package);

        v.ExtensionElements.ShouldContain(e => e.Name == "ScenarioTargetMember" && e.Kind == ExtensionKind.Member);
        v.StatusMember(FactStatus.Target).ShouldBe(XName.Get("ScenarioTargetMember", v.Namespace));
        v.StatusMember(FactStatus.Forecast).ShouldBe(UsGaap + "ScenarioForecastMember");
        v.StatusMember(FactStatus.Actual).ShouldBeNull();
        v.Members(DimensionSet.Of("Service", "Mobile"), FactStatus.Target).ShouldBe(
        [
            new XbrlExplicitMember(v.Axis("Service"), v.Member("Mobile")),
            new XbrlExplicitMember(UsGaap + "StatementScenarioAxis", XName.Get("ScenarioTargetMember", v.Namespace)),
        ]);
    }

    public static TheoryData<string, string> Entities() => new()
    {
        // listings, the entity identifier
        { "[{exchange: Tokyo Stock Exchange First Section, code: \"3774\"}]", "37740" },
        { "[{exchange: NASDAQ, code: IIJI}, {exchange: Tokyo Stock Exchange, code: \"130A\"}]", "130A0" },
        { "[{exchange: Tokyo Stock Exchange, code: \"37740\"}]", "37740" },
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public void The_entity_is_the_tokyo_stock_exchange_code_followed_by_zero(string listings, string identifier)
    {
        var v = XbrlVocabulary.For(Load(company: $"  xbrl_prefix: exc\n  listings: {listings}\n"));

        v.Problem.ShouldBeNull();
        v.EntityScheme.ShouldBe("http://www.tse.or.jp/sicc");
        v.EntityIdentifier.ShouldBe(identifier);
    }

    [Theory]
    [InlineData("cik", "320193", "http://www.sec.gov/CIK", "0000320193")]
    [InlineData("cik", "0000320193", "http://www.sec.gov/CIK", "0000320193")]
    [InlineData("lei", "HWUPKR0MPOU8FGXBT394", "http://standards.iso.org/iso/17442", "HWUPKR0MPOU8FGXBT394")]
    [InlineData("tse", "3774", "http://www.tse.or.jp/sicc", "37740")]
    public void The_entity_is_the_identifier_the_package_gives_in_its_scheme(string scheme, string value, string uri, string identifier)
    {
        var v = XbrlVocabulary.For(Load(company: $"  xbrl_prefix: exc\n  listings: [{{exchange: NASDAQ, code: EXC}}]\n  entity_identifier: {{scheme: {scheme}, value: \"{value}\"}}\n"));

        v.Problem.ShouldBeNull();
        v.EntityScheme.ShouldBe(uri);
        v.EntityIdentifier.ShouldBe(identifier);
    }

    [Theory]
    [InlineData("cik", "12345678901", "A CIK is 1 to 10 digits")]
    [InlineData("cik", "AAPL", "A CIK is 1 to 10 digits")]
    [InlineData("lei", "HWUPKR0MPOU8FGXBT395", "An LEI is 20 digits and capital letters whose last two are its check digits")]
    [InlineData("tse", "37", "A Tokyo Stock Exchange securities code")]
    [InlineData("edinet", "E05080", "The entity identifier's scheme must be one of cik, tse, lei")]
    public void An_entity_identifier_that_is_not_one_of_its_scheme_is_reported_at_its_value(string scheme, string value, string message)
    {
        var builder = new PackageBuilder().WithConcepts(Concepts).WithFacts("concept,FY2012\nRevenues,1\n");
        var result = builder.WithManifest(builder.Manifest().Replace("  xbrl_prefix: exc\n",
            $"  xbrl_prefix: exc\n  entity_identifier: {{scheme: {scheme}, value: \"{value}\"}}\n", StringComparison.Ordinal)).Load();

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith(message);
    }

    [Fact]
    public void Without_a_web_address_the_namespace_is_a_urn()
    {
        var v = XbrlVocabulary.For(Load(company: "  xbrl_prefix: exc\n  listings: [{exchange: Tokyo Stock Exchange, code: \"1234\"}]\n"));

        v.Namespace.ShouldBe("urn:kessan:exc:20130331");
    }

    public static TheoryData<string, string, string> Problems() => new()
    {
        // concepts, company lines, what the problem names
        { Concepts, "  xbrl_prefix: exc\n  listings: [{exchange: NASDAQ, code: EXC}]\n", "add company.entity_identifier" },
        { Concepts.Replace("xbrl: exc:OrderBacklog", "xbrl: ifrs-full:Backlog", StringComparison.Ordinal), Listed, "Concept 'Backlog' names the element ifrs-full:Backlog" },
        { Concepts.Replace("xbrl: exc:OrderBacklog", "xbrl: exc:CloudRevenue", StringComparison.Ordinal), Listed, "exc:CloudRevenue would stand for both concept 'CloudRevenue' and concept 'Backlog'" },
        { Concepts.Replace("id: Backlog", "id: ServiceAxis", StringComparison.Ordinal).Replace("xbrl: exc:OrderBacklog", "required: false", StringComparison.Ordinal), Listed,
            "exc:ServiceAxis would stand for both concept 'ServiceAxis' and axis 'Service'" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_package_that_cannot_be_named_in_xbrl_says_why_and_the_xbrl_formats_are_unavailable(string concepts, string company, string problem)
    {
        var package = Load(concepts, company);
        var v = XbrlVocabulary.For(package);

        v.Problem.ShouldNotBeNull();
        v.Problem.ShouldContain(problem);
        Should.Throw<InvalidOperationException>(() => XbrlInstanceWriter.Write(package, v)).Message.ShouldBe(v.Problem);
    }

    [Fact]
    public void The_calculations_are_the_package_relationships_over_elements_with_unknown_missing_items_complete_only()
    {
        const string concepts = """
            period: duration
            concepts:
              - id: Revenues
                label: Revenues
                xbrl: us-gaap:Revenues
                balance: credit
              - id: CloudRevenue
                label: Cloud-related revenues
                balance: credit
              - id: Total
                label: Total
                balance: credit
                sum: [Revenues, -CloudRevenue]
              - id: Partial
                label: Partial
                balance: credit
                sum: [Revenues]
                missing_items: unknown
            """;
        var v = XbrlVocabulary.For(Load(concepts));

        v.Problem.ShouldBeNull();
        v.Calculations.Length.ShouldBe(2);
        v.Calculations[0].Total.ShouldBe(XName.Get("Total", v.Namespace));
        v.Calculations[0].Items.ShouldBe([new(UsGaap + "Revenues", 1), new(XName.Get("CloudRevenue", v.Namespace), -1)]);
        v.Calculations[0].CompleteOnly.ShouldBeFalse();
        v.Calculations[1].CompleteOnly.ShouldBeTrue();
    }
}
