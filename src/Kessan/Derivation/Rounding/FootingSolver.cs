using System.Collections.Immutable;
using System.Numerics;

namespace Kessan.Derivation.Rounding;

/// <summary>A displayed figure taking part in footing.</summary>
/// <param name="Id">The figure's id.</param>
/// <param name="Exact">The exact value in steps of its last displayed digit (unrounded).</param>
/// <param name="Independent">The value rounded on its own, in steps (an integer).</param>
public sealed record FootingVariable(string Id, Rational Exact, BigInteger Independent);

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
public sealed record FootingSolution(ImmutableArray<int> Deltas, ImmutableArray<ImmutableArray<string>> Reasons, ImmutableArray<ImmutableArray<string>> Infeasible);

/// <summary>
/// Controlled rounding. Given figures rounded independently and the sums that must hold between them,
/// moves the fewest figures, each by at most one step of its last displayed digit, so that every sum
/// holds. Among solutions with the fewest moves it picks the one whose figures stay closest to their exact
/// values (sum of distances), then the first in figure order: the result is deterministic.
/// </summary>
/// <remarks>
/// The problem splits into groups of sums that share figures; each group is solved by iterative
/// deepening over the number of moves, branching only on figures of a sum that does not yet hold.
/// Stateless and thread-safe.
/// </remarks>
public static class FootingSolver
{
    private static readonly Dictionary<int, int> NoDeltas = [];

    /// <summary>The most figures one group may move before footing gives up on it.</summary>
    public const int MaxMoves = 8;

    /// <summary>Solves footing for all variables and constraints.</summary>
    public static FootingSolution Solve(IReadOnlyList<FootingVariable> variables, IReadOnlyList<FootingConstraint> constraints)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(constraints);
        var deltas = new int[variables.Count];
        var reasons = new List<string>[variables.Count];
        var infeasible = new List<ImmutableArray<string>>();
        foreach (var group in Groups(variables.Count, constraints))
        {
            var solution = SolveGroup(variables, constraints, group);
            if (solution is null)
            {
                infeasible.Add([.. group.Select(c => constraints[c].Description)]);
                continue;
            }
            foreach (var (v, d) in solution)
            {
                deltas[v] = d;
                reasons[v] = [.. group.Where(c => constraints[c].Terms.Any(t => t.Variable == v) && Residual(variables, constraints[c], NoDeltas) != 0)
                    .Select(c => constraints[c].Description)];
            }
        }
        return new FootingSolution([.. deltas], [.. reasons.Select(r => r is null ? ImmutableArray<string>.Empty : [.. r])], [.. infeasible]);
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

    private static List<(int Variable, int Delta)>? SolveGroup(IReadOnlyList<FootingVariable> vars, IReadOnlyList<FootingConstraint> constraints, List<int> group)
    {
        var empty = new Dictionary<int, int>();
        if (group.All(c => Residual(vars, constraints[c], empty) == 0))
        {
            return [];
        }
        for (var k = 1; k <= MaxMoves; k++)
        {
            var best = default(List<(int, int)>);
            var bestCost = default(Rational?);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var deltas = new Dictionary<int, int>();
            Search(k);
            if (best is not null)
            {
                return best;
            }

            void Search(int movesLeft)
            {
                var violated = group.FirstOrDefault(c => Residual(vars, constraints[c], deltas) != 0, -1);
                if (violated < 0)
                {
                    var solution = deltas.OrderBy(d => d.Key).Select(d => (d.Key, d.Value)).ToList();
                    var cost = Cost(vars, deltas);
                    if (bestCost is null || cost < bestCost.Value || (cost == bestCost.Value && Earlier(solution, best!)))
                    {
                        best = solution;
                        bestCost = cost;
                    }
                    return;
                }
                if (movesLeft == 0)
                {
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
                    var d = residual.Sign * w > 0 ? -1 : 1;
                    deltas[v] = d;
                    var key = string.Join(",", deltas.OrderBy(x => x.Key).Select(x => $"{x.Key}:{x.Value}"));
                    if (seen.Add(key))
                    {
                        Search(movesLeft - 1);
                    }
                    deltas.Remove(v);
                }
            }
        }
        return null;
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
