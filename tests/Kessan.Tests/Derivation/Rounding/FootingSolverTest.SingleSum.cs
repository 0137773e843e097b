using Kessan.Derivation.Rounding;

namespace Kessan.Tests.Derivation.Rounding;

// One displayed sum that independent rounding breaks.
public partial class FootingSolverTest
{
    [Fact]
    public void A_sum_off_by_one_is_fixed_by_moving_exactly_one_figure_by_one_step()
    {
        // 2.3 + 1.4 + 3.2 = 6.9: shown as 2 + 1 + 3 = 6 against a total of 7.
        FootingVariable[] v = [Figure("total", 6.9m), Figure("a", 2.3m), Figure("b", 1.4m), Figure("c", 3.2m)];
        FootingConstraint[] c = [Sum(v, "total", "a", "b", "c")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("b", 1)]);
        solution.Reasons[2].ShouldBe([c[0].Description]);
        solution.Reasons.Where((_, i) => i != 2).ShouldAllBe(r => r.IsEmpty);
        solution.Infeasible.ShouldBeEmpty();
        solution.NotProvedMinimal.ShouldBeEmpty();
        ShouldHold(v, c, solution);
    }

    /// <summary>
    /// Three items and their total (their exact sum). The figure whose move costs least, measured as how much
    /// further from its exact value it ends up, moves: the one nearest the rounding midpoint.
    /// </summary>
    public static TheoryData<decimal, decimal, decimal, string, int> NearestToMidpoint => new()
    {
        // a, b, c; the figure that moves and its step.
        { 1.45m, 2.30m, 3.10m, "a", 1 },            // 6.85 shows as 7 against 1 + 2 + 3; a is 0.05 from its midpoint
        { 2.30m, 1.45m, 3.10m, "b", 1 },
        { 3.10m, 2.30m, 1.45m, "c", 1 },
        { -1.45m, -2.30m, -3.10m, "a", -1 },        // negatives round half away from zero: -6.85 shows as -7
        { 1.60m, 2.50m, 3.30m, "b", -1 },           // 2.5 sits on the midpoint: showing it as 2 costs nothing
        { 1.20m, 2.20m, 3.10m, "total", -1 },       // the total, 6.5, is on the midpoint
        { 4.49m, 0.01m, 0.01m, "total", -1 },       // a (4.49) and the total (4.51) are equally near: the total comes first
    };

    [Theory]
    [MemberData(nameof(NearestToMidpoint))]
    public void The_figure_nearest_its_rounding_midpoint_is_the_one_moved(decimal a, decimal b, decimal c, string moved, int step)
    {
        FootingVariable[] v = [Figure("total", a + b + c), Figure("a", a), Figure("b", b), Figure("c", c)];
        FootingConstraint[] sums = [Sum(v, "total", "a", "b", "c")];

        var solution = FootingSolver.Solve(v, sums);

        Moves(v, solution).ShouldBe([(moved, step)]);
        ShouldHold(v, sums, solution);
    }

    [Fact]
    public void Among_equally_near_figures_the_first_in_figure_order_moves()
    {
        // 1.4 + 2.4 + 3.4 = 7.2: each item is 0.1 below its midpoint, so each costs the same to move. The ids
        // run against figure order, so the choice is by order, not by name.
        FootingVariable[] v = [Figure("total", 7.2m), Figure("z", 1.4m), Figure("y", 2.4m), Figure("x", 3.4m)];
        FootingConstraint[] c = [Sum(v, "total", "z", "y", "x")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("z", 1)]);
    }

    [Fact]
    public void The_tie_break_follows_figure_order_not_the_order_of_the_sum()
    {
        FootingVariable[] v = [Figure("total", 7.2m), Figure("z", 1.4m), Figure("y", 2.4m), Figure("x", 3.4m)];
        FootingConstraint[] c = [Sum(v, "total", "x", "y", "z")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("z", 1)]);
    }

    [Fact]
    public void A_figure_whose_exact_value_is_shown_exactly_is_not_moved_when_a_rounded_one_can_be()
    {
        // 'exact' comes first in figure order, but moving it would take it a whole step from its value.
        FootingVariable[] v = [Figure("exact", 3.0m), Figure("total", 7.8m), Figure("a", 2.4m), Figure("b", 2.4m)];
        FootingConstraint[] c = [Sum(v, "total", "exact", "a", "b")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("a", 1)]);
    }

    [Fact]
    public void A_sum_off_by_two_moves_two_figures_one_step_each()
    {
        // Five items of 0.4 make 2.0: shown as 0 + 0 + 0 + 0 + 0 against 2.
        FootingVariable[] v = [Figure("total", 2.0m), .. Enumerable.Range(1, 5).Select(i => Figure("i" + i, 0.4m))];
        FootingConstraint[] c = [Sum(v, "total", "i1", "i2", "i3", "i4", "i5")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("i1", 1), ("i2", 1)]);
        solution.Deltas.ShouldAllBe(d => d >= -1 && d <= 1);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void A_subtracted_item_moves_in_the_direction_that_restores_the_sum()
    {
        // Gross profit = revenue - cost: 10.4 - 4.6 = 5.8, shown as 10 - 5 against 6. Revenue and cost are
        // equally near their midpoints and cost comes first: a subtracted item moves down, to 4.
        FootingVariable[] v = [Figure("gross", 5.8m), Figure("cost", 4.6m), Figure("revenue", 10.4m)];
        FootingConstraint[] c = [Sum(v, "gross", "revenue", "-cost")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("cost", -1)]);
        ShouldHold(v, c, solution);
    }
}
