using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Kessan.Derivation.Rounding;
using Kessan.Model;

namespace Kessan.Tests.Derivation.Rounding;

// What the solver guarantees and where it gives up: every move is one step, the moves are the fewest, a group
// too large for the exact search is repaired greedily and flagged, and sums no move can fix are reported.
public partial class FootingSolverTest
{
    [Fact]
    public void A_group_too_large_for_the_exact_search_is_repaired_greedily_and_flagged_as_not_proved_minimal()
    {
        // Twelve sums t = a + b + hub, all sharing the hub (an exact zero): six shown one too high (1.6 + 1.6 =
        // 3.2 as 2 + 2 against 3), six one too low (1.4 + 1.4 = 2.8 as 1 + 1 against 3). Moving the hub fixes
        // one half and breaks the other, so twelve moves are needed; since every sum shares the hub, the
        // search's lower bound sees only one of them and the exact search runs out of budget.
        var v = new List<FootingVariable> { Figure("hub", 0m) };
        var c = new List<FootingConstraint>();
        for (var j = 1; j <= 12; j++)
        {
            var high = j % 2 == 1;
            v.Add(Figure("a" + j, high ? 1.6m : 1.4m));
            v.Add(Figure("b" + j, high ? 1.6m : 1.4m));
            v.Add(Figure("t" + j, high ? 3.2m : 2.8m));
            c.Add(Sum(v, "t" + j, "a" + j, "b" + j, "hub"));
        }

        var solution = FootingSolver.Solve(v, c);

        solution.NotProvedMinimal.ShouldBe([[.. c.Select(x => x.Description)]]);
        solution.Infeasible.ShouldBeEmpty();
        ShouldHold(v, c, solution);
        // The repair moves, sum by sum, the item nearest its midpoint that comes first: every a, toward its exact value.
        Moves(v, solution).ShouldBe([.. Enumerable.Range(1, 12).Select(j => ("a" + j, j % 2 == 1 ? -1 : 1))]);
    }

    [Fact]
    public void A_sum_that_no_one_step_moves_can_fix_is_reported_as_infeasible_and_left_independent()
    {
        // Two figures 3 apart that must be equal: moving each by one step closes at most 2.
        FootingVariable[] v = [Figure("left", 4m), Figure("right", 1m), Figure("t", 6.8m), Figure("x", 2.4m), Figure("y", 4.4m)];
        FootingConstraint[] c = [Sum(v, "left", "right"), Sum(v, "t", "x", "y")];

        var solution = FootingSolver.Solve(v, c);

        solution.Infeasible.ShouldBe([[c[0].Description]]);
        solution.NotProvedMinimal.ShouldBeEmpty();
        solution.Deltas[0].ShouldBe(0);
        solution.Deltas[1].ShouldBe(0);
        // The other group is footed as usual.
        Moves(v, solution).ShouldBe([("x", 1)]);
    }

    [Fact]
    public void Sums_that_contradict_each_other_are_reported_together_as_infeasible()
    {
        // t = a and t = b, with a shown as 7, t as 5 and b as 3: the first needs a down and t up, the second
        // b up and t down. t cannot go both ways, so no one-step moves make both hold.
        FootingVariable[] v = [Figure("t", 5m), Figure("a", 6.6m), Figure("b", 3.4m)];
        FootingConstraint[] c = [Sum(v, "t", "a"), Sum(v, "t", "b")];

        var solution = FootingSolver.Solve(v, c);

        solution.Infeasible.ShouldBe([[c[0].Description, c[1].Description]]);
        solution.Deltas.ShouldAllBe(d => d == 0);
        solution.Reasons.ShouldAllBe(r => r.IsEmpty);
    }

    /// <summary>
    /// A table of rounded figures: three items and their total, and the total less a fourth item (a chain
    /// sharing the first total), with exact values in hundredths, possibly negative.
    /// </summary>
    private static Gen<decimal[]> ChainedItems() =>
        Gen.Choose(-999, 999).Select(i => i / 100m).ArrayOf(4);

