using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Xbrl.Checks;

/// <summary>
/// The numeric facts of an XBRL instance grouped for <see cref="XbrlCalculationCheck"/>: by concept, context and unit
/// (compared by what they say), each group with the interval its facts stand for. Grouped once, checked against any
/// number of calculations (the calculation linkbase Kessan writes tries each relationship on its own).
/// </summary>
/// <remarks>Immutable once made; thread-safe.</remarks>
public sealed class XbrlCalculationFacts
{
    private readonly Dictionary<GroupKey, Group> groups;
    private readonly Dictionary<XName, List<(GroupKey Key, Group Group)>> byConcept;
    private readonly ImmutableArray<Diagnostic> problems;

    private XbrlCalculationFacts(Dictionary<GroupKey, Group> groups, ImmutableArray<Diagnostic> problems)
    {
        this.groups = groups;
        this.problems = problems;
        byConcept = [];
        foreach (var (key, group) in groups)
        {
            if (!byConcept.TryGetValue(key.Concept, out var list))
            {
                byConcept[key.Concept] = list = [];
            }
            list.Add((key, group));
        }
    }

    /// <summary>The facts of <paramref name="instance"/>, grouped.</summary>
    public static XbrlCalculationFacts Of(XbrlInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var bag = new DiagnosticBag();
        var groups = GroupFacts(instance, bag);
        return new XbrlCalculationFacts(groups, bag.ToImmutable());
    }

    /// <summary>
    /// Checks the facts against <paramref name="calculations"/>, as <see cref="XbrlCalculationCheck.Check"/> does; the
    /// problems of the facts themselves (excess digits, disagreeing duplicates) come first in every result.
    /// </summary>
    public XbrlCalculationResult Check(IEnumerable<XbrlCalculation> calculations, Func<XbrlFact, bool>? missingIsNil = null)
    {
        ArgumentNullException.ThrowIfNull(calculations);
        var bag = new DiagnosticBag();
        bag.AddRange(problems);
        var bindings = 0;
        foreach (var calc in calculations)
        {
            foreach (var (key, total) in byConcept.GetValueOrDefault(calc.Total) ?? [])
            {
                var items = new List<(XbrlCalculationItem Item, Group Group)>();
                foreach (var item in calc.Items)
                {
                    if (groups.TryGetValue(key with { Concept = item.Concept }, out var g))
                    {
                        items.Add((item, g));
                    }
                }
                var complete = items.Count == calc.Items.Length;
                if (items.Count == 0 || (!complete && (calc.CompleteOnly || !(missingIsNil?.Invoke(total.Facts[0]) ?? true))))
                {
                    continue;
                }
                if (items.Any(i => i.Group.Interval is null) || total.Interval is null)
                {
                    // Excess digits or disagreeing duplicates: reported with their facts; the summation has no interval to check.
                    continue;
                }
                bindings++;
                var sum = ValueInterval.Exact(0m);
                foreach (var (item, g) in items)
                {
                    sum += g.Interval!.Value.Scale(item.Weight);
                }
                var totalInterval = total.Interval!.Value;
                if (sum.Intersects(totalInterval))
                {
                    continue;
                }
                var lines = string.Join("; ", items.Select(x => (x.Item.Weight < 0 ? "minus " : "plus ") + x.Group.Concept.LocalName + " " + x.Group.Interval));
                bag.Error(XbrlCodes.InconsistentCalculation,
                    $"{total.Concept.LocalName} in context '{total.Facts[0].ContextRef}' does not equal the weighted sum of its items beyond what the decimals of the facts allow.",
                    total.Facts[0].Location,
                    detail: string.Create(CultureInfo.InvariantCulture, $"total {totalInterval}; items sum to {sum} ({lines})."),
                    related: [.. items.SelectMany(x => x.Group.Facts.Select(f => f.Location))]);
            }
        }
        return new XbrlCalculationResult(bindings, bag.ToImmutable());
    }

    /// <summary>The facts of one concept in one context and unit (compared by what they say).</summary>
    private sealed class Group(XName concept, List<XbrlFact> facts)
    {
        public XName Concept { get; } = concept;

        public List<XbrlFact> Facts { get; } = facts;

        /// <summary>The intersection of the facts' intervals; null when it is empty or a fact has excess digits.</summary>
        public ValueInterval? Interval { get; set; }
    }

    private readonly record struct GroupKey(XName Concept, string Context, string Unit);

    private static Dictionary<GroupKey, Group> GroupFacts(XbrlInstance instance, DiagnosticBag bag)
    {
        var groups = new Dictionary<GroupKey, Group>();
        // What a context or unit says, written once for each (an instance has far fewer of them than facts).
        var keys = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        foreach (var f in instance.Facts)
        {
            if (!f.IsNumeric || f.IsNil || f.Value is null || f.Precision is null
                || instance.FindContext(f.ContextRef) is not { } context || instance.FindUnit(f.UnitRef) is not { } unit)
            {
                continue;
            }
            if (!keys.TryGetValue(context, out var contextKey))
            {
                keys[context] = contextKey = context.Key;
            }
            if (!keys.TryGetValue(unit, out var unitKey))
            {
                keys[unit] = unitKey = unit.Key;
            }
            var key = new GroupKey(f.Concept, contextKey, unitKey);
            if (!groups.TryGetValue(key, out var g))
            {
                groups[key] = g = new Group(f.Concept, []);
            }
            g.Facts.Add(f);
        }
        foreach (var g in groups.Values)
        {
            g.Interval = IntervalOf(g, bag);
        }
        return groups;
    }

    private static ValueInterval? IntervalOf(Group g, DiagnosticBag bag)
    {
        ValueInterval? result = null;
        foreach (var f in g.Facts)
        {
            var precision = f.Precision!.Value;
            if (precision.Round(f.Value!.Value) != f.Value.Value)
            {
                bag.Error(XbrlCodes.ExcessDigits, $"{f.Concept.LocalName} in context '{f.ContextRef}' has digits beyond its decimals.", f.Location,
                    detail: string.Create(CultureInfo.InvariantCulture, $"value {f.Value}, decimals {precision.Decimals}."));
                return null;
            }
            var interval = f.Interval!.Value;
            if (result is { } r && !r.Intersects(interval))
            {
                bag.Error(XbrlCodes.InconsistentCalculation,
                    $"Facts of {f.Concept.LocalName} in context '{f.ContextRef}' disagree beyond what their decimals allow.", f.Location,
                    detail: string.Create(CultureInfo.InvariantCulture, $"{interval} does not meet {r}."),
                    related: [.. g.Facts.Where(x => !ReferenceEquals(x, f)).Select(x => x.Location)]);
                return null;
            }
            result = result is { } prior
                ? ValueInterval.FromBounds(Math.Max(prior.Lower, interval.Lower), Math.Min(prior.Upper, interval.Upper))
                : interval;
        }
        return result;
    }
}
