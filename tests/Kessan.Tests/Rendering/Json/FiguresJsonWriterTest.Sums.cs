using System.Text.Json;

namespace Kessan.Tests.Rendering.Json;

public sealed partial class FiguresJsonWriterTest
{
    private static IEnumerable<JsonElement> SumsOf(IijSampleRelease.Rendered r) => r.Figures.RootElement.GetProperty("sums").EnumerateArray();

    /// <summary>Whether the displayed values of a sum's terms add up, computed from figures.json alone.</summary>
    private static bool AddsUp(JsonElement sum, Dictionary<string, JsonElement> figures) =>
        sum.GetProperty("terms").EnumerateArray().Sum(t => t.GetProperty("weight").GetInt32() * Number(figures[t.GetProperty("figure").GetString()!], "displayed")) == 0m;

    [Fact]
    public void Every_sum_names_its_table_description_and_terms_which_are_figures_of_that_table()
    {
        var r = sample.Footed;
        var figures = r.FiguresById();
        var sums = SumsOf(r).ToList();

        sums.Count.ShouldBe(r.Build.Sums.Length);
        sums.ShouldNotBeEmpty();
        foreach (var sum in sums)
        {
            var table = Str(sum, "table");
            var description = Str(sum, "description");
            var terms = sum.GetProperty("terms").EnumerateArray().ToList();
            terms.Count.ShouldBeGreaterThanOrEqualTo(2, description);
            terms.Count(t => t.GetProperty("weight").GetInt32() == -1).ShouldBeGreaterThanOrEqualTo(1, description + ": a sum has a total, weighted -1");
            foreach (var term in terms)
            {
                term.GetProperty("weight").GetInt32().ShouldBeOneOf(-1, 1);
                var id = Str(term, "figure");
                figures.ShouldContainKey(id, description);
                figures[id].GetProperty("appears_in").EnumerateArray().ShouldContain(a => a.GetString()!.StartsWith(table + "/", StringComparison.Ordinal),
                    $"{description}: {id} is not shown in table {table}");
            }
        }
    }

    [Fact]
    public void Under_footed_rounding_every_sum_holds_and_every_adjustment_is_one_step_explained_by_the_sums_it_makes_hold()
    {
        var r = sample.Footed;
        var figures = r.FiguresById();
        var sums = SumsOf(r).ToList();

        foreach (var sum in sums)
        {
            sum.GetProperty("footed").GetBoolean().ShouldBeTrue(Str(sum, "description"));
            sum.GetProperty("holds").GetBoolean().ShouldBeTrue(Str(sum, "description"));
            AddsUp(sum, figures).ShouldBeTrue(Str(sum, "description"));
        }
        var adjusted = figures.Values.Where(f => f.TryGetProperty("adjustment", out _)).ToList();
        adjusted.ShouldNotBeEmpty("the sample's published sums need some figures moved");
        foreach (var f in adjusted)
        {
            var adjustment = f.GetProperty("adjustment");
            var step = 1m / (decimal)Math.Pow(10, f.GetProperty("format").GetProperty("decimals").GetInt32());
            Math.Abs(Number(adjustment, "delta")).ShouldBe(step, Id(f));
            Number(f, "displayed").ShouldNotBe(Number(f, "independent"), Id(f));
            // A figure moves with the figures of its quantity (its negation, its absolute value), and a change with its levels.
            var quantity = QuantityOf(r, Id(f));
            var containing = sums.Where(s => s.GetProperty("terms").EnumerateArray().Any(t => quantity.Contains(Str(t, "figure"))))
                .Select(s => Str(s, "description")).ToHashSet(StringComparer.Ordinal);
            var reasons = Str(adjustment, "reason").Split("; ");
            reasons.ShouldNotBeEmpty(Id(f));
            reasons.ShouldAllBe(reason => containing.Contains(reason) || (reason.Contains(" = the change of the figures shown (", StringComparison.Ordinal)
                && quantity.Any(id => reason.Contains(id, StringComparison.Ordinal) || reason.StartsWith(r.Build.Figures.Single(x => x.Id == id).Label, StringComparison.Ordinal))),
                $"{Id(f)}: every reason is a sum or a displayed change its quantity takes part in");
        }
    }

    [Fact]
    public void Under_independent_rounding_nothing_is_adjusted_and_holds_says_which_sums_do_not_add_up()
    {
        var r = sample.Independent;
        var figures = r.FiguresById();
        var sums = SumsOf(r).ToList();

        r.Figures.RootElement.GetProperty("adjustment_count").GetInt32().ShouldBe(0);
        figures.Values.Where(f => f.TryGetProperty("adjustment", out _)).ShouldBeEmpty();
        Derived(r).ShouldAllBe(f => f.GetProperty("displayed").GetString() == f.GetProperty("independent").GetString());
        sums.ShouldAllBe(s => !s.GetProperty("footed").GetBoolean());
        foreach (var sum in sums)
        {
            sum.GetProperty("holds").GetBoolean().ShouldBe(AddsUp(sum, figures), Str(sum, "description"));
        }
        sums.Count(s => !s.GetProperty("holds").GetBoolean()).ShouldBeGreaterThan(0, "rounded independently, some of the sample's printed sums are off by a unit");
    }

    /// <summary>The ids of the figures that show the same quantity as <paramref name="id"/>: it, its negation, its absolute value.</summary>
    private static HashSet<string> QuantityOf(IijSampleRelease.Rendered r, string id)
    {
        static string Unsigned(Kessan.Layout.Expressions.Expr e) => e switch
        {
            Kessan.Layout.Expressions.NegateExpr n => n.Operand.ToString(),
            Kessan.Layout.Expressions.CallExpr { Function: "abs", Args: [var operand] } => operand.ToString(),
            _ => e.ToString(),
        };
        var figure = r.Build.Figures.Single(f => f.Id == id);
        var key = figure.Key with { Expression = Unsigned(figure.Expression) };
        return r.Build.Figures.Where(f => (f.Key with { Expression = Unsigned(f.Expression) }) == key).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
    }
}