    [Fact]
    public void Footed_rounding_makes_every_sum_hold_with_the_fewest_one_step_moves_and_the_least_distance() =>
        Prop.ForAll(ChainedItems().ToArbitrary(), items =>
        {
            var (a, b, c, d) = (items[0], items[1], items[2], items[3]);
            FootingVariable[] v = [Figure("a", a), Figure("b", b), Figure("c", c), Figure("t", a + b + c), Figure("d", d), Figure("u", a + b + c - d)];
            FootingConstraint[] sums = [Sum(v, "t", "a", "b", "c"), Sum(v, "u", "t", "-d")];

            var solution = FootingSolver.Solve(v, sums);
            var best = BruteForce(v, sums);

            if (best is null)
            {
                return solution.Infeasible.Length == 1 && solution.Deltas.All(x => x == 0);
            }
            var moves = solution.Deltas.Count(x => x != 0);
            return solution.Infeasible.IsEmpty && solution.NotProvedMinimal.IsEmpty
                && solution.Deltas.All(x => x is >= -1 and <= 1)
                && Holds(v, sums, [.. solution.Deltas])
                && moves == best.Value.Moves
                && Distance(v, [.. solution.Deltas]) == best.Value.Distance;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Footed_rounding_changes_the_fewest_displayed_numbers_when_figures_are_shown_in_several_places() =>
        Prop.ForAll(ChainedItems().ToArbitrary(), Gen.Choose(1, 3).ArrayOf(6).ToArbitrary(), (items, places) =>
        {
            var (a, b, c, d) = (items[0], items[1], items[2], items[3]);
            FootingVariable[] v = [.. new[] { Figure("a", a), Figure("b", b), Figure("c", c), Figure("t", a + b + c), Figure("d", d), Figure("u", a + b + c - d) }
                .Select((x, i) => x with { Places = places[i] })];
            FootingConstraint[] sums = [Sum(v, "t", "a", "b", "c"), Sum(v, "u", "t", "-d")];

            var solution = FootingSolver.Solve(v, sums);
            var best = BruteForce(v, sums);

            if (best is null)
            {
                return solution.Infeasible.Length == 1 && solution.Deltas.All(x => x == 0);
            }
            return solution.Infeasible.IsEmpty && solution.NotProvedMinimal.IsEmpty
                && Holds(v, sums, [.. solution.Deltas])
                && Changed(v, [.. solution.Deltas]) == best.Value.Moves
                && Distance(v, [.. solution.Deltas]) == best.Value.Distance;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_single_sum_of_rounded_figures_can_always_be_footed() =>
        Prop.ForAll(SomeItems().ToArbitrary(), items =>
        {
            FootingVariable[] v = [Figure("total", items.Sum()), .. items.Select((x, i) => Figure("i" + i, x))];
            FootingConstraint[] sums = [Sum(v, "total", [.. items.Select((_, i) => "i" + i)])];

            var solution = FootingSolver.Solve(v, sums);

            var residual = BigInteger.Abs(sums[0].Terms.Aggregate(BigInteger.Zero, (acc, t) => acc + (t.Weight * v[t.Variable].Independent)));
            return solution.Infeasible.IsEmpty
                && Holds(v, sums, [.. solution.Deltas])
                && solution.Deltas.Count(x => x != 0) == (int)residual
                && solution.Deltas.All(x => x is >= -1 and <= 1);
        }).QuickCheckThrowOnFailure();

    /// <summary>Two to seven items in thousandths, possibly negative.</summary>
    private static Gen<decimal[]> SomeItems() =>
        from n in Gen.Choose(2, 7)
        from items in Gen.Choose(-99_999, 99_999).Select(i => i / 1000m).ArrayOf(n)
        select items;

    private static bool Holds(IReadOnlyList<FootingVariable> v, IEnumerable<FootingConstraint> sums, int[] deltas) =>
        sums.All(s => s.Terms.Aggregate(BigInteger.Zero, (acc, t) => acc + (t.Weight * (v[t.Variable].Independent + deltas[t.Variable]))).IsZero);

    /// <summary>How much further from their exact values the moved figures end up than their independent rounding.</summary>
    private static Rational Distance(IReadOnlyList<FootingVariable> v, int[] deltas)
    {
        var total = Rational.Zero;
        for (var i = 0; i < v.Count; i++)
        {
            total += (Rational.FromInteger(v[i].Independent + deltas[i]) - v[i].Exact).Abs() - (Rational.FromInteger(v[i].Independent) - v[i].Exact).Abs();
        }
        return total;
    }

    /// <summary>The displayed numbers the moves change: each moved figure once for every place that shows it.</summary>
    private static int Changed(IReadOnlyList<FootingVariable> v, int[] deltas) =>
        v.Select((x, i) => deltas[i] == 0 ? 0 : x.Places).Sum();

    /// <summary>
    /// Every combination of -1, 0, +1 steps: the fewest displayed numbers changed (moves, when every figure is
    /// shown once) that make every sum hold, and the least distance among them.
    /// </summary>
    private static (int Moves, Rational Distance)? BruteForce(IReadOnlyList<FootingVariable> v, IReadOnlyList<FootingConstraint> sums)
    {
        (int, Rational)? best = null;
        var deltas = new int[v.Count];
        var combinations = (int)Math.Pow(3, v.Count);
        for (var n = 0; n < combinations; n++)
        {
            var rest = n;
            for (var i = 0; i < v.Count; i++)
            {
                deltas[i] = (rest % 3) - 1;
                rest /= 3;
            }
            if (!Holds(v, sums, deltas))
            {
                continue;
            }
            var moves = Changed(v, deltas);
            var distance = Distance(v, deltas);
            if (best is null || moves < best.Value.Item1 || (moves == best.Value.Item1 && distance < best.Value.Item2))
            {
                best = (moves, distance);
            }
        }
        return best;
    }
}
