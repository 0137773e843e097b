using Kessan.Derivation.Rounding;

namespace Kessan.Tests.Derivation.Rounding;

// Sums that share figures (gross profit is the total of one and an item of the next) and the fewest moves.
public partial class FootingSolverTest
{
    [Fact]
    public void A_figure_shared_by_two_broken_sums_is_moved_once_to_fix_both()
    {
        // revenue - costs = gross: 10.4 - 4.9 = 5.5, shown as 10 - 5 against 6.
        // gross - sga = operating: 5.5 - 2.1 = 3.4, shown as 6 - 2 against 3.
        FootingVariable[] v = [Figure("revenue", 10.4m), Figure("costs", 4.9m), Figure("gross", 5.5m), Figure("sga", 2.1m), Figure("operating", 3.4m)];
        FootingConstraint[] c = [Sum(v, "gross", "revenue", "-costs"), Sum(v, "operating", "gross", "-sga")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("gross", -1)]);
        solution.Reasons[2].ShouldBe([c[0].Description, c[1].Description]);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void A_shared_figure_is_not_moved_when_that_would_break_the_sum_that_holds()
    {
        // revenue - costs = gross: 10.4 - 4.6 = 5.8, shown as 10 - 5 against 6 (broken).
        // gross - sga = operating: 5.8 - 2.3 = 3.5, shown as 6 - 2 against 4 (holds).
        FootingVariable[] v = [Figure("revenue", 10.4m), Figure("costs", 4.6m), Figure("gross", 5.8m), Figure("sga", 2.3m), Figure("operating", 3.5m)];
        FootingConstraint[] c = [Sum(v, "gross", "revenue", "-costs"), Sum(v, "operating", "gross", "-sga")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("revenue", 1)]);
        solution.Reasons[0].ShouldBe([c[0].Description]);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void In_revenue_less_costs_less_sga_the_figure_nearest_its_midpoint_moves()
    {
        // 10.42 - 5.52 - 2.3 = 2.6, shown as 10 - 6 - 2 = 2 against 3. Costs (0.02 above their midpoint) are
        // the cheapest figure to move, and being subtracted they move down.
        FootingVariable[] v = [Figure("revenue", 10.42m), Figure("costs", 5.52m), Figure("sga", 2.3m), Figure("operating", 2.6m)];
        FootingConstraint[] c = [Sum(v, "operating", "revenue", "-costs", "-sga")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("costs", -1)]);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void Sums_that_share_no_figure_are_footed_separately()
    {
        FootingVariable[] v =
        [
            Figure("t1", 6.9m), Figure("a1", 2.3m), Figure("b1", 4.6m),      // 2 + 5 = 7: holds
            Figure("t2", 7.2m), Figure("a2", 3.4m), Figure("b2", 3.8m),      // 3 + 4 = 7: holds
            Figure("t3", 6.8m), Figure("a3", 2.4m), Figure("b3", 4.4m),      // 2 + 4 = 6 against 7
            Figure("t4", 3.2m), Figure("a4", 1.6m), Figure("b4", 1.6m),      // 2 + 2 = 4 against 3
        ];
        FootingConstraint[] c = [Sum(v, "t1", "a1", "b1"), Sum(v, "t2", "a2", "b2"), Sum(v, "t3", "a3", "b3"), Sum(v, "t4", "a4", "b4")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("a3", 1), ("a4", -1)]);
        solution.Reasons[7].ShouldBe([c[2].Description]);
        solution.Reasons[10].ShouldBe([c[3].Description]);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void The_fewest_moves_win_over_figures_nearer_their_midpoints()
    {
        // revenue - costs = gross: 10.45 - 4.8 = 5.65, shown as 10 - 5 against 6.
        // gross - sga = operating: 5.65 - 2.2 = 3.45, shown as 6 - 2 against 3.
        // Moving revenue and operating (each 0.05 from its midpoint) would cost less distance from the exact
        // values than moving gross (0.15 from it), but moves two figures where one will do.
        FootingVariable[] v = [Figure("revenue", 10.45m), Figure("costs", 4.8m), Figure("gross", 5.65m), Figure("sga", 2.2m), Figure("operating", 3.45m)];
        FootingConstraint[] c = [Sum(v, "gross", "revenue", "-costs"), Sum(v, "operating", "gross", "-sga")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("gross", -1)]);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void The_fewest_moves_are_found_where_fixing_the_most_sums_first_would_need_more()
    {
        // Six sums, each shown one too high. 'c' fixes four of them at once, but then sums 3 and 6 need a
        // move each (three in all); 'a' and 'b' fix three each and together all six (two in all).
        // Every item is exactly 0.5, so each costs nothing to move down; totals are whole numbers.
        FootingVariable[] v =
        [
            Figure("a", 0.5m), Figure("b", 0.5m), Figure("c", 0.5m), Figure("d", 0.5m), Figure("e", 0.5m),
            Figure("t1", 1m), Figure("t2", 1m), Figure("t3", 1m), Figure("t4", 1m), Figure("t5", 1m), Figure("t6", 1m),
        ];
        FootingConstraint[] c =
        [
            Sum(v, "t1", "a", "c"), Sum(v, "t2", "a", "c"), Sum(v, "t3", "a", "d"),
            Sum(v, "t4", "b", "c"), Sum(v, "t5", "b", "c"), Sum(v, "t6", "b", "e"),
        ];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("a", -1), ("b", -1)]);
        solution.NotProvedMinimal.ShouldBeEmpty();
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void A_figure_shown_in_several_places_moves_only_when_moving_figures_shown_once_would_change_more_numbers()
    {
        // 2.3 + 1.45 = 3.75 shows as 2 + 1 against 4. The item b, nearest its midpoint, is shown in three places;
        // moving a (shown once) changes one number, the total (shown once) too; a is nearer its midpoint.
        FootingVariable[] v = [Figure("total", 3.75m), Figure("a", 2.3m), Figure("b", 1.45m) with { Places = 3 }];
        FootingConstraint[] c = [Sum(v, "total", "a", "b")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("a", 1)]);
        ShouldHold(v, c, solution);
    }

    [Fact]
    public void Two_figures_shown_once_move_rather_than_one_shown_in_three_places()
    {
        // t = a + b and u = b + c, both broken the same way, share b (shown in three places): moving b alone
        // fixes both but changes three numbers; moving a and c changes two.
        FootingVariable[] v = [Figure("a", 1.4m), Figure("b", 1.45m) with { Places = 3 }, Figure("c", 1.4m), Figure("t", 2.85m), Figure("u", 2.85m)];
        FootingConstraint[] c = [Sum(v, "t", "a", "b"), Sum(v, "u", "b", "c")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("a", 1), ("c", 1)]);
        ShouldHold(v, c, solution);

        // Shown in two places, b alone is as good as a and c, and the nearer to its midpoint wins.
        FootingVariable[] twice = [.. v.Select(x => x.Id == "b" ? x with { Places = 2 } : x)];
        Moves(twice, FootingSolver.Solve(twice, c)).ShouldBe([("b", 1)]);
    }

    [Fact]
    public void A_figure_shown_nowhere_is_refused() =>
        Should.Throw<ArgumentException>(() => FootingSolver.Solve([Figure("a", 1m) with { Places = 0 }], []))
            .Message.ShouldContain("'a'");
}
