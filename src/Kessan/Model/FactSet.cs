using System.Collections.Immutable;

namespace Kessan.Model;

/// <summary>
/// The resolved facts of a package. Duplicates (reports with equal <see cref="FactKey"/>) are merged when
/// they agree and recorded as <see cref="Conflicts"/> when they do not.
/// </summary>
/// <remarks>
/// <para>
/// Duplicates agree, as in XBRL, when their values are equal after rounding each to the least precise
/// precision among them: a balance sheet's 13,536,824 thousand and a summary's 13,537 million agree.
/// The merged fact takes the most precise report's value. A conflicting key keeps its first report's
/// value so that later checks can still run; the conflict itself is reported by validation.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FactSet
{
    // Lookups only, never changed once made (so safe to read from any thread): plain hash tables, faster to make and to
    // ask than immutable trees.
    private readonly Dictionary<(string Concept, Period Period, DimensionSet Dims, FactStatus Status), ImmutableArray<Fact>> index;
    private readonly Dictionary<string, ImmutableArray<Fact>> byConcept;

    private FactSet(ImmutableArray<Fact> facts, ImmutableArray<FactConflict> conflicts)
    {
        All = facts;
        Conflicts = conflicts;
        index = facts.GroupBy(f => (f.ConceptId, f.Period, f.Dimensions, f.Status))
            .ToDictionary(g => g.Key, g => g.ToImmutableArray());
        byConcept = facts.GroupBy(f => f.ConceptId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>An empty fact set.</summary>
    public static FactSet Empty { get; } = new([], []);

    /// <summary>Every resolved fact, in the order its key was first reported.</summary>
    public ImmutableArray<Fact> All { get; }

    /// <summary>Keys whose reports disagree.</summary>
    public ImmutableArray<FactConflict> Conflicts { get; }

    /// <summary>Number of resolved facts.</summary>
    public int Count => All.Length;

    /// <summary>
    /// Merges reported facts. <paramref name="resolveUnit"/> turns a unit id of a report into a unit; the
    /// loader has already checked that every id resolves.
    /// </summary>
    public static FactSet Build(IEnumerable<ReportedFact> reported, Func<string, Unit> resolveUnit)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(resolveUnit);
        var groups = new Dictionary<FactKey, List<ReportedFact>>();
        var order = new List<FactKey>();
        foreach (var r in reported)
        {
            if (!groups.TryGetValue(r.Key, out var list))
            {
                groups[r.Key] = list = [];
                order.Add(r.Key);
            }
            list.Add(r);
        }

        var facts = ImmutableArray.CreateBuilder<Fact>(order.Count);
        var conflicts = ImmutableArray.CreateBuilder<FactConflict>();
        foreach (var key in order)
        {
            var reports = groups[key];
            var chosen = reports[0];
            if (reports.Count > 1)
            {
                if (Agree(reports))
                {
                    foreach (var r in reports)
                    {
                        if (r.Precision > chosen.Precision)
                        {
                            chosen = r;
                        }
                    }
                }
                else
                {
                    conflicts.Add(new FactConflict(key, [.. reports]));
                }
            }
            facts.Add(new Fact
            {
                Key = key,
                Unit = resolveUnit(key.UnitId),
                Value = chosen.Value,
                Precision = chosen.Precision,
                Reports = [.. reports],
            });
        }
        return new FactSet(facts.ToImmutable(), conflicts.ToImmutable());
    }

    /// <summary>
    /// True when the reports agree: equal after rounding each value to the least precise precision among them.
    /// </summary>
    public static bool Agree(IReadOnlyList<ReportedFact> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count < 2)
        {
            return true;
        }
        var least = reports[0].Precision;
        foreach (var r in reports)
        {
            least = Precision.Min(least, r.Precision);
        }
        var first = least.Round(reports[0].Value);
        for (var i = 1; i < reports.Count; i++)
        {
            if (least.Round(reports[i].Value) != first)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The reports that disagree with <paramref name="reference"/> once every report of the group is rounded
    /// to the least precise precision among all of them (not just the pair), so that a disagreement of the
    /// group always shows up as at least one disagreeing report.
    /// </summary>
    public static IEnumerable<ReportedFact> DisagreeingWith(IReadOnlyList<ReportedFact> reports, ReportedFact reference)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(reference);
        var least = reference.Precision;
        foreach (var r in reports)
        {
            least = Precision.Min(least, r.Precision);
        }
        var value = least.Round(reference.Value);
        return reports.Where(r => !ReferenceEquals(r, reference) && least.Round(r.Value) != value);
    }

    /// <summary>
    /// The fact of a concept for a period, dimensions and status, or null. When the same key was reported
    /// in several units the first is returned.
    /// </summary>
    public Fact? Find(string conceptId, Period period, DimensionSet dimensions = default, FactStatus status = FactStatus.Actual) =>
        index.TryGetValue((conceptId, period, dimensions, status), out var list) ? list[0] : null;

    /// <summary>Every fact of a concept, in load order.</summary>
    public ImmutableArray<Fact> ForConcept(string conceptId) =>
        byConcept.TryGetValue(conceptId, out var list) ? list : [];
}
