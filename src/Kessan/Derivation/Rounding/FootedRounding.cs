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
/// keeps its independent rounding. A figure moves with the other figures of its quantity (its negation, its
/// absolute value: <see cref="FigureQuantities"/>), and a change shown with both its levels must hold as a
/// displayed difference.
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
internal static class FootedRounding
{
    /// <summary>Settles <paramref name="figures"/> so that every footed sum of <paramref name="sums"/> holds, where one-unit moves can make it.</summary>
    public static SettledFigures Settle(ImmutableArray<Figure> figures, ImmutableArray<CheckedSum> sums, FiscalCalendar calendar)
    {
        var footed = sums.Where(s => s.Footed).ToList();
        if (footed.Count == 0)
        {
            return new SettledFigures(figures, []);
        }
        // One footing variable per quantity: a figure, its negation and its absolute value move together, and each
        // place that shows any of them counts, so footing prefers to move quantities shown once.
        var quantities = FigureQuantities.Of(figures, calendar);
        var places = new int[quantities.Count];
        foreach (var (f, n) in figures.Select((f, n) => (f, n)))
        {
            places[quantities.OfFigure[n].Quantity] += f.AppearsIn.Distinct(StringComparer.Ordinal).Count();
        }
        var variables = new List<FootingVariable>();
        var index = new Dictionary<int, int>();
        (int Variable, int Sign) Var(int figure)
        {
            var (quantity, sign) = quantities.OfFigure[figure];
            if (!index.TryGetValue(quantity, out var i))
            {
                i = variables.Count;
                index[quantity] = i;
                var f = figures[figure];
                var step = f.Format.Step;
                var exact = Rational.FromInteger(sign) * f.Format.ToDisplayUnits(f.Value!.Value) / step;
                var independent = sign * (f.Independent!.Value / step).Numerator;
                variables.Add(new FootingVariable(f.Id, exact, independent, Math.Max(1, places[quantity])));
            }
            return (i, sign);
        }
        // A change shown with both its levels is a displayed difference: footed when its figures are.
        var footedFigures = footed.SelectMany(s => s.Terms.Select(t => t.Figure)).Select(n => quantities.OfFigure[n].Quantity).ToHashSet();
        var differences = quantities.Differences
            .Where(d => d.Any(t => footedFigures.Contains(quantities.OfFigure[t.Figure].Quantity)) && d.All(t => figures[t.Figure].Independent is not null))
            .Select(d => (Terms: d, Description: $"{figures[d[^1].Figure].Label} = the change of the figures shown ({string.Join(", ", d.SkipLast(1).Select(t => figures[t.Figure].Id))})"));
        var constraints = footed.Select(s => (Terms: s.Terms, s.Description)).Concat(differences)
            .Select(s => new FootingConstraint(Merge(s.Terms.Select(t => Var(t.Figure) is var (v, sign) ? (v, t.Weight * sign) : default)), s.Description))
            .ToList();
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
        var settled = figures.Select((f, n) => quantities.OfFigure[n] is var (q, sign) && index.TryGetValue(q, out var i) && solution.Deltas[i] != 0
            && f.Independent is not null
            ? f with { Adjustment = new FootingAdjustment(Rational.FromInteger(sign * solution.Deltas[i]) * f.Format.Step, Reason(i)) }
            : f);
        return new SettledFigures([.. settled], bag.ToImmutable());

        // The sums that needed the move; a figure moved only so that another move keeps a sum holding names the sums it is in.
        string Reason(int variable) => string.Join("; ", solution.Reasons[variable].IsEmpty
            ? constraints.Where(c => c.Terms.Any(t => t.Variable == variable)).Select(c => c.Description)
            : solution.Reasons[variable]);
    }

    /// <summary>Terms with the weights of a variable that appears more than once added up (a figure beside its negation cancels out).</summary>
    private static ImmutableArray<(int Variable, int Weight)> Merge(IEnumerable<(int Variable, int Weight)> terms) =>
        [.. terms.GroupBy(t => t.Variable).Select(g => (g.Key, g.Sum(t => t.Weight))).Where(t => t.Item2 != 0)];
}
