using System.Collections.Immutable;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Ingest;

/// <summary>
/// Reads the concept files a manifest names: concepts with their calculations and roll-forwards, and
/// axes. References (calculation items, statements, units, balance concepts) are resolved after every
/// file is read, so definitions may appear in any order.
/// </summary>
internal sealed partial class TaxonomyReader
{
    private readonly DiagnosticBag bag;
    private readonly FiscalCalendar calendar;
    private readonly IReadOnlySet<string> statementIds;
    private readonly IReadOnlyDictionary<string, Unit> declaredUnits;

    private readonly List<Concept> concepts = [];
    private readonly Dictionary<string, Concept> byId = new(StringComparer.Ordinal);
    private readonly List<RawSum> rawSums = [];
    private readonly List<RawRollForward> rawRollForwards = [];
    private readonly List<(Axis Axis, List<(string Member, string Concept, SourceLocation Location)> BalanceRefs)> axes = [];

    public TaxonomyReader(DiagnosticBag bag, FiscalCalendar calendar, IEnumerable<string> statementIds, IEnumerable<Unit> declaredUnits)
    {
        this.bag = bag;
        this.calendar = calendar;
        this.statementIds = statementIds.ToHashSet(StringComparer.Ordinal);
        this.declaredUnits = declaredUnits.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    public void ReadFile(YamlFile file, YamlMappingNode? root)
    {
        if (root is null)
        {
            return;
        }
        var m = file.Mapping(root, "statements", "period", "type", "concepts", "axes");
        var defaultStatements = ReadStatementList(m);
        var defaultPeriod = m.Choice("period", TaxonomyVocabulary.PeriodTypes);
        var defaultType = m.Choice("type", TaxonomyVocabulary.ItemTypes);
        foreach (var node in m.List("concepts") ?? [])
        {
            var c = file.AsMapping(node, "concept", "id", "label", "doc", "xbrl", "balance", "period", "type", "unit", "sign",
                "share_basis", "role", "statements", "required", "sum", "sums", "missing_items", "rollforward");
            if (c is not null)
            {
                ReadConcept(c, defaultStatements, defaultPeriod, defaultType);
            }
        }
        foreach (var node in m.List("axes") ?? [])
        {
            var a = file.AsMapping(node, "axis", "id", "label", "aggregates", "members");
            if (a is not null)
            {
                ReadAxis(a);
            }
        }
    }

    private ImmutableArray<string>? ReadStatementList(MappingReader m)
    {
        var list = m.StringList("statements");
        if (list is null)
        {
            return null;
        }
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, location) in list)
        {
            if (statementIds.Contains(id))
            {
                result.Add(id);
            }
            else
            {
                bag.Error(DiagnosticCodes.UnknownReference,
                    $"Statement '{id}' is not defined in package.yaml.{Suggestions.Hint(id, statementIds)}", location);
            }
        }
        return result.ToImmutable();
    }

    private void ReadConcept(MappingReader c, ImmutableArray<string>? defaultStatements, PeriodType? defaultPeriod, ItemType? defaultType)
    {
        var id = c.String("id", required: true, context: "a concept")?.Trim();
        var label = c.String("label", required: true, context: id is null ? "a concept" : "concept '" + id + "'");
        var which = id is null ? "A concept" : $"Concept '{id}'";
        var periodType = c.Choice("period", TaxonomyVocabulary.PeriodTypes) ?? defaultPeriod;
        if (periodType is null && !c.Has("period"))
        {
            bag.Error(DiagnosticCodes.MissingKey, $"{which} needs 'period' (instant or duration), here or as the file's default.", c.Location);
        }
        var itemType = c.Choice("type", TaxonomyVocabulary.ItemTypes) ?? defaultType ?? ItemType.Monetary;
        var balance = c.Choice("balance", TaxonomyVocabulary.Balances) ?? BalanceType.None;
        var sign = c.Choice("sign", TaxonomyVocabulary.Signs) ?? SignConstraint.Any;
        var shareBasis = c.Choice("share_basis", TaxonomyVocabulary.ShareBases) ?? ShareBasis.Restated;
        var statements = ReadStatementList(c) ?? defaultStatements ?? [];
        var xbrl = c.String("xbrl")?.Trim();
        if (xbrl is not null && !QNamePattern().IsMatch(xbrl))
        {
            bag.Error(DiagnosticCodes.InvalidValue, "'xbrl' must be a qualified element name such as us-gaap:Revenues.", c.LocationOf("xbrl"));
            xbrl = null;
        }
        ConceptRole? role = c.Has("role") ? c.Choice("role", TaxonomyVocabulary.Roles) : null;
        var unitId = c.String("unit")?.Trim();
        if (itemType == ItemType.Quantity)
        {
            if (unitId is null)
            {
                bag.Error(DiagnosticCodes.MissingKey, $"{which} is a quantity and needs 'unit' (a unit declared in package.yaml).", c.Location);
            }
            else if (!declaredUnits.ContainsKey(unitId))
            {
                bag.Error(DiagnosticCodes.UnknownReference,
                    $"Unit '{unitId}' is not declared in package.yaml.{Suggestions.Hint(unitId, declaredUnits.Keys)}", c.LocationOf("unit"));
                unitId = null;
            }
        }
        else if (unitId is not null)
        {
            bag.Error(DiagnosticCodes.InvalidValue, "'unit' is only for concepts of type quantity; other types take their unit from the type.", c.LocationOf("unit"));
            unitId = null;
        }
        if (balance != BalanceType.None && itemType != ItemType.Monetary)
        {
            bag.Error(DiagnosticCodes.InvalidValue, "'balance' applies to monetary concepts only.", c.LocationOf("balance"));
        }
        var (requirement, requiredPeriods) = ReadRequirement(c);

        if (id is null || label is null || periodType is null)
        {
            return;
        }
        if (!IdPattern().IsMatch(id))
        {
            bag.Error(DiagnosticCodes.InvalidValue, $"Concept id '{id}' must be letters, digits and underscores, starting with a letter.", c.LocationOf("id"));
            return;
        }
        if (byId.TryGetValue(id, out var existing))
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Concept '{id}' is defined twice (first at {existing.Location}).", c.LocationOf("id"),
                related: [existing.Location]);
            return;
        }
        var concept = new Concept
        {
            Id = id,
            Label = label.Trim(),
            Documentation = c.String("doc")?.Trim(),
            Statements = statements,
            Balance = balance,
            PeriodType = periodType.Value,
            ItemType = itemType,
            UnitId = unitId,
            Sign = sign,
            ShareBasis = shareBasis,
            Role = role,
            XbrlName = xbrl,
            Requirement = requirement,
            RequiredPeriods = requiredPeriods,
            Location = c.KeyLocationOf("id"),
        };
        concepts.Add(concept);
        byId[id] = concept;

        var missing = c.Choice("missing_items", TaxonomyVocabulary.MissingItemsChoices) ?? MissingItems.Nil;
        var sum = c.StringList("sum");
        if (sum is not null)
        {
            rawSums.Add(new(id, sum, missing, c.LocationOf("sum")));
        }
        foreach (var node in c.List("sums") ?? [])
        {
            // Each element of 'sums' is one more decomposition of the same total: a list of items.
            if (node is YamlDotNet.RepresentationModel.YamlSequenceNode seq)
            {
                var items = new List<(string, SourceLocation)>();
                foreach (var itemNode in seq.Children)
                {
                    if (c.File.Scalar(itemNode, "sums") is { } text)
                    {
                        items.Add((text.Trim(), c.File.At(itemNode)));
                    }
                }
                rawSums.Add(new(id, items, missing, c.File.At(seq)));
            }
            else
            {
                bag.Error(DiagnosticCodes.InvalidValue, "Each element of 'sums' must be a list of items, such as [A, -B].", c.File.At(node));
            }
        }
        if (sum is null && !c.Has("sums") && c.Has("missing_items"))
        {
            bag.Error(DiagnosticCodes.InvalidValue, "'missing_items' applies to a 'sum' only.", c.LocationOf("missing_items"));
        }
        var roll = c.StringList("rollforward");
        if (roll is not null)
        {
            rawRollForwards.Add(new(id, roll, c.LocationOf("rollforward")));
        }
    }

    private (Requirement, ImmutableArray<Period>) ReadRequirement(MappingReader c)
    {
        if (!c.Has("required"))
        {
            return (Requirement.EveryStatementPeriod, []);
        }
        var node = c.Raw("required", false)!;
        if (node is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return c.Bool("required") switch
            {
                true => (Requirement.EveryStatementPeriod, []),
                false => (Requirement.None, []),
                null => (Requirement.EveryStatementPeriod, []),
            };
        }
        var periods = ImmutableArray.CreateBuilder<Period>();
        foreach (var (text, location) in c.StringList("required") ?? [])
        {
            if (calendar.TryParse(text, out var p))
            {
                periods.Add(p!);
            }
            else
            {
                bag.Error(DiagnosticCodes.InvalidValue, $"'{text}' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, ...).", location);
            }
        }
        return (Requirement.ListedPeriods, periods.ToImmutable());
    }

    private void ReadAxis(MappingReader a)
    {
        var id = a.String("id", required: true, context: "an axis")?.Trim();
        var label = a.String("label", required: true, context: id is null ? "an axis" : "axis '" + id + "'");
        var aggregates = a.Bool("aggregates") ?? false;
        var members = ImmutableArray.CreateBuilder<AxisMember>();
        var refs = new List<(string, string, SourceLocation)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in a.List("members", required: true) ?? [])
        {
            var m = a.File.AsMapping(node, "member", "id", "label", "balance_concept", "balance_weight");
            if (m is null)
            {
                continue;
            }
            var mid = m.String("id", required: true, context: "a member")?.Trim();
            var mlabel = m.String("label", required: true, context: mid is null ? "a member" : "member '" + mid + "'");
            var balanceConcept = m.String("balance_concept")?.Trim();
            var weight = m.Int("balance_weight") ?? 1;
            if (weight is not (1 or -1))
            {
                bag.Error(DiagnosticCodes.InvalidValue, "'balance_weight' must be 1 or -1.", m.LocationOf("balance_weight"));
                weight = 1;
            }
            if (mid is null || mlabel is null)
            {
                continue;
            }
            if (!IdPattern().IsMatch(mid))
            {
                bag.Error(DiagnosticCodes.InvalidValue, $"Member id '{mid}' must be letters, digits and underscores, starting with a letter.", m.LocationOf("id"));
                continue;
            }
            if (!seen.Add(mid))
            {
                bag.Error(DiagnosticCodes.DuplicateId, $"Member '{mid}' appears twice in axis '{id}'.", m.LocationOf("id"));
                continue;
            }
            members.Add(new AxisMember { Id = mid, Label = mlabel.Trim(), BalanceConceptId = balanceConcept, BalanceWeight = weight, Location = m.KeyLocationOf("id") });
            if (balanceConcept is not null)
            {
                refs.Add((mid, balanceConcept, m.LocationOf("balance_concept")));
            }
        }
        if (id is null || label is null)
        {
            return;
        }
        if (!IdPattern().IsMatch(id))
        {
            bag.Error(DiagnosticCodes.InvalidValue, $"Axis id '{id}' must be letters, digits and underscores, starting with a letter.", a.LocationOf("id"));
            return;
        }
        var prior = axes.Find(x => x.Axis.Id == id).Axis;
        if (prior is not null)
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Axis '{id}' is defined twice (first at {prior.Location}).", a.LocationOf("id"), related: [prior.Location]);
            return;
        }
        axes.Add((new Axis { Id = id, Label = label.Trim(), Aggregates = aggregates, Members = members.ToImmutable(), Location = a.KeyLocationOf("id") }, refs));
    }

    /// <summary>Resolves references and builds the taxonomy.</summary>
    public Taxonomy Build()
    {
        CheckUniqueRolesAndXbrlNames();
        var relationships = new RelationshipResolver(bag, byId);
        var calculations = relationships.ResolveSums(rawSums);
        relationships.CheckCycles(calculations);
        var rollForwards = relationships.ResolveRollForwards(rawRollForwards);
        ResolveBalanceConcepts();
        return new Taxonomy([.. concepts], [.. axes.Select(a => a.Axis)], [.. declaredUnits.Values.OrderBy(u => u.Id, StringComparer.Ordinal)],
            calculations, rollForwards);
    }

    private void CheckUniqueRolesAndXbrlNames()
    {
        var roles = new Dictionary<ConceptRole, Concept>();
        var names = new Dictionary<string, Concept>(StringComparer.Ordinal);
        for (var i = 0; i < concepts.Count; i++)
        {
            var c = concepts[i];
            if (c.Role is { } role)
            {
                if (roles.TryGetValue(role, out var holder))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, $"Role '{TaxonomyVocabulary.RoleName(role)}' is already held by concept '{holder.Id}'; each role belongs to one concept.",
                        c.Location, related: [holder.Location]);
                    // The first holder keeps the role: the taxonomy looks concepts up by role.
                    concepts[i] = byId[c.Id] = c with { Role = null };
                }
                else
                {
                    roles[role] = c;
                }
            }
            if (c.XbrlName is { } name)
            {
                if (names.TryGetValue(name, out var other))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, $"XBRL element '{name}' is already used by concept '{other.Id}'.", c.Location, related: [other.Location]);
                }
                else
                {
                    names[name] = c;
                }
            }
        }
    }

    private void ResolveBalanceConcepts()
    {
        foreach (var (axis, refs) in axes)
        {
            foreach (var (member, conceptId, location) in refs)
            {
                if (!byId.TryGetValue(conceptId, out var concept))
                {
                    bag.Error(DiagnosticCodes.UnknownReference,
                        $"Member '{member}' of axis '{axis.Id}' names balance concept '{conceptId}', which is not defined.{Suggestions.Hint(conceptId, byId.Keys)}",
                        location);
                }
                else if (concept.PeriodType != PeriodType.Instant)
                {
                    bag.Error(DiagnosticCodes.MalformedRelationship, $"Balance concept '{conceptId}' must be an instant concept.", location);
                }
            }
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*:[A-Za-z_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex QNamePattern();
}
