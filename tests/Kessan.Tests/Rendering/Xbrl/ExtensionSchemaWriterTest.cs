using System.Xml.Linq;
using Kessan.Ingest.Xbrl;
using Kessan.Model;

namespace Kessan.Tests.Rendering.Xbrl;

/// <summary>release.xsd of the IIJ sample: it declares every extension element the instance uses, with the package's labels.</summary>
public sealed class ExtensionSchemaWriterTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    private static readonly XNamespace Xs = XbrlNamespaces.Xs;

    private IijSampleRelease.Rendered Release => sample.Independent;

    private XElement Schema() => XDocument.Parse(Release.Schema).Root!;

    private Dictionary<string, XElement> Elements() =>
        Schema().Elements(Xs + "element").ToDictionary(e => (string)e.Attribute("name")!, StringComparer.Ordinal);

    [Fact]
    public void The_schema_targets_the_company_namespace_and_imports_xbrl_instance_and_dimensions()
    {
        var schema = Schema();

        schema.Name.ShouldBe(Xs + "schema");
        ((string?)schema.Attribute("targetNamespace")).ShouldBe("http://www.iij.ad.jp/20130331");
        schema.Elements(Xs + "import").Select(i => (string)i.Attribute("namespace")!)
            .ShouldBe(["http://www.xbrl.org/2003/instance", "http://xbrl.org/2005/xbrldt"]);
    }

    [Fact]
    public void Every_element_of_the_company_namespace_in_the_instance_is_declared()
    {
        var instance = XbrlInstanceReader.Read(Release.Xbrl, "release.xbrl");
        var ns = XNamespace.Get(Release.Vocabulary.Namespace);
        var declared = Elements();

        var used = instance.Facts.Select(f => f.Concept)
            .Concat(instance.Contexts.SelectMany(c => c.Members).SelectMany(m => new[] { m.Dimension, m.Member }))
            .Where(n => n.Namespace == ns).Distinct().ToList();

        used.ShouldNotBeEmpty();
        used.ShouldAllBe(n => declared.ContainsKey(n.LocalName));
    }

    [Fact]
    public void Concepts_are_items_with_their_period_type_balance_and_a_type_for_their_kind()
    {
        var elements = Elements();

        foreach (var concept in Release.Package.Taxonomy.Concepts.Where(c => c.XbrlName is null))
        {
            var e = elements[concept.Id];
            ((string?)e.Attribute("id")).ShouldBe("iij_" + concept.Id);
            ((string?)e.Attribute("substitutionGroup")).ShouldBe("xbrli:item");
            ((string?)e.Attribute(XbrlNamespaces.Xbrli + "periodType")).ShouldBe(concept.PeriodType == PeriodType.Instant ? "instant" : "duration");
            ((string?)e.Attribute("type")).ShouldBe(concept.ItemType switch
            {
                ItemType.Monetary => "xbrli:monetaryItemType",
                ItemType.Shares => "xbrli:sharesItemType",
                ItemType.Pure => "xbrli:pureItemType",
                _ => "xbrli:decimalItemType",
            }, concept.Id);
            ((string?)e.Attribute(XbrlNamespaces.Xbrli + "balance")).ShouldBe(concept is { ItemType: ItemType.Monetary, Balance: not BalanceType.None }
                ? concept.Balance.ToString().ToLowerInvariant() : null, concept.Id);
        }
    }

    [Fact]
    public void Axes_are_explicit_dimensions_and_members_abstract_domain_members()
    {
        var elements = Elements();

        foreach (var axis in Release.Package.Taxonomy.Axes)
        {
            ((string?)elements[axis.Id + "Axis"].Attribute("substitutionGroup")).ShouldBe("xbrldt:dimensionItem");
            foreach (var m in axis.Members)
            {
                ((string?)elements[m.Id + "Member"].Attribute("abstract")).ShouldBe("true");
            }
        }
        ((string?)elements["ScenarioTargetMember"].Attribute("substitutionGroup")).ShouldBe("xbrli:item");
    }

    [Fact]
    public void The_embedded_label_linkbase_gives_each_element_its_label_from_the_package()
    {
        var link = XbrlNamespaces.Link;
        var xl = XbrlNamespaces.XLink;
        var labelLink = Schema().Descendants(link + "labelLink").ShouldHaveSingleItem();
        var locs = labelLink.Elements(link + "loc").ToDictionary(l => (string)l.Attribute(xl + "label")!, l => (string)l.Attribute(xl + "href")!);
        var labels = labelLink.Elements(link + "label").ToDictionary(l => (string)l.Attribute(xl + "label")!, l => l);
        var standard = labelLink.Elements(link + "labelArc")
            .Select(a => (From: locs[(string)a.Attribute(xl + "from")!], To: labels[(string)a.Attribute(xl + "to")!]))
            .Where(a => (string?)a.To.Attribute(xl + "role") == "http://www.xbrl.org/2003/role/label")
            .ToDictionary(a => a.From, a => a.To.Value);

        foreach (var concept in Release.Package.Taxonomy.Concepts.Where(c => c.XbrlName is null))
        {
            standard["release.xsd#iij_" + concept.Id].ShouldBe(concept.Label);
        }
        standard["release.xsd#iij_SegmentAxis"].ShouldBe("Operating segment");
        standard["release.xsd#iij_ATMOperationMember"].ShouldBe("ATM operation business");
        standard.Count.ShouldBe(Release.Vocabulary.ExtensionElements.Length);
    }
}
