using System.Collections.Immutable;
using System.Numerics;
using Kessan.Derivation.Rounding;
using Kessan.Model;

namespace Kessan.Tests.Derivation.Rounding;

/// <summary>
/// Controlled rounding: figures rounded on their own, and sums that must hold between them. The solver moves
/// the fewest figures by one step each, preferring figures whose exact value lies nearest the rounding
/// midpoint, then the first in figure order.
/// </summary>
public partial class FootingSolverTest
{
    /// <summary>A figure with its exact value in display units, rounded on its own half away from zero.</summary>
    private static FootingVariable Figure(string id, decimal exact)
    {
        var value = Rational.FromDecimal(exact);
        return new FootingVariable(id, value, value.Round(0).Numerator);
    }

    /// <summary>A displayed sum: <paramref name="total"/> = the sum of <paramref name="items"/> (a leading '-' subtracts).</summary>
    private static FootingConstraint Sum(IReadOnlyList<FootingVariable> variables, string total, params string[] items)
    {
        int Index(string id) => variables.Select((v, i) => (v, i)).Single(x => x.v.Id == id).i;
        var terms = ImmutableArray.CreateBuilder<(int, int)>();
        terms.Add((Index(total), -1));
        foreach (var item in items)
        {
            terms.Add(item.StartsWith('-') ? (Index(item[1..]), -1) : (Index(item), 1));
        }
        return new FootingConstraint(terms.ToImmutable(), $"{total} = {string.Join(" + ", items)}");
    }

    /// <summary>The figures moved, as id and step.</summary>
    private static (string Id, int Delta)[] Moves(IReadOnlyList<FootingVariable> variables, FootingSolution solution) =>
        [.. variables.Select((v, i) => (v.Id, solution.Deltas[i])).Where(x => x.Item2 != 0)];

    /// <summary>Asserts every sum holds on the independent values plus the solution's steps.</summary>
    private static void ShouldHold(IReadOnlyList<FootingVariable> variables, IEnumerable<FootingConstraint> constraints, FootingSolution solution)
    {
        foreach (var c in constraints)
        {
            var residual = c.Terms.Aggregate(BigInteger.Zero, (acc, t) => acc + (t.Weight * (variables[t.Variable].Independent + solution.Deltas[t.Variable])));
            residual.ShouldBe(BigInteger.Zero, c.Description);
        }
    }

    [Fact]
    public void When_independent_rounding_already_foots_nothing_moves()
    {
        // 1.4 + 2.6 + 3.0 = 7.0: shown as 1 + 3 + 3 = 7, the rounding errors cancel.
        FootingVariable[] v = [Figure("total", 7.0m), Figure("a", 1.4m), Figure("b", 2.6m), Figure("c", 3.0m)];
        FootingConstraint[] c = [Sum(v, "total", "a", "b", "c")];

        var solution = FootingSolver.Solve(v, c);

        solution.Deltas.ShouldBe([0, 0, 0, 0]);
        solution.Reasons.ShouldAllBe(r => r.IsEmpty);
        solution.Infeasible.ShouldBeEmpty();
        solution.NotProvedMinimal.ShouldBeEmpty();
    }

    [Fact]
    public void Figures_that_take_part_in_no_sum_are_left_alone()
    {
        // 'lonely' sits on the midpoint, so moving it would cost nothing, but no sum needs it.
        FootingVariable[] v = [Figure("lonely", 1.5m), Figure("total", 6.8m), Figure("a", 2.4m), Figure("b", 4.4m)];
        FootingConstraint[] c = [Sum(v, "total", "a", "b")];

        var solution = FootingSolver.Solve(v, c);

        Moves(v, solution).ShouldBe([("a", 1)]);
        solution.Reasons[0].ShouldBeEmpty();
    }

    [Fact]
    public void No_figures_and_no_sums_give_an_empty_solution()
    {
        var solution = FootingSolver.Solve([], []);

        solution.Deltas.ShouldBeEmpty();
        solution.Reasons.ShouldBeEmpty();
        solution.Infeasible.ShouldBeEmpty();
        solution.NotProvedMinimal.ShouldBeEmpty();
    }

    [Fact]
    public void Null_inputs_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => FootingSolver.Solve(null!, []));
        Should.Throw<ArgumentNullException>(() => FootingSolver.Solve([], null!));
    }

    [Fact]
    public void Constraints_with_the_same_terms_and_description_are_equal()
    {
        var a = new FootingConstraint([(0, -1), (1, 1)], "t = a");
        var b = new FootingConstraint([.. new[] { (0, -1), (1, 1) }], "t = a");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(new FootingConstraint([(0, -1), (1, -1)], "t = a"));
        a.ShouldNotBe(new FootingConstraint([(0, -1), (1, 1)], "t = b"));
    }
}
