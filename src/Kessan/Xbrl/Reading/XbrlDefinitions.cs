using System.Collections.Immutable;
using System.Xml.Linq;
using Kessan.Diagnostics;
using Kessan.Utility;

namespace Kessan.Xbrl.Reading;

/// <summary>
/// The hypercubes a schema's embedded definition linkbase states, the calculations of its calculation linkbase, the
/// relationships of its presentation linkbase, and the problems found reading them.
/// </summary>
/// <param name="Hypercubes">The hypercubes, in document order.</param>
/// <param name="Diagnostics">What could not be read, each at its file, line and column.</param>
public sealed record XbrlDefinitionSet(ImmutableArray<XbrlHypercube> Hypercubes, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The calculations (one per total and role), in document order.</summary>
    public ImmutableArray<XbrlCalculation> Calculations { get; init; } = [];

    /// <summary>The number of parent-child relationships of the presentation links.</summary>
    public int PresentationRelationships { get; init; }

    /// <inheritdoc/>
    public bool Equals(XbrlDefinitionSet? other) =>
        other is not null && Hypercubes.SequenceEqual(other.Hypercubes) && Diagnostics.SequenceEqual(other.Diagnostics)
        && Calculations.SequenceEqual(other.Calculations) && PresentationRelationships == other.PresentationRelationships;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Hypercubes.Length, Diagnostics.Length);
}

