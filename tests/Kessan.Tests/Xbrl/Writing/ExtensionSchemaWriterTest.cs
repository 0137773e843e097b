using System.Xml.Linq;
using Kessan.Tests.Rendering;
using Kessan.Xbrl.Reading;
using Kessan.Model;
using Kessan.Xbrl.Checks;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Writing;

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

    private XbrlDefinitionSet Definitions() =>
        XbrlDefinitions.Read(Release.Schema, "release.xsd", new Dictionary<string, XNamespace>
        {
            [Release.Vocabulary.UsGaap.ElementsSchema] = Release.Vocabulary.UsGaap.Namespace,
        });

    [Fact]
    public void The_definition_linkbase_reads_back_as_the_hypercubes_of_the_vocabulary()
    {
        var read = Definitions();

        read.Diagnostics.ShouldBeEmpty(string.Join(" | ", read.Diagnostics));
        read.Hypercubes.ShouldBe(Release.Vocabulary.Hypercubes);
        read.Hypercubes.Select(h => h.Table.LocalName).ShouldContain("SegmentStatementScenarioTable");
        // Every concept with a dimensional fact, or a target or forecast, is a primary item of exactly one hypercube.
        var dimensional = Release.Package.Facts.All.Where(f => !f.Dimensions.IsEmpty || f.Status != FactStatus.Actual)
            .Select(f => Release.Vocabulary.Concept(f.ConceptId)).Distinct().ToList();
        dimensional.ShouldNotBeEmpty();
        dimensional.ShouldAllBe(c => read.Hypercubes.Count(h => h.PrimaryItems.Contains(c)) == 1);
        // Each axis has its domain as its default, and each of its members.
        var segment = read.Hypercubes.SelectMany(h => h.Dimensions).First(d => d.Dimension == Release.Vocabulary.Axis("Segment"));
        segment.Default.ShouldBe(segment.Domain);
        segment.Members.ShouldBe([.. Release.Package.Taxonomy.FindAxis("Segment")!.Members.Select(m => Release.Vocabulary.Member(m.Id))]);
    }

    [Fact]
    public void Every_fact_of_the_instance_and_of_the_inline_document_is_dimensionally_valid()
    {
        var cubes = Definitions().Hypercubes;
        var instance = XbrlInstanceReader.Read(Release.Xbrl, "release.xbrl");
        var inline = InlineXbrlReader.Read(Release.Ixbrl, "release.ixbrl.html");

        XbrlDimensionCheck.Check(instance, cubes).ShouldBeEmpty();
        XbrlDimensionCheck.Check(inline, cubes).ShouldBeEmpty();
        // Revenues is reported consolidated (both axes' defaults), by segment, and as a target: each is valid in one table.
        var revenues = instance.Facts.Where(f => f.Concept.LocalName == "Revenues").Select(f => instance.FindContext(f.ContextRef)!).ToList();
        revenues.ShouldContain(c => c.Segment.IsEmpty);
        revenues.ShouldContain(c => c.Segment.Any(m => m.Dimension == Release.Vocabulary.Axis("Segment")));
        revenues.ShouldContain(c => c.Segment.Any(m => m.Dimension == Release.Vocabulary.StatusAxis));
    }

    [Fact]
    public void A_member_missing_from_its_domain_makes_the_facts_that_use_it_dimensionally_invalid()
    {
        var atm = Release.Vocabulary.Member("ATMOperation");
        var cubes = Definitions().Hypercubes
            .Select(h => h with { Dimensions = [.. h.Dimensions.Select(d => d with { Members = d.Members.Remove(atm) })] }).ToList();
        var instance = XbrlInstanceReader.Read(Release.Xbrl, "release.xbrl");

        var problems = XbrlDimensionCheck.Check(instance, cubes);

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(d => d.Code == XbrlCodes.PrimaryItemDimensionallyInvalid && d.Message.Contains("ATMOperationMember"));
        problems.Length.ShouldBe(instance.Facts.Select(f => (f.Concept, instance.FindContext(f.ContextRef)!))
            .Where(x => x.Item2.Members.Any(m => m.Member == atm)).Distinct().Count());
    }

    [Fact]
    public void Each_hypercube_has_its_own_declared_role_and_the_linkbase_refers_to_every_role_and_arcrole_it_uses()
    {
        var link = XbrlNamespaces.Link;
        var xl = XbrlNamespaces.XLink;
        var schema = Schema();
        var roleTypes = schema.Descendants(link + "roleType").ToDictionary(r => (string)r.Attribute("roleURI")!, r => (string)r.Attribute("id")!);
        var roleRefs = schema.Descendants(link + "roleRef").ToDictionary(r => (string)r.Attribute("roleURI")!, r => (string)r.Attribute(xl + "href")!);
        var arcroleRefs = schema.Descendants(link + "arcroleRef").Select(r => (string)r.Attribute("arcroleURI")!).ToHashSet();
        var links = schema.Descendants(link + "definitionLink").ToList();

        links.Count.ShouldBe(Release.Vocabulary.Hypercubes.Length);
        foreach (var d in links)
        {
            var role = (string)d.Attribute(xl + "role")!;
            roleRefs[role].ShouldBe("release.xsd#" + roleTypes[role]);
            schema.Descendants(link + "roleType").Single(r => (string)r.Attribute("roleURI")! == role).Element(link + "usedOn")!.Value.ShouldBe("link:definitionLink");
            d.Elements(link + "definitionArc").ShouldAllBe(a => arcroleRefs.Contains((string)a.Attribute(xl + "arcrole")!));
        }
        // Each dimension has one default arc in the whole linkbase.
        schema.Descendants(link + "definitionArc").Where(a => (string)a.Attribute(xl + "arcrole")! == XbrlArcroles.DimensionDefault)
            .GroupBy(a => (string)a.Attribute(xl + "from")!).ShouldAllBe(g => g.Count() == 1);
        var elements = Elements();
        foreach (var cube in Release.Vocabulary.Hypercubes)
        {
            ((string?)elements[cube.Table.LocalName].Attribute("substitutionGroup")).ShouldBe("xbrldt:hypercubeItem");
        }
    }

    [Fact]
    public void The_calculation_linkbase_reads_back_and_holds_on_the_instance_and_the_inline_document()
    {
        var read = Definitions();
        var instance = XbrlInstanceReader.Read(Release.Xbrl, "release.xbrl");
        var inline = InlineXbrlReader.Read(Release.Ixbrl, "release.ixbrl.html");

        read.Diagnostics.ShouldBeEmpty(string.Join(" | ", read.Diagnostics));
        read.Calculations.ShouldNotBeEmpty();
        var result = XbrlCalculationCheck.Check(instance, read.Calculations);
        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        result.Bindings.ShouldBeGreaterThan(read.Calculations.Length);
        XbrlCalculationCheck.Check(inline, read.Calculations).Diagnostics.ShouldBeEmpty();
        // Gross profit = revenues - cost of revenues is written; a segment's operating income (reported without its costs) is not a total here.
        read.Calculations.ShouldContain(c => c.Total == Release.Vocabulary.Concept("Revenues"));
    }

    [Fact]
    public void A_calculation_that_does_not_hold_on_the_published_facts_is_left_out_of_the_linkbase()
    {
        var written = Definitions().Calculations.Select(c => c.Total).ToHashSet();
        var instance = XbrlInstanceReader.Read(Release.Xbrl, "release.xbrl");

        // Every package calculation left out would be inconsistent (or bind nowhere) with missing items counted as nil.
        var left = Release.Vocabulary.Calculations.Where(c => !written.Contains(c.Total)).ToList();
        left.ShouldNotBeEmpty();
        foreach (var c in left)
        {
            var asNil = XbrlCalculationCheck.Check(instance, [c with { CompleteOnly = false }]);
            (asNil.Bindings == 0 || !asNil.Diagnostics.IsEmpty).ShouldBeTrue(c.Total.LocalName);
        }
    }

    [Fact]
    public void Each_statement_has_a_presentation_under_its_heading_in_the_order_of_its_concepts()
    {
        var link = XbrlNamespaces.Link;
        var xl = XbrlNamespaces.XLink;
        var schema = Schema();
        var income = Release.Vocabulary.StatementRoles.Single(r => r.StatementId == "income-statement");

        var presentation = schema.Descendants(link + "presentationLink").Single(l => (string)l.Attribute(xl + "role")! == income.Role);
        var arcs = presentation.Elements(link + "presentationArc").ToList();

        arcs.Count.ShouldBe(income.Concepts.Length);
        arcs.Select(a => (string)a.Attribute(xl + "from")!).Distinct().ShouldBe(["loc_iij_IncomeStatementAbstract"]);
        arcs.Select(a => (string)a.Attribute(xl + "to")!).First().ShouldBe("loc_iij_InternetConnectivityCorporateRevenue");
        ((string?)Elements()["IncomeStatementAbstract"].Attribute("abstract")).ShouldBe("true");
        schema.Descendants(link + "roleType").Single(r => (string)r.Attribute("roleURI")! == income.Role).Elements(link + "usedOn").Select(u => u.Value)
            .ShouldBe(["link:presentationLink", "link:calculationLink"]);
        Definitions().PresentationRelationships.ShouldBe(Release.Vocabulary.StatementRoles.Sum(r => r.Concepts.Length));
    }

    [Fact]
    public void A_total_has_one_summation_per_role_and_a_second_decomposition_gets_a_role_of_its_own()
    {
        var link = XbrlNamespaces.Link;
        var xl = XbrlNamespaces.XLink;
        var schema = Schema();
        var calculationLinks = schema.Descendants(link + "calculationLink").ToList();

        // Calculations 1.1 adds up every item of a total in a role: two decompositions in one role would be one wrong sum.
        foreach (var calc in calculationLinks)
        {
            var locators = calc.Elements(link + "loc").ToDictionary(l => (string)l.Attribute(xl + "label")!, l => (string)l.Attribute(xl + "href")!);
            var totals = calc.Elements(link + "calculationArc").GroupBy(a => (string)a.Attribute(xl + "from")!);
            foreach (var total in totals)
            {
                total.Select(a => locators[(string)a.Attribute(xl + "to")!]).ShouldBeUnique();
            }
        }
        // Each summation read back (one per total and role) is exactly one of the package's calculations, never two merged.
        var package = Release.Vocabulary.Calculations.Select(c => c with { CompleteOnly = false }).ToList();
        Definitions().Calculations.ShouldAllBe(c => package.Contains(c));
        var roles = calculationLinks.Select(c => (string)c.Attribute(xl + "role")!).ToList();
        roles.ShouldBeUnique();
        roles.ShouldContain(Release.Vocabulary.Namespace + "/role/income-statement-2");
        schema.Descendants(link + "roleType").Single(r => (string)r.Attribute("roleURI")! == Release.Vocabulary.Namespace + "/role/income-statement-2")
            .Elements(link + "usedOn").Select(u => u.Value).ShouldBe(["link:calculationLink"]);
    }
}
