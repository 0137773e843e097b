using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Xml.Linq;
using Kessan.Model;

namespace Kessan.Xbrl;

/// <summary>
/// How a release package is named in XBRL: each concept's element (its <c>xbrl:</c> name, or an extension
/// element in the company's namespace named after the concept), each axis and member, each unit, the status
/// of targets and forecasts, and the entity; and back again, from an XBRL fact to the package's fact key.
/// <c>docs/xbrl.md</c> states every choice.
/// </summary>
/// <remarks>
/// <para>
/// Axes become explicit dimensions <c>prefix:IdAxis</c> and members <c>prefix:IdMember</c> of the
/// extension namespace; a member id used on two axes is one element. A target or forecast is a fact on
/// <c>us-gaap:StatementScenarioAxis</c>: <c>us-gaap:ScenarioForecastMember</c> for a forecast, the extension
/// member <c>prefix:ScenarioTargetMember</c> for a target; an actual has no scenario member.
/// </para>
/// <para>
/// The entity is identified as the package's <c>company.entity_identifier</c> says (an SEC CIK, a Tokyo Stock
/// Exchange code or an LEI), or else by its Tokyo Stock Exchange securities code in the exchange's own scheme
/// (<c>http://www.tse.or.jp/sicc</c>, the four-character code followed by 0), taken from the package's listings. The extension namespace is the company's web address followed by the fiscal year-end date
/// (<c>http://www.iij.ad.jp/20130331</c>), or a <c>urn:kessan:</c> name when the package gives no address.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class XbrlVocabulary
{
    /// <summary>The file name of the extension schema, next to the instance and the Inline XBRL document.</summary>
    public const string SchemaFileName = "release.xsd";

    /// <summary>The entity identifier scheme of the Tokyo Stock Exchange's securities codes.</summary>
    public const string TseScheme = Model.EntityIdentifier.TseScheme;

    private readonly ReleasePackage package;
    private readonly ImmutableDictionary<string, XName> conceptNames;
    private readonly ImmutableDictionary<XName, string> conceptsByName;
    private readonly ImmutableDictionary<XName, string> axesByName;

    private XbrlVocabulary(ReleasePackage package)
    {
        this.package = package;
        var r = package.Reporting;
        UsGaap = UsGaapTaxonomy.ForYear(Math.Clamp(r.XbrlTaxonomyYear ?? r.CurrentPeriod.End.Year, UsGaapTaxonomy.FirstYear, UsGaapTaxonomy.LastYear));
        var c = package.Company;
        Prefix = c.XbrlPrefix;
        var yearEnd = package.Reporting.CurrentYear.End.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Namespace = c.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? url.TrimEnd('/') + "/" + yearEnd
            : "urn:kessan:" + Prefix + ":" + yearEnd;
        Namespaces =
        [
            ("xbrli", XbrlNamespaces.Xbrli), ("link", XbrlNamespaces.Link), ("xlink", XbrlNamespaces.XLink), ("xbrldi", XbrlNamespaces.Xbrldi),
            ("iso4217", XbrlNamespaces.Iso4217), (UsGaap.Prefix, UsGaap.Namespace),
            .. UsGaap.ScenarioPrefix == UsGaap.Prefix ? [] : new[] { (UsGaap.ScenarioPrefix, XNamespace.Get(UsGaap.ScenarioNamespace)) },
            ("dei", UsGaap.DeiNamespace), (Prefix, Namespace),
        ];
        var problems = new List<string>();
        if (XbrlPrefixes.IsReserved(Prefix) || Prefix is "us-gaap" or "srt" or "dei")
        {
            problems.Add($"The company's XBRL prefix '{Prefix}' is one XBRL documents use for another namespace; choose another xbrl_prefix.");
        }

        // Without an identifier of its own, the company is its Tokyo listing's code, read by the same rule as tse.
        var entity = c.EntityIdentifier ?? c.Listings
            .Where(l => l.Exchange.Contains("Tokyo Stock Exchange", StringComparison.OrdinalIgnoreCase))
            .Select(l => Model.EntityIdentifier.Parse("tse", l.Code, out _))
            .FirstOrDefault(e => e is not null);
        EntityScheme = entity?.Scheme ?? TseScheme;
        EntityIdentifier = entity?.Value ?? "";
        if (entity is null)
        {
            problems.Add("XBRL identifies the company by an identifier the package does not give: add company.entity_identifier "
                + "(scheme cik, tse or lei, and its value), or list a Tokyo Stock Exchange listing with its four-character code.");
        }

        var extension = new List<ExtensionElement>();
        var names = ImmutableDictionary.CreateBuilder<string, XName>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        void Declare(ExtensionElement e, string owner)
        {
            if (owners.TryGetValue(e.Name, out var other))
            {
                problems.Add($"The extension element {Prefix}:{e.Name} would stand for both {other} and {owner}; rename one of them.");
                return;
            }
            owners[e.Name] = owner;
            extension.Add(e);
        }
        foreach (var concept in package.Taxonomy.Concepts)
        {
            var (prefix, local) = concept.XbrlName is { } q ? (q[..q.IndexOf(':', StringComparison.Ordinal)], q[(q.IndexOf(':', StringComparison.Ordinal) + 1)..]) : (Prefix, concept.Id);
            if (prefix == UsGaap.Prefix)
            {
                names[concept.Id] = XNamespace.Get(UsGaap.Namespace) + local;
            }
            else if (prefix == Prefix)
            {
                names[concept.Id] = XNamespace.Get(Namespace) + local;
                Declare(new ExtensionElement(local, ExtensionKind.Concept, concept.Label, concept.Documentation, concept), $"concept '{concept.Id}'");
            }
            else
            {
                problems.Add($"Concept '{concept.Id}' names the element {concept.XbrlName}; Kessan writes {UsGaap.Prefix}: elements ({UsGaap.Namespace}) and the company's own ({Prefix}:).");
            }
        }
        conceptNames = names.ToImmutable();
        // Two concepts named alike are reported above; the first keeps the name.
        conceptsByName = conceptNames.GroupBy(kv => kv.Value).ToImmutableDictionary(g => g.Key, g => g.First().Key);
        foreach (var axis in package.Taxonomy.Axes)
        {
            Declare(new ExtensionElement(axis.Id + "Axis", ExtensionKind.Axis, axis.Label, null, null), $"axis '{axis.Id}'");
        }
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var axis in package.Taxonomy.Axes)
        {
            foreach (var m in axis.Members.Where(m => members.Add(m.Id)))
            {
                Declare(new ExtensionElement(m.Id + "Member", ExtensionKind.Member, m.Label, null, null), $"member '{m.Id}'");
            }
        }
        if (package.Facts.All.Any(f => f.Status == FactStatus.Target))
        {
            Declare(new ExtensionElement(TargetMemberName, ExtensionKind.Member, "Target", "A financial target the company sets itself.", null), "the status 'target'");
        }
        var roots = ImmutableArray.CreateBuilder<XbrlStatementRole>();
        foreach (var statement in package.Statements)
        {
            var heading = string.Concat(statement.Id.Split('-', '_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) + "Abstract";
            Declare(new ExtensionElement(heading, ExtensionKind.Heading, statement.Title, null, null), $"the heading of statement '{statement.Id}'");
            roots.Add(new XbrlStatementRole(statement.Id, statement.Title, Namespace + "/role/" + statement.Id, XNamespace.Get(Namespace) + heading,
                [.. package.Taxonomy.Concepts.Where(c => c.Statements.Contains(statement.Id) && conceptNames.ContainsKey(c.Id)).Select(c => conceptNames[c.Id])]));
        }
        StatementRoles = roots.ToImmutable();
        axesByName = package.Taxonomy.Axes.ToImmutableDictionary(a => Axis(a.Id), a => a.Id);
        Hypercubes = PlanHypercubes(package, Declare);
        ExtensionElements = [.. extension];
        Calculations = [.. package.Taxonomy.Calculations.Where(r => conceptNames.ContainsKey(r.TotalId) && r.Items.All(i => conceptNames.ContainsKey(i.ConceptId)))
            .Select(r => new XbrlCalculation(conceptNames[r.TotalId], [.. r.Items.Select(i => new XbrlCalculationItem(conceptNames[i.ConceptId], i.Weight))],
                r.MissingItems == MissingItems.Unknown))];
        Problem = problems.Count == 0 ? null : string.Join(" ", problems.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The package the vocabulary names.</summary>
    internal ReleasePackage Package => package;

    /// <summary>
    /// One extended link role per statement, in package order: the role of its presentation (its heading, then its concepts in
    /// the order the package defines them) and of the calculations whose totals it presents.
    /// </summary>
    public ImmutableArray<XbrlStatementRole> StatementRoles { get; }

    // A package is immutable, and so is its vocabulary: made once, for the instance, the schema, the Inline XBRL document
    // and whether each can be written, and let go with the package.
    private static readonly ConditionalWeakTable<ReleasePackage, XbrlVocabulary> Made = [];

    /// <summary>The vocabulary of a package.</summary>
    public static XbrlVocabulary For(ReleasePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Made.GetValue(package, p => new XbrlVocabulary(p));
    }

    /// <summary>The US-GAAP taxonomy.</summary>
    /// <remarks>The package's <c>xbrl_taxonomy</c>, else the taxonomy of the year in which the current period ends.</remarks>
    public UsGaapTaxonomy UsGaap { get; }

    /// <summary>The company's prefix (<c>iij</c>).</summary>
    public string Prefix { get; }

    /// <summary>The company's extension namespace.</summary>
    public string Namespace { get; }

    /// <summary>The entity identifier's scheme.</summary>
    public string EntityScheme { get; }

    /// <summary>The entity identifier (a TSE code followed by 0: <c>37740</c>; a CIK of 10 digits); empty when there is none (see <see cref="Problem"/>).</summary>
    public string EntityIdentifier { get; }

    /// <summary>Why the package cannot be written as XBRL (in sentences, without figures), or null when it can.</summary>
    public string? Problem { get; }

    /// <summary>Every element the extension schema declares: concepts in package order, then axes, then members.</summary>
    public ImmutableArray<ExtensionElement> ExtensionElements { get; }

    /// <summary>
    /// The hypercubes of the extension schema's definition linkbase: one for each set of axes that the facts of
    /// some concepts have (a concept's axes are those of all its facts, with the scenario axis when it has a
    /// target or forecast), with those concepts as primary items. Each axis's domain is its default, so a fact
    /// with fewer of the axes (a consolidated total) is valid too. Concepts whose facts have no axes have none.
    /// </summary>
    public ImmutableArray<XbrlHypercube> Hypercubes { get; }

    /// <summary>The package's calculations over XBRL concepts (a missing item of a <c>missing_items: unknown</c>
    /// relationship is unknown, not nil).</summary>
    public ImmutableArray<XbrlCalculation> Calculations { get; }

    /// <summary>
    /// Whether a missing item of a summation counts as nil where <paramref name="instance"/> reports a total,
    /// as the package's own calculation check has it: only where a statement reports the total (an actual,
    /// consolidated fact of one of the periods of a statement presenting it), so its lines are complete.
    /// Elsewhere (segments, targets, periods no statement covers) a missing item is unknown.
    /// </summary>
    public Func<XbrlFact, bool> MissingIsNil(XbrlInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return fact => KeyOf(instance, fact) is { } key && package.IsStatementFact(key);
    }

    /// <summary>The dimension of a fact's status.</summary>
    public XName StatusAxis => XNamespace.Get(UsGaap.ScenarioNamespace) + "StatementScenarioAxis";

    private const string TargetMemberName = "ScenarioTargetMember";

    /// <summary>The prefixes and namespaces documents declare, in a fixed order.</summary>
    public ImmutableArray<(string Prefix, XNamespace Namespace)> Namespaces { get; }

    /// <summary>The element of a concept.</summary>
    /// <exception cref="KeyNotFoundException">The concept is not defined, or its element cannot be written (see <see cref="Problem"/>).</exception>
    public XName Concept(string conceptId) =>
        conceptNames.TryGetValue(conceptId, out var n) ? n : throw new KeyNotFoundException("No XBRL element for concept '" + conceptId + "'.");

    /// <summary>The element of a concept, when it has one that can be written.</summary>
    public bool TryConcept(string conceptId, out XName name) => conceptNames.TryGetValue(conceptId, out name!);

    /// <summary>A name as a QName of the documents (<c>us-gaap:Revenues</c>), with the prefixes of <see cref="Namespaces"/>.</summary>
    /// <exception cref="ArgumentException">The name's namespace has no prefix here.</exception>
    public string QName(XName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (prefix, ns) in Namespaces)
        {
            if (ns == name.Namespace)
            {
                return prefix + ":" + name.LocalName;
            }
        }
        throw new ArgumentException("No prefix is declared for " + name.NamespaceName + ".", nameof(name));
    }

    /// <summary>The dimension of an axis.</summary>
    public XName Axis(string axisId) => XNamespace.Get(Namespace) + (axisId + "Axis");

    /// <summary>The domain member of a member (of any axis).</summary>
    public XName Member(string memberId) => XNamespace.Get(Namespace) + (memberId + "Member");

    /// <summary>The member of <see cref="StatusAxis"/> for a status; null for an actual.</summary>
    public XName? StatusMember(FactStatus status) => status switch
    {
        FactStatus.Forecast => XNamespace.Get(UsGaap.ScenarioNamespace) + "ScenarioForecastMember",
        FactStatus.Target => XNamespace.Get(Namespace) + TargetMemberName,
        _ => null,
    };

    /// <summary>The explicit members of a fact's context: its dimensions in axis order, then its status.</summary>
    public ImmutableArray<XbrlExplicitMember> Members(DimensionSet dimensions, FactStatus status)
    {
        var result = ImmutableArray.CreateBuilder<XbrlExplicitMember>();
        foreach (var d in dimensions.Values)
        {
            result.Add(new XbrlExplicitMember(Axis(d.Axis), Member(d.Member)));
        }
        if (StatusMember(status) is { } s)
        {
            result.Add(new XbrlExplicitMember(StatusAxis, s));
        }
        return result.ToImmutable();
    }

    /// <summary>A unit's id and measures: ISO 4217 currencies, <c>xbrli:shares</c>, a currency per share as a
    /// divide, <c>xbrli:pure</c>, and declared units as measures of the extension namespace.</summary>
    public XbrlUnitMeasures Measures(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Kind switch
        {
            UnitKind.Currency => new(unit.Id, [XbrlNamespaces.Iso4217 + unit.Currency!], []),
            UnitKind.Shares => new("shares", [XbrlNamespaces.Shares], []),
            UnitKind.Pure => new("pure", [XbrlNamespaces.Pure], []),
            // A declared unit id has no '-', so this id cannot be a declared unit's.
            UnitKind.PerShare => new(unit.Currency + "-per-share", [XbrlNamespaces.Iso4217 + unit.Currency!], [XbrlNamespaces.Shares]),
            _ => new(unit.Id, [XNamespace.Get(Namespace) + unit.Id], []),
        };
    }

    /// <summary>
    /// The package fact key an XBRL fact stands for: its concept, period, dimensions, unit and status. Null
    /// when the fact's concept, context, a member or its unit is not one this vocabulary writes.
    /// </summary>
    public FactKey? KeyOf(XbrlInstance instance, XbrlFact fact)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(fact);
        if (!conceptsByName.TryGetValue(fact.Concept, out var conceptId)
            || instance.FindContext(fact.ContextRef) is not { } context
            || instance.FindUnit(fact.UnitRef) is not { } unit
            || UnitIdOf(unit) is not { } unitId)
        {
            return null;
        }
        var status = FactStatus.Actual;
        var dims = new List<DimensionValue>();
        foreach (var m in context.Members)
        {
            if (m.Dimension == StatusAxis)
            {
                var s = Enum.GetValues<FactStatus>().Where(st => StatusMember(st) == m.Member).ToList();
                if (s.Count != 1)
                {
                    return null;
                }
                status = s[0];
                continue;
            }
            if (!axesByName.TryGetValue(m.Dimension, out var axisId) || m.Member.Namespace != XNamespace.Get(Namespace)
                || !m.Member.LocalName.EndsWith("Member", StringComparison.Ordinal)
                || package.Taxonomy.FindAxis(axisId)?.FindMember(m.Member.LocalName[..^"Member".Length]) is not { } member)
            {
                return null;
            }
            dims.Add(new DimensionValue(axisId, member.Id));
        }
        return new FactKey(conceptId, context.Period, DimensionSet.Of(dims), unitId, status);
    }

    private string? UnitIdOf(XbrlUnit unit)
    {
        var n = unit.Numerators;
        var d = unit.Denominators;
        if (n.Length != 1 || d.Length > 1)
        {
            return null;
        }
        var m = n[0];
        if (d.Length == 1)
        {
            return d[0] == XbrlNamespaces.Shares && m.Namespace == XbrlNamespaces.Iso4217 ? m.LocalName + "/share" : null;
        }
        if (m.Namespace == XbrlNamespaces.Iso4217)
        {
            return m.LocalName;
        }
        if (m == XbrlNamespaces.Shares)
        {
            return "shares";
        }
        if (m == XbrlNamespaces.Pure)
        {
            return "pure";
        }
        return m.Namespace == XNamespace.Get(Namespace) && package.Taxonomy.FindUnit(m.LocalName) is { Kind: UnitKind.Declared } ? m.LocalName : null;
    }

    /// <summary>The hypercubes, in order of first concept; declares their tables and the axes' domains as extension elements.</summary>
    private ImmutableArray<XbrlHypercube> PlanHypercubes(ReleasePackage package, Action<ExtensionElement, string> declare)
    {
        var scenario = StatusAxis;
        var statuses = package.Facts.All.Where(f => f.Status != FactStatus.Actual).Select(f => f.Status).Distinct().Order().ToList();
        // The axes each concept's facts have, in taxonomy order (the scenario axis last).
        var axisOrder = package.Taxonomy.Axes.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        // Groups in order of their first concept, by the name of their table.
        var groups = new List<(string Key, List<string> Axes, bool Scenario, List<string> Concepts)>();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var factsByConcept = package.Facts.All.ToLookup(f => f.ConceptId, StringComparer.Ordinal);
        foreach (var concept in package.Taxonomy.Concepts.Where(c => conceptNames.ContainsKey(c.Id)))
        {
            var facts = factsByConcept[concept.Id].ToList();
            var axes = facts.SelectMany(f => f.Dimensions.Values.Select(d => d.Axis)).Distinct(StringComparer.Ordinal)
                .Where(axisOrder.ContainsKey).OrderBy(a => axisOrder[a]).ToList();
            var hasScenario = facts.Any(f => f.Status != FactStatus.Actual);
            if (axes.Count == 0 && !hasScenario)
            {
                continue;
            }
            var key = string.Concat(axes) + (hasScenario ? "StatementScenario" : "");
            if (groupIndex.TryGetValue(key, out var g))
            {
                groups[g].Concepts.Add(concept.Id);
            }
            else
            {
                groupIndex[key] = groups.Count;
                groups.Add((key, axes, hasScenario, [concept.Id]));
            }
        }
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<XbrlHypercube>();
        foreach (var (key, axes, hasScenario, concepts) in groups)
        {
            var table = key + "Table";
            var labels = axes.Select(a => package.Taxonomy.FindAxis(a)!.Label).Concat(hasScenario ? ["Scenario"] : []);
            declare(new ExtensionElement(table, ExtensionKind.Hypercube, string.Join(", ", labels) + " [Table]",
                "The axes the facts of its primary items have; a fact without an axis stands for the axis's domain.", null), $"the table of {string.Join(", ", concepts.Take(3))}");
            var dimensions = ImmutableArray.CreateBuilder<XbrlDimension>();
            foreach (var axisId in axes)
            {
                var axis = package.Taxonomy.FindAxis(axisId)!;
                var domain = XNamespace.Get(Namespace) + (axis.Id + "Domain");
                if (domains.Add(axis.Id))
                {
                    declare(new ExtensionElement(domain.LocalName, ExtensionKind.Domain, axis.Label + " [Domain]", null, null), $"the domain of axis '{axis.Id}'");
                }
                dimensions.Add(new XbrlDimension(Axis(axis.Id), domain, [.. axis.Members.Select(m => Member(m.Id))], domain));
            }
            if (hasScenario)
            {
                var domain = XNamespace.Get(UsGaap.ScenarioNamespace) + UsGaap.ScenarioDomain;
                dimensions.Add(new XbrlDimension(scenario, domain, [.. statuses.Select(s => StatusMember(s)!)], domain));
            }
            result.Add(new XbrlHypercube(XNamespace.Get(Namespace) + table, Namespace + "/role/" + table,
                [.. concepts.Select(c => conceptNames[c])], dimensions.ToImmutable()));
        }
        return result.ToImmutable();
    }

}
