using System.Xml.Linq;
using Kessan.Model;

namespace Kessan.Xbrl.Writing;

/// <summary>
/// Writes the company's extension schema (<c>release.xsd</c>): an item for each concept without a US-GAAP
/// element, an explicit dimension for each axis, a domain member for each member (and for the target
/// status), and, embedded in the schema, a label linkbase with each element's label and documentation as
/// the package states them. The instance and the Inline XBRL document refer to it next to them.
/// </summary>
/// <remarks>
/// Item types follow the concept's kind: monetary → <c>xbrli:monetaryItemType</c> (with its balance),
/// shares → <c>xbrli:sharesItemType</c>, pure → <c>xbrli:pureItemType</c>, per-share and quantities →
/// <c>xbrli:decimalItemType</c>. Domains and tables are abstract items (tables in
/// <c>xbrldt:hypercubeItem</c>). The embedded definition linkbase has one extended link role per hypercube
/// (<see cref="XbrlVocabulary.Hypercubes"/>), declared in the schema: each primary item <c>all</c> the table
/// (closed, on the segment), the table's dimensions, each dimension's domain and members, and each dimension's
/// default, its domain (once, in the first role that has the dimension). Each statement has a role of its own with a
/// presentation link (its heading, an abstract element titled as the statement, parent of its concepts in the package's order)
/// and a calculation link (Calculations 1.1) of the calculations that hold on the published facts
/// (<see cref="CalculationNetworks"/>). Thread-safe.
/// </remarks>
public static class ExtensionSchemaWriter
{
    private const string LabelRole = "http://www.xbrl.org/2003/role/label";
    private const string DocumentationRole = "http://www.xbrl.org/2003/role/documentation";

    /// <summary>The XBRL Dimensions arcroles the definition linkbase uses, with their ids in the XBRL Dimensions schema.</summary>
    private static readonly (string Id, string Uri)[] DimensionArcroles =
    [
        ("all", XbrlArcroles.All), ("hypercube-dimension", XbrlArcroles.HypercubeDimension), ("dimension-domain", XbrlArcroles.DimensionDomain),
        ("domain-member", XbrlArcroles.DomainMember), ("dimension-default", XbrlArcroles.DimensionDefault),
    ];

    private const string DimensionsSchema = "http://www.xbrl.org/2005/xbrldt-2005.xsd";

    /// <summary>The schema as UTF-8 bytes.</summary>
    public static byte[] WriteUtf8(XbrlVocabulary vocabulary) => XbrlText.Utf8(Document(vocabulary));

