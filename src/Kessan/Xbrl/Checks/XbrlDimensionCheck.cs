using System.Collections.Immutable;
using System.Xml.Linq;
using Kessan.Diagnostics;

namespace Kessan.Xbrl.Checks;

/// <summary>
/// Checks that every fact of an XBRL instance is dimensionally valid against closed segment hypercubes, as
/// XBRL Dimensions 1.0 has it: a fact is valid when one hypercube of its concept gives every dimension of the
/// fact's context the member the context names, and every dimension of the hypercube the context leaves out
/// has a default. A context never names a default explicitly.
/// </summary>
/// <remarks>
/// Kessan is stricter than XBRL Dimensions in one respect: a fact whose concept has no hypercube is valid only
/// without dimensions, since every concept Kessan writes with dimensions has one. Dimensions in a context's
/// scenario are not valid (the hypercubes are on the segment). Each problem is reported once per context and
/// concept, at the first such fact. Stateless and thread-safe.
/// </remarks>
public static class XbrlDimensionCheck
{
    /// <summary>Checks every fact of <paramref name="instance"/>.</summary>
    public static ImmutableArray<Diagnostic> Check(XbrlInstance instance, IReadOnlyList<XbrlHypercube> hypercubes)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(hypercubes);
        var bag = new DiagnosticBag();
        var byConcept = hypercubes.SelectMany(h => h.PrimaryItems.Select(p => (p, h))).ToLookup(x => x.p, x => x.h);
        var defaults = hypercubes.SelectMany(h => h.Dimensions).Where(d => d.Default is not null)
            .Select(d => (d.Dimension, Default: d.Default!)).Distinct().ToList();
        var reported = new HashSet<(XName, string)>();
        foreach (var fact in instance.Facts)
        {
            if (instance.FindContext(fact.ContextRef) is not { } context || !reported.Add((fact.Concept, context.Id)))
            {
                continue;
            }
            var explicitDefault = context.Members.FirstOrDefault(m => defaults.Contains((m.Dimension, m.Member)));
            if (explicitDefault is not null)
            {
                bag.Error(XbrlCodes.DefaultValueUsedInInstance,
                    $"Context '{context.Id}' names the default of {explicitDefault.Dimension.LocalName}, {explicitDefault.Member.LocalName}; a context leaves a dimension's default out.",
                    context.Location);
                continue;
            }
            var cubes = byConcept[fact.Concept].ToList();
            var valid = cubes.Count == 0 ? !context.Members.Any() : context.Scenario.IsEmpty && cubes.Any(h => IsValid(h, context.Segment));
            if (!valid)
            {
                var why = !context.Scenario.IsEmpty ? "its context gives dimensions in the scenario, and the hypercubes are on the segment"
                    : cubes.Count == 0 ? "its concept has no hypercube, so it has no dimensions"
                    : $"no hypercube of its concept ({string.Join(", ", cubes.Select(h => h.Table.LocalName))}) allows {(context.Members.Any() ? string.Join(", ", context.Members.Select(m => m.Dimension.LocalName + "=" + m.Member.LocalName)) : "a context without dimensions")}";
                bag.Error(XbrlCodes.PrimaryItemDimensionallyInvalid, $"The fact {fact.Concept.LocalName} in context '{context.Id}' is not dimensionally valid: {why}.",
                    fact.Location);
            }
        }
        return bag.ToImmutable();
    }

    private static bool IsValid(XbrlHypercube cube, ImmutableArray<XbrlExplicitMember> segment)
    {
        foreach (var m in segment)
        {
            if (cube.Dimensions.FirstOrDefault(d => d.Dimension == m.Dimension) is not { } d || !d.Members.Contains(m.Member))
            {
                return false;
            }
        }
        return cube.Dimensions.All(d => d.Default is not null || segment.Any(m => m.Dimension == d.Dimension));
    }
}
