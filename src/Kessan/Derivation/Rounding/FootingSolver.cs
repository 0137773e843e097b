using System.Collections.Immutable;
using System.Numerics;
using Kessan.Model;

namespace Kessan.Derivation.Rounding;

/// <summary>A displayed figure taking part in footing.</summary>
/// <param name="Id">The figure's id.</param>
/// <param name="Exact">The exact value in steps of its last displayed digit (unrounded).</param>
/// <param name="Independent">The value rounded on its own, in steps (an integer).</param>
/// <param name="Places">
/// How many places of the release show the figure (at least 1): moving it changes that many displayed numbers.
/// </param>
public sealed record FootingVariable(string Id, Rational Exact, BigInteger Independent, int Places = 1);

/// <summary>A displayed sum that must hold: the weighted sum of the variables is zero (the total has weight -1).</summary>
/// <param name="Terms">Variable index and weight (+1 or -1).</param>
/// <param name="Description">The sum as a reader sees it, for the adjustment report.</param>
public sealed record FootingConstraint(ImmutableArray<(int Variable, int Weight)> Terms, string Description)
{
    /// <inheritdoc/>
    public bool Equals(FootingConstraint? other) => other is not null && Description == other.Description && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, Terms.Length);
}

/// <summary>The outcome of footing.</summary>
/// <param name="Deltas">Per variable: -1, 0 or +1 step.</param>
/// <param name="Reasons">Per variable with a delta: the sums that needed it.</param>
/// <param name="Infeasible">Groups of constraints that could not be satisfied within the limits (their variables keep their independent rounding).</param>
/// <param name="NotProvedMinimal">Groups solved by greedy repair after the exact search ran out of budget: every sum holds, but fewer moves might exist.</param>
public sealed record FootingSolution(
    ImmutableArray<int> Deltas,
    ImmutableArray<ImmutableArray<string>> Reasons,
    ImmutableArray<ImmutableArray<string>> Infeasible,
    ImmutableArray<ImmutableArray<string>> NotProvedMinimal)
{
    /// <inheritdoc/>
    public bool Equals(FootingSolution? other) =>
        other is not null && Deltas.SequenceEqual(other.Deltas) && SameGroups(Reasons, other.Reasons)
        && SameGroups(Infeasible, other.Infeasible) && SameGroups(NotProvedMinimal, other.NotProvedMinimal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Deltas.Length, Reasons.Length, Infeasible.Length, NotProvedMinimal.Length);

    private static bool SameGroups(ImmutableArray<ImmutableArray<string>> a, ImmutableArray<ImmutableArray<string>> b) =>
        a.Length == b.Length && a.Zip(b).All(pair => pair.First.SequenceEqual(pair.Second));
}

/// <summary>
/// Controlled rounding. Given figures rounded independently and the sums that must hold between them,
/// moves figures, each by at most one step of its last displayed digit, so that every sum holds, changing
/// the fewest displayed numbers: a figure counts once for each place that shows it
/// (<see cref="FootingVariable.Places"/>), so a figure shown once moves before a headline figure repeated
/// across the release, and with every figure shown once the fewest figures move. Among solutions that change
/// equally few numbers it picks the one whose figures stay closest to their exact values (sum of distances),
/// then the first in figure order: the result is deterministic.
/// </summary>
/// <remarks>
/// The problem splits into groups of sums that share figures; each group is solved exactly by iterative
/// deepening over the numbers changed (IDA*), branching only on figures of a sum that does not yet hold and
/// pruning with an admissible bound: a sum off by r needs r of its figures not yet moved, and sums that share
/// no figure need separate ones, so the total over such sums of their r cheapest figures is a lower bound.
/// When a group is too large for the exact search within its budget, a greedy repair makes every sum hold and
/// the group is reported as not proved minimal. Stateless and thread-safe.
/// </remarks>
public static class FootingSolver
{
    private static readonly Dictionary<int, int> NoDeltas = [];

    /// <summary>The most displayed numbers the exact search may change in one group before greedy repair takes over.</summary>
    public const int MaxPlaces = 256;

    /// <summary>A lower bound that says no moves are left that could make the sums hold.</summary>
    private const int Unreachable = int.MaxValue / 4;

    /// <summary>Search nodes the exact search may visit per group before greedy repair takes over.</summary>
    public const int NodeBudget = 400_000;