    private static XDocument Document(XbrlVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var xs = XbrlNamespaces.Xs;
        var xl = XbrlNamespaces.XLink;
        var link = XbrlNamespaces.Link;
        var prefix = vocabulary.Prefix;
        var labels = new XElement(link + "labelLink", new XAttribute(xl + "type", "extended"), new XAttribute(xl + "role", "http://www.xbrl.org/2003/role/link"));
        foreach (var e in vocabulary.ExtensionElements)
        {
            var id = prefix + "_" + e.Name;
            labels.Add(new XElement(link + "loc", new XAttribute(xl + "type", "locator"), new XAttribute(xl + "href", XbrlVocabulary.SchemaFileName + "#" + id),
                new XAttribute(xl + "label", "loc_" + e.Name)));
            labels.Add(Label("label_" + e.Name, LabelRole, e.Label), Arc(e.Name, "label_" + e.Name));
            if (e.Documentation is { } doc)
            {
                labels.Add(Label("doc_" + e.Name, DocumentationRole, doc), Arc(e.Name, "doc_" + e.Name));
            }
        }
        var cubes = vocabulary.Hypercubes;
        var networks = CalculationNetworks.Of(vocabulary);
        // The statements' roles (presentation and calculation), then calculation roles of their own.
        var roles = vocabulary.StatementRoles.Select(r => (r.Role, r.Title, UsedOn: new[] { "link:presentationLink", "link:calculationLink" }))
            .Concat(networks.Where(n => vocabulary.StatementRoles.All(r => r.Role != n.Role)).Select(n => (n.Role, n.Title, UsedOn: new[] { "link:calculationLink" })))
            .ToList();
        var roleTypes = cubes.Select(h => new XElement(link + "roleType", new XAttribute("roleURI", h.Role), new XAttribute("id", h.Table.LocalName),
            new XElement(link + "definition", "Dimensions: " + string.Join(", ", h.Dimensions.Select(d => d.Dimension.LocalName))),
            new XElement(link + "usedOn", "link:definitionLink")))
            .Concat(roles.Select(r => new XElement(link + "roleType", new XAttribute("roleURI", r.Role), new XAttribute("id", RoleId(r.Role)),
                new XElement(link + "definition", r.Title), r.UsedOn.Select(u => new XElement(link + "usedOn", u)))));
        var linkbase = new XElement(link + "linkbase",
            cubes.Select(h => new XElement(link + "roleRef", new XAttribute("roleURI", h.Role), new XAttribute(xl + "type", "simple"),
                new XAttribute(xl + "href", XbrlVocabulary.SchemaFileName + "#" + h.Table.LocalName))),
            roles.Select(r => new XElement(link + "roleRef", new XAttribute("roleURI", r.Role), new XAttribute(xl + "type", "simple"),
                new XAttribute(xl + "href", XbrlVocabulary.SchemaFileName + "#" + RoleId(r.Role)))),
            cubes.IsEmpty ? null : DimensionArcroles.Select(a => new XElement(link + "arcroleRef", new XAttribute("arcroleURI", a.Uri), new XAttribute(xl + "type", "simple"),
                new XAttribute(xl + "href", DimensionsSchema + "#" + a.Id))),
            networks.IsEmpty ? null : new XElement(link + "arcroleRef", new XAttribute("arcroleURI", XbrlArcroles.SummationItem), new XAttribute(xl + "type", "simple"),
                new XAttribute(xl + "href", XbrlArcroles.SummationItemDeclaration)),
            labels,
            Definitions(vocabulary),
            networks.Select(n => Relationships(vocabulary, "calculation", n.Role, XbrlArcroles.SummationItem,
                n.Calculations.SelectMany(c => c.Items.Select(i => (c.Total, i.Concept, (int?)i.Weight))))),
            vocabulary.StatementRoles.Select(r => Relationships(vocabulary, "presentation", r.Role, XbrlArcroles.ParentChild,
                r.Concepts.Select(c => (r.Heading, c, (int?)null)))));
        var schema = new XElement(xs + "schema",
            XbrlText.Declarations([("xs", xs), ("xbrli", XbrlNamespaces.Xbrli), ("link", link), ("xlink", xl), ("xbrldt", XbrlNamespaces.Xbrldt), (prefix, vocabulary.Namespace)]),
            new XAttribute("targetNamespace", vocabulary.Namespace),
            new XAttribute("elementFormDefault", "qualified"),
            new XAttribute("attributeFormDefault", "unqualified"),
            new XElement(xs + "annotation", new XElement(xs + "appinfo", roleTypes, linkbase)),
            Import(XbrlNamespaces.Xbrli, "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"),
            Import(XbrlNamespaces.Xbrldt, "http://www.xbrl.org/2005/xbrldt-2005.xsd"),
            vocabulary.ExtensionElements.Select(e => Element(e, prefix)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), schema);

        XElement Label(string label, string role, string text) =>
            new(link + "label", new XAttribute(xl + "type", "resource"), new XAttribute(xl + "label", label), new XAttribute(xl + "role", role),
                new XAttribute(XNamespace.Xml + "lang", "en"), text);

        XElement Arc(string name, string to) =>
            new(link + "labelArc", new XAttribute(xl + "type", "arc"), new XAttribute(xl + "arcrole", "http://www.xbrl.org/2003/arcrole/concept-label"),
                new XAttribute(xl + "from", "loc_" + name), new XAttribute(xl + "to", to));

        XElement Import(XNamespace ns, string location) =>
            new(xs + "import", new XAttribute("namespace", ns.NamespaceName), new XAttribute("schemaLocation", location));
    }

    /// <summary>The id of a role's roleType: <c>role-</c> and the last segment of its URI.</summary>
    private static string RoleId(string role) => "role-" + role[(role.LastIndexOf('/') + 1)..];

    /// <summary>Where a locator points: the element's id in the extension schema, the US-GAAP elements schema or the scenario axis's schema.</summary>
    private static string Href(XbrlVocabulary vocabulary, XName name)
    {
        var gaap = vocabulary.UsGaap;
        return name.Namespace == XNamespace.Get(vocabulary.Namespace)
            ? XbrlVocabulary.SchemaFileName + "#" + vocabulary.Prefix + "_" + name.LocalName
            : name.Namespace == XNamespace.Get(gaap.Namespace)
                ? gaap.ElementsSchema + "#" + gaap.Prefix + "_" + name.LocalName
                : gaap.ScenarioSchema + "#" + gaap.ScenarioPrefix + "_" + name.LocalName;
    }

