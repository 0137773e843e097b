using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Derivation.Sums;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Derivation.Rounding;

/// <summary>
/// The third stage of a build: settles the rounding of the figures. The sums of tables rounded
/// <c>footed</c> must hold as displayed, so <see cref="FootingSolver"/> moves the fewest displayed figures,
/// each by one unit of its last digit (a figure counts once per place that shows it); every other figure
/// keeps its independent rounding.
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
internal static class FootedRounding
{
    /// <summary>Settles <paramref name="figures"/> so that every footed sum of <paramref name="sums"/> holds, where one-unit moves can make it.</summary>
    public static SettledFigures Settle(ImmutableArray<Figure> figures, ImmutableArray<CheckedSum> sums)
    {
        var footed = sums.Where(s => s.Footed).ToList();
        if (footed.Count == 0)
        {
            return new SettledFigures(figures, []);
        }
        var variables = new List<FootingVariable>();
        var index = new Dictionary<int, int>();
        int Var(int figure)
        {
            if (!index.TryGetValue(figure, out var i))
            {
                i = variables.Count;
                index[figure] = i;
                var f = figures[figure];
                var step = f.Format.Step;
                var exact = f.Format.ToDisplayUnits(f.Value!.Value) / step;
                var independent = (f.Independent!.Value / step).Numerator;
                // Every place that shows the figure shows the move: a figure repeated across the release
                // counts once per place, so footing prefers to move figures shown once.
                var places = Math.Max(1, f.AppearsIn.Distinct(StringComparer.Ordinal).Count());
                variables.Add(new FootingVariable(f.Id, exact, independent, places));
            }
            return i;
        }
        var constraints = footed.Select(s => new FootingConstraint([.. s.Terms.Select(t => (Var(t.Figure), t.Weight))], s.Description)).ToList();
        var solution = FootingSolver.Solve(variables, constraints);
        var bag = new DiagnosticBag();
        foreach (var group in solution.NotProvedMinimal)
        {
            bag.Warning(DiagnosticCodes.FootingInfeasible,
                $"Footed rounding made these sums hold, but the group is too large to prove that no other moves would change fewer displayed numbers: {string.Join("; ", group.Take(5))}{(group.Length > 5 ? "; ..." : "")}.",
                footed.First(s => group.Contains(s.Description)).Location);
        }
        foreach (var group in solution.Infeasible)
        {
            bag.Warning(DiagnosticCodes.FootingInfeasible,
                $"Footed rounding cannot make these sums hold by moving figures by one unit: {string.Join("; ", group)}. They are rounded independently.",
                footed.First(s => group.Contains(s.Description)).Location);
        }
        var settled = figures.Select((f, n) => index.TryGetValue(n, out var i) && solution.Deltas[i] != 0
            ? f with { Adjustment = new FootingAdjustment(Rational.FromInteger(solution.Deltas[i]) * f.Format.Step, string.Join("; ", solution.Reasons[i])) }
            : f);
        return new SettledFigures([.. settled], bag.ToImmutable());
    }
}