/// <summary>
/// Reads the dimensional relationships (XBRL Dimensions 1.0) of the definition linkbase embedded in an
/// extension schema, as Kessan writes it: <c>all</c> relationships from primary items to a table (closed, on the
/// segment), the table's dimensions, each dimension's domain and the domain's members (at any depth), and the
/// dimensions' defaults, which hold in every role.
/// </summary>
/// <remarks>
/// Locators resolve into the schema itself (<c>release.xsd#iij_Name</c>, by the element's id) or into one of the
/// external schemas the caller names, whose element ids are the prefix, an underscore and the name
/// (<c>us-gaap_Revenues</c>), as the US-GAAP taxonomy has them. A locator that does not resolve, a custom role
/// without a <c>roleRef</c> or <c>roleType</c>, an arc that names no locator, or an <c>all</c> relationship that is
/// not closed on the segment is reported (<see cref="XbrlCodes.Linkbase"/>) and left out; two arcs of one link with
/// the same from and to labels are reported as <see cref="XbrlCodes.DuplicateArcs"/>. Stateless and thread-safe.
/// </remarks>
public static class XbrlDefinitions
{
    /// <summary>
    /// Reads the hypercubes of a schema; <paramref name="path"/> names the schema in locations and is the file
    /// name its own locators use; <paramref name="externalSchemas"/> maps other schemas' addresses to their namespaces.
    /// </summary>
    public static XbrlDefinitionSet Read(string schemaXml, string path, IReadOnlyDictionary<string, XNamespace> externalSchemas)
    {
        ArgumentNullException.ThrowIfNull(schemaXml);
        ArgumentNullException.ThrowIfNull(externalSchemas);
        Preconditions.CheckNotEmpty(path, nameof(path));
        var bag = new DiagnosticBag();
        var document = XbrlInstanceReader.Parse(schemaXml, path, bag);
        if (document?.Root is not { } root)
        {
            return new XbrlDefinitionSet([], bag.ToImmutable());
        }
        var xs = XbrlNamespaces.Xs;
        var link = XbrlNamespaces.Link;
        var xl = XbrlNamespaces.XLink;
        if (root.Name != xs + "schema")
        {
            bag.Error(XbrlCodes.Syntax, "The document is not an XML schema: its root is not xs:schema.", XbrlInstanceReader.Location(root, path));
            return new XbrlDefinitionSet([], bag.ToImmutable());
        }
        var target = XNamespace.Get((string?)root.Attribute("targetNamespace") ?? "");
        var ids = root.Elements(xs + "element").Where(e => e.Attribute("id") is not null && e.Attribute("name") is not null)
            .GroupBy(e => (string)e.Attribute("id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => target + (string)g.First().Attribute("name")!, StringComparer.Ordinal);
        var fileName = Path.GetFileName(path);
        var appinfo = root.Elements(xs + "annotation").Elements(xs + "appinfo").ToList();
        var roleTypes = appinfo.Elements(link + "roleType").Select(r => (string?)r.Attribute("roleURI")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var linkbases = appinfo.Elements(link + "linkbase").ToList();
        var roleRefs = linkbases.Elements(link + "roleRef").Select(r => (string?)r.Attribute("roleURI")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var arcroleRefs = linkbases.Elements(link + "arcroleRef").Select(r => (string?)r.Attribute("arcroleURI")).OfType<string>().ToHashSet(StringComparer.Ordinal);

        XName? Resolve(string href)
        {
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            if (hash <= 0)
            {
                return null;
            }
            var (file, id) = (href[..hash], href[(hash + 1)..]);
            if (file == fileName)
            {
                return ids.TryGetValue(id, out var own) ? own : null;
            }
            var underscore = id.IndexOf('_', StringComparison.Ordinal);
            return externalSchemas.TryGetValue(file, out var ns) && underscore > 0 && underscore < id.Length - 1 ? ns + id[(underscore + 1)..] : null;
        }

        // Every relationship by role and arcrole, in document order.
        var arcs = ReadLinks("definition");
        var calculationArcs = ReadLinks("calculation");
        var presentationArcs = ReadLinks("presentation");

        List<(string Role, string Arcrole, XName From, XName To, XElement Arc)> ReadLinks(string kind)
        {
            var found = new List<(string Role, string Arcrole, XName From, XName To, XElement Arc)>();
            foreach (var definition in linkbases.Elements(link + (kind + "Link")))
            {
                var role = (string?)definition.Attribute(xl + "role") ?? "";
                if (role != "http://www.xbrl.org/2003/role/link" && (!roleRefs.Contains(role) || !roleTypes.Contains(role)))
                {
                    bag.Error(XbrlCodes.Linkbase, $"The {kind} link's role {role} has no roleRef and roleType in the schema.", XbrlInstanceReader.Location(definition, path));
                    continue;
                }
                var locators = new Dictionary<string, XName>(StringComparer.Ordinal);
                foreach (var loc in definition.Elements(link + "loc"))
                {
                    var href = (string?)loc.Attribute(xl + "href") ?? "";
                    if (Resolve(href) is { } name)
                    {
                        locators[(string?)loc.Attribute(xl + "label") ?? ""] = name;
                    }
                    else
                    {
                        bag.Error(XbrlCodes.Linkbase, $"The locator {href} points to no element declared here or in a schema the linkbase knows.", XbrlInstanceReader.Location(loc, path));
                    }
                }
                var pairs = new HashSet<(string From, string To)>();
                foreach (var arc in definition.Elements(link + (kind + "Arc")))
                {
                    var arcrole = (string?)arc.Attribute(xl + "arcrole") ?? "";
                    var (from, to) = ((string?)arc.Attribute(xl + "from") ?? "", (string?)arc.Attribute(xl + "to") ?? "");
                    if (!pairs.Add((from, to)))
                    {
                        bag.Error(XbrlCodes.DuplicateArcs,
                            $"Another arc of this link goes from '{from}' to '{to}' too; XLink allows one arc per pair of labels in an extended link (a second relationship needs another locator label or another link).",
                            XbrlInstanceReader.Location(arc, path));
                    }
                    if (!locators.TryGetValue(from, out var f) || !locators.TryGetValue(to, out var t))
                    {
                        bag.Error(XbrlCodes.Linkbase, $"The arc from '{from}' to '{to}' names a locator this link does not have.", XbrlInstanceReader.Location(arc, path));
                        continue;
                    }
                    if (!arcroleRefs.Contains(arcrole) && arcrole is not (XbrlArcroles.ParentChild or XbrlArcroles.SummationItem21))
                    {
                        bag.Error(XbrlCodes.Linkbase, $"The arcrole {arcrole} has no arcroleRef in the linkbase.", XbrlInstanceReader.Location(arc, path));
                        continue;
                    }
                    if (arcrole == XbrlArcroles.All && ((string?)arc.Attribute(XbrlNamespaces.Xbrldt + "closed") != "true" || (string?)arc.Attribute(XbrlNamespaces.Xbrldt + "contextElement") != "segment"))
                    {
                        bag.Error(XbrlCodes.Linkbase, $"The hypercube {t.LocalName} of {f.LocalName} is not closed on the segment; Kessan reads only closed segment hypercubes.",
                            XbrlInstanceReader.Location(arc, path));
                        continue;
                    }
                    found.Add((role, arcrole, f, t, arc));
                }
            }
            return found;
        }

        var defaults = new Dictionary<XName, XName>();
        foreach (var a in arcs.Where(a => a.Arcrole == XbrlArcroles.DimensionDefault))
        {
            if (defaults.TryGetValue(a.From, out var other) && other != a.To)
            {
                bag.Error(XbrlCodes.Linkbase, $"The dimension {a.From.LocalName} has two defaults, {other.LocalName} and {a.To.LocalName}.", XbrlInstanceReader.Location(a.Arc, path));
                continue;
            }
            defaults[a.From] = a.To;
        }
        var cubes = ImmutableArray.CreateBuilder<XbrlHypercube>();
        foreach (var group in arcs.Where(a => a.Arcrole == XbrlArcroles.All).GroupBy(a => (a.Role, a.To)))
        {
            var (role, table) = group.Key;
            var dimensions = ImmutableArray.CreateBuilder<XbrlDimension>();
            foreach (var hd in arcs.Where(a => a.Role == role && a.Arcrole == XbrlArcroles.HypercubeDimension && a.From == table))
            {
                var domain = arcs.FirstOrDefault(a => a.Role == role && a.Arcrole == XbrlArcroles.DimensionDomain && a.From == hd.To).To;
                if (domain is null)
                {
                    bag.Error(XbrlCodes.Linkbase, $"The dimension {hd.To.LocalName} of {table.LocalName} has no domain in its role.", XbrlInstanceReader.Location(hd.Arc, path));
                    continue;
                }
                dimensions.Add(new XbrlDimension(hd.To, domain, Members(role, domain), defaults.GetValueOrDefault(hd.To)));
            }
            cubes.Add(new XbrlHypercube(table, role, [.. group.Select(a => a.From).Distinct()], dimensions.ToImmutable()));
        }
        var calculations = ImmutableArray.CreateBuilder<XbrlCalculation>();
        foreach (var group in calculationArcs.Where(a => a.Arcrole == XbrlArcroles.SummationItem).GroupBy(a => (a.Role, a.From)))
        {
            var items = ImmutableArray.CreateBuilder<XbrlCalculationItem>();
            foreach (var a in group)
            {
                var weight = ((string?)a.Arc.Attribute("weight"))?.Trim();
                if (weight is "1" or "1.0" or "-1" or "-1.0")
                {
                    items.Add(new XbrlCalculationItem(a.To, weight[0] == '-' ? -1 : 1));
                }
                else
                {
                    bag.Error(XbrlCodes.Linkbase, $"The summation-item arc from {a.From.LocalName} to {a.To.LocalName} has weight '{weight}'; Kessan reads weights 1 and -1.",
                        XbrlInstanceReader.Location(a.Arc, path));
                }
            }
            calculations.Add(new XbrlCalculation(group.Key.From, items.ToImmutable(), CompleteOnly: false));
        }
        foreach (var a in calculationArcs.Where(a => a.Arcrole != XbrlArcroles.SummationItem))
        {
            bag.Error(XbrlCodes.Linkbase, $"The calculation arc's arcrole {a.Arcrole} is not Calculations 1.1's summation-item ({XbrlArcroles.SummationItem}).",
                XbrlInstanceReader.Location(a.Arc, path));
        }
        return new XbrlDefinitionSet(cubes.ToImmutable(), bag.ToImmutable())
        {
            Calculations = calculations.ToImmutable(),
            PresentationRelationships = presentationArcs.Count(a => a.Arcrole == XbrlArcroles.ParentChild),
        };

        // The members under a domain in a role, depth first, each once.
        ImmutableArray<XName> Members(string role, XName domain)
        {
            var result = new List<XName>();
            var seen = new HashSet<XName> { domain };
            void Walk(XName parent)
            {
                foreach (var m in arcs.Where(a => a.Role == role && a.Arcrole == XbrlArcroles.DomainMember && a.From == parent).Select(a => a.To))
                {
                    if (seen.Add(m))
                    {
                        result.Add(m);
                        Walk(m);
                    }
                }
            }
            Walk(domain);
            return [.. result];
        }
    }
}