    /// <summary>
    /// A calculation or presentation link of one role: a locator per element, an arc per relationship in the given order
    /// (with its weight for a calculation).
    /// </summary>
    private static XElement Relationships(XbrlVocabulary vocabulary, string kind, string role, string arcrole, IEnumerable<(XName From, XName To, int? Weight)> arcs)
    {
        var xl = XbrlNamespaces.XLink;
        var link = XbrlNamespaces.Link;
        var result = new XElement(link + (kind + "Link"), new XAttribute(xl + "type", "extended"), new XAttribute(xl + "role", role));
        var located = new HashSet<XName>();
        string Loc(XName name)
        {
            var label = "loc_" + vocabulary.QName(name).Replace(':', '_');
            if (located.Add(name))
            {
                result.Add(new XElement(link + "loc", new XAttribute(xl + "type", "locator"), new XAttribute(xl + "href", Href(vocabulary, name)), new XAttribute(xl + "label", label)));
            }
            return label;
        }
        var order = 0;
        foreach (var (from, to, weight) in arcs)
        {
            var (f, t) = (Loc(from), Loc(to));
            result.Add(new XElement(link + (kind + "Arc"), new XAttribute(xl + "type", "arc"), new XAttribute(xl + "arcrole", arcrole),
                new XAttribute(xl + "from", f), new XAttribute(xl + "to", t), new XAttribute("order", ++order),
                weight is { } w ? new XAttribute("weight", w.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null));
        }
        return result;
    }

    /// <summary>One definition link per hypercube.</summary>
    private static IEnumerable<XElement> Definitions(XbrlVocabulary vocabulary)
    {
        var xl = XbrlNamespaces.XLink;
        var link = XbrlNamespaces.Link;
        var defaulted = new HashSet<XName>();
        foreach (var cube in vocabulary.Hypercubes)
        {
            var definition = new XElement(link + "definitionLink", new XAttribute(xl + "type", "extended"), new XAttribute(xl + "role", cube.Role));
            var located = new HashSet<(XName, string)>();
            // A locator's label; "default_" gives the target of a dimension-default arc a label of its own, for the default is
            // usually the domain and XLink allows one arc per pair of labels (the dimension-domain arc has that pair).
            string Loc(XName name, string kind = "")
            {
                var label = "loc_" + kind + vocabulary.QName(name).Replace(':', '_');
                if (located.Add((name, kind)))
                {
                    definition.Add(new XElement(link + "loc", new XAttribute(xl + "type", "locator"), new XAttribute(xl + "href", Href(vocabulary, name)), new XAttribute(xl + "label", label)));
                }
                return label;
            }
            var order = 0;
            void Arc(string arcrole, XName from, XName to, params XAttribute[] extra)
            {
                var (f, t) = (Loc(from), Loc(to, arcrole == XbrlArcroles.DimensionDefault ? "default_" : ""));
                definition.Add(new XElement(link + "definitionArc", new XAttribute(xl + "type", "arc"), new XAttribute(xl + "arcrole", arcrole),
                    new XAttribute(xl + "from", f), new XAttribute(xl + "to", t), new XAttribute("order", ++order), extra));
            }
            foreach (var item in cube.PrimaryItems)
            {
                Arc(XbrlArcroles.All, item, cube.Table,
                    new XAttribute(XbrlNamespaces.Xbrldt + "closed", "true"), new XAttribute(XbrlNamespaces.Xbrldt + "contextElement", "segment"));
            }
            foreach (var d in cube.Dimensions)
            {
                Arc(XbrlArcroles.HypercubeDimension, cube.Table, d.Dimension);
                Arc(XbrlArcroles.DimensionDomain, d.Dimension, d.Domain);
                foreach (var m in d.Members)
                {
                    Arc(XbrlArcroles.DomainMember, d.Domain, m);
                }
                if (d.Default is { } value && defaulted.Add(d.Dimension))
                {
                    Arc(XbrlArcroles.DimensionDefault, d.Dimension, value);
                }
            }
            yield return definition;
        }
    }

    private static XElement Element(ExtensionElement e, string prefix)
    {
        var xi = XbrlNamespaces.Xbrli;
        var (type, substitution, abstractElement) = e.Kind switch
        {
            ExtensionKind.Axis => ("xbrli:stringItemType", "xbrldt:dimensionItem", true),
            ExtensionKind.Member or ExtensionKind.Domain or ExtensionKind.Heading => ("xbrli:stringItemType", "xbrli:item", true),
            ExtensionKind.Hypercube => ("xbrli:stringItemType", "xbrldt:hypercubeItem", true),
            _ => (ItemType(e.Concept!), "xbrli:item", false),
        };
        var periodType = e.Concept is { PeriodType: PeriodType.Instant } ? "instant" : "duration";
        var balance = e.Concept is { ItemType: Model.ItemType.Monetary, Balance: not BalanceType.None } c
            ? new XAttribute(xi + "balance", c.Balance == BalanceType.Debit ? "debit" : "credit")
            : null;
        return new XElement(XbrlNamespaces.Xs + "element",
            new XAttribute("id", prefix + "_" + e.Name),
            new XAttribute("name", e.Name),
            new XAttribute("type", type),
            new XAttribute("substitutionGroup", substitution),
            abstractElement ? new XAttribute("abstract", "true") : null,
            new XAttribute("nillable", "true"),
            new XAttribute(xi + "periodType", periodType),
            balance);
    }

    private static string ItemType(Concept concept) => concept.ItemType switch
    {
        Model.ItemType.Monetary => "xbrli:monetaryItemType",
        Model.ItemType.Shares => "xbrli:sharesItemType",
        Model.ItemType.Pure => "xbrli:pureItemType",
        _ => "xbrli:decimalItemType",
    };
}