    /// <summary>Solves footing for all variables and constraints.</summary>
    public static FootingSolution Solve(IReadOnlyList<FootingVariable> variables, IReadOnlyList<FootingConstraint> constraints)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(constraints);
        if (variables.FirstOrDefault(v => v.Places < 1) is { } shown)
        {
            throw new ArgumentException($"The figure '{shown.Id}' is shown in {shown.Places} places; a figure in footing is shown at least once.", nameof(variables));
        }
        var deltas = new int[variables.Count];
        var reasons = new List<string>[variables.Count];
        var infeasible = new List<ImmutableArray<string>>();
        var greedy = new List<ImmutableArray<string>>();
        foreach (var group in Groups(variables.Count, constraints))
        {
            var solution = SolveGroup(variables, constraints, group);
            if (solution is null)
            {
                solution = Greedy(variables, constraints, group);
                if (solution is null)
                {
                    infeasible.Add([.. group.Select(c => constraints[c].Description)]);
                    continue;
                }
                greedy.Add([.. group.Select(c => constraints[c].Description)]);
            }
            foreach (var (v, d) in solution)
            {
                deltas[v] = d;
                reasons[v] = [.. group.Where(c => constraints[c].Terms.Any(t => t.Variable == v) && Residual(variables, constraints[c], NoDeltas) != 0)
                    .Select(c => constraints[c].Description)];
            }
        }
        return new FootingSolution([.. deltas], [.. reasons.Select(r => r is null ? ImmutableArray<string>.Empty : [.. r])], [.. infeasible], [.. greedy]);
    }

    /// <summary>Groups of constraints connected through shared variables.</summary>
    private static List<List<int>> Groups(int variableCount, IReadOnlyList<FootingConstraint> constraints)
    {
        var parent = Enumerable.Range(0, constraints.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var owner = new int?[variableCount];
        for (var c = 0; c < constraints.Count; c++)
        {
            foreach (var (v, _) in constraints[c].Terms)
            {
                if (owner[v] is { } o)
                {
                    parent[Find(c)] = Find(o);
                }
                else
                {
                    owner[v] = c;
                }
            }
        }
        return [.. Enumerable.Range(0, constraints.Count).GroupBy(Find).Select(g => g.ToList())];
    }

    private static BigInteger Residual(IReadOnlyList<FootingVariable> vars, FootingConstraint c, IReadOnlyDictionary<int, int> deltas)
    {
        var r = BigInteger.Zero;
        foreach (var (v, w) in c.Terms)
        {
            r += w * (vars[v].Independent + deltas.GetValueOrDefault(v));
        }
        return r;
    }

    /// <summary>The exact search; null when it needs more than its budget.</summary>
    private static List<(int Variable, int Delta)>? SolveGroup(IReadOnlyList<FootingVariable> vars, IReadOnlyList<FootingConstraint> constraints, List<int> group)
    {
        var deltas = new Dictionary<int, int>();
        var threshold = LowerBound(vars, constraints, group, deltas);
        if (threshold == 0)
        {
            return [];
        }
        var nodes = 0;
        while (threshold <= MaxPlaces)
        {
            var best = default(List<(int, int)>);
            var bestCost = default(Rational?);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var exhausted = false;
            // The least number of changed places beyond the threshold that some pruned branch could need.
            var next = Unreachable;
            Search(0);
            if (exhausted)
            {
                return null;
            }
            if (best is not null)
            {
                return best;
            }
            if (next >= Unreachable)
            {
                return null;
            }
            threshold = next;

            void Search(int changed)
            {
                if (exhausted || ++nodes > NodeBudget)
                {
                    exhausted = true;
                    return;
                }
                var violated = group.FirstOrDefault(c => Residual(vars, constraints[c], deltas) != 0, -1);
                var bound = violated < 0 ? 0 : LowerBound(vars, constraints, group, deltas);
                if (changed + bound > threshold)
                {
                    next = Math.Min(next, changed + bound);
                    return;
                }
                if (violated < 0)
                {
                    // Every branch cheaper than the threshold was explored in an earlier round: this solution
                    // changes exactly threshold places, as does every other found in this round.
                    var solution = deltas.OrderBy(d => d.Key).Select(d => (d.Key, d.Value)).ToList();
                    var cost = Cost(vars, deltas);
                    if (bestCost is null || cost < bestCost.Value || (cost == bestCost.Value && Earlier(solution, best!)))
                    {
                        best = solution;
                        bestCost = cost;
                    }
                    return;
                }
                var residual = Residual(vars, constraints[violated], deltas);
                foreach (var (v, w) in constraints[violated].Terms.OrderBy(t => t.Variable))
                {
                    if (deltas.ContainsKey(v))
                    {
                        continue;
                    }
                    // Move the figure in the direction that brings this sum back toward zero.
                    deltas[v] = residual.Sign * w > 0 ? -1 : 1;
                    var key = string.Join(",", deltas.OrderBy(x => x.Key).Select(x => $"{x.Key}:{x.Value}"));
                    if (seen.Add(key))
                    {
                        Search(changed + vars[v].Places);
                    }
                    deltas.Remove(v);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A lower bound on the displayed numbers still to change: a sum off by r needs r of its figures not yet
    /// moved, and violated sums that share no figure need separate ones, so each such sum adds the places of its
    /// r figures shown least. <see cref="Unreachable"/> when a sum has fewer figures left than it needs.
    /// </summary>
    private static int LowerBound(IReadOnlyList<FootingVariable> vars, IReadOnlyList<FootingConstraint> constraints, List<int> group, Dictionary<int, int> deltas)
    {
        var used = new HashSet<int>();
        var bound = 0;
        foreach (var (c, r) in group.Select(c => (c, BigInteger.Abs(Residual(vars, constraints[c], deltas))))
                     .Where(x => !x.Item2.IsZero).OrderByDescending(x => x.Item2))
        {
            if (constraints[c].Terms.Any(t => used.Contains(t.Variable)))
            {
                continue;
            }
            foreach (var t in constraints[c].Terms)
            {
                used.Add(t.Variable);
            }
            var free = constraints[c].Terms.Where(t => !deltas.ContainsKey(t.Variable)).Select(t => vars[t.Variable].Places).Order().ToList();
            if (r > free.Count)
            {
                return Unreachable;
            }
            bound += free.Take((int)r).Sum();
            if (bound >= Unreachable)
            {
                return Unreachable;
            }
        }
        return bound;
    }

    /// <summary>
    /// Greedy repair: repeatedly moves the figure (not yet moved) that most reduces the total residual of the
    /// group, preferring the figure shown in the fewest places, then the one that stays closest to its exact
    /// value. Null when it gets stuck.
    /// </summary>
    private static List<(int Variable, int Delta)>? Greedy(IReadOnlyList<FootingVariable> vars, IReadOnlyList<FootingConstraint> constraints, List<int> group)
    {
        var deltas = new Dictionary<int, int>();
        BigInteger Total() => group.Aggregate(BigInteger.Zero, (acc, c) => acc + BigInteger.Abs(Residual(vars, constraints[c], deltas)));
        var total = Total();
        while (!total.IsZero)
        {
            (int Variable, int Delta, BigInteger Total, int Places, Rational Cost)? best = null;
            foreach (var c in group.Where(c => Residual(vars, constraints[c], deltas) != 0))
            {
                var residual = Residual(vars, constraints[c], deltas);
                foreach (var (v, w) in constraints[c].Terms)
                {
                    if (deltas.ContainsKey(v))
                    {
                        continue;
                    }
                    var d = residual.Sign * w > 0 ? -1 : 1;
                    deltas[v] = d;
                    var after = Total();
                    var cost = Cost(vars, deltas);
                    deltas.Remove(v);
                    var places = vars[v].Places;
                    if (best is null || after < best.Value.Total
                        || (after == best.Value.Total && (places < best.Value.Places
                            || (places == best.Value.Places && (cost < best.Value.Cost || (cost == best.Value.Cost && v < best.Value.Variable))))))
                    {
                        best = (v, d, after, places, cost);
                    }
                }
            }
            if (best is null || best.Value.Total >= total)
            {
                return null;
            }
            deltas[best.Value.Variable] = best.Value.Delta;
            total = best.Value.Total;
        }
        return [.. deltas.OrderBy(d => d.Key).Select(d => (d.Key, d.Value))];
    }

    private static Rational Cost(IReadOnlyList<FootingVariable> vars, Dictionary<int, int> deltas)
    {
        var cost = Rational.Zero;
        foreach (var (v, d) in deltas)
        {
            cost += (Rational.FromInteger(vars[v].Independent + d) - vars[v].Exact).Abs() - (Rational.FromInteger(vars[v].Independent) - vars[v].Exact).Abs();
        }
        return cost;
    }

    private static bool Earlier(List<(int Variable, int Delta)> a, List<(int Variable, int Delta)> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i].Variable != b[i].Variable)
            {
                return a[i].Variable < b[i].Variable;
            }
            if (a[i].Delta != b[i].Delta)
            {
                return a[i].Delta < b[i].Delta;
            }
        }
        return a.Count < b.Count;
    }
}
