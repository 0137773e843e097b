using FsCheck;
using FsCheck.Fluent;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>
/// Properties of precision-aware summation, the basis of every calculation check: rounding never makes a
/// true sum look inconsistent, and a total that is off by more than rounding can explain is always caught.
/// </summary>
public partial class SummationPropertyTest
{
    private static readonly int[] Scales = [0, -3, -6];

    private static Gen<(decimal[] Items, int Decimals)> ItemsAndScale() =>
        from items in Gen.Choose(-2_000_000_000, 2_000_000_000).Select(i => (decimal)i * 1_000m + 123m).ListOf()
        from d in Gen.Elements(Scales)
        select (items.ToArray(), d);

    private static ValueInterval RoundedSum(IEnumerable<decimal> items, Precision p) =>
        items.Aggregate(ValueInterval.Exact(0m), (acc, x) => acc + ValueInterval.Of(p.Round(x), p));

    [Fact]
    public void Rounded_items_always_agree_with_their_rounded_total() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), t =>
        {
            var p = Precision.FromDecimals(t.Decimals);
            var total = ValueInterval.Of(p.Round(t.Items.Sum()), p);
            return RoundedSum(t.Items, p).Intersects(total);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_interval_of_rounded_items_contains_the_exact_sum() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), t =>
        {
            var p = Precision.FromDecimals(t.Decimals);
            return RoundedSum(t.Items, p).Contains(t.Items.Sum());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Items_rounded_to_millions_agree_with_an_exact_total_in_thousands() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), t =>
        {
            var exactTotal = ValueInterval.Of(Precision.Thousands.Round(t.Items.Sum()), Precision.Thousands);
            return RoundedSum(t.Items, Precision.Millions).Intersects(exactTotal);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_total_off_by_more_than_the_rounding_of_all_figures_is_always_inconsistent() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (t, extraUnits) =>
        {
            var p = Precision.FromDecimals(t.Decimals);
            // Each of n items and the total may be off by half a unit: n + 1 half-units in all.
            var slack = (t.Items.Length + 1) * p.HalfWidth;
            var wrong = p.Round(t.Items.Sum()) + p.Round(slack + p.Unit * extraUnits) + p.Unit;
            return !RoundedSum(t.Items, p).Intersects(ValueInterval.Of(wrong, p));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rounding_moves_a_value_by_at_most_half_a_unit_and_is_idempotent() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), t =>
        {
            var p = Precision.FromDecimals(t.Decimals);
            return t.Items.All(x => Math.Abs(p.Round(x) - x) <= p.HalfWidth && p.Round(p.Round(x)) == p.Round(x));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Interval_addition_does_not_depend_on_order() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), t =>
        {
            var p = Precision.FromDecimals(t.Decimals);
            return RoundedSum(t.Items, p) == RoundedSum(t.Items.Reverse(), p);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_figure_and_its_rounding_to_a_coarser_precision_agree_as_duplicates() =>
        Prop.ForAll(ItemsAndScale().ToArbitrary(), t =>
        {
            var fine = Precision.Thousands;
            var coarse = Precision.FromDecimals(Math.Min(t.Decimals, -3));
            return t.Items.All(x =>
            {
                var a = Report(fine.Round(x), fine);
                var b = Report(coarse.Round(fine.Round(x)), coarse);
                return FactSet.Agree([a, b]) && FactSet.Agree([b, a]);
            });
        }).QuickCheckThrowOnFailure();

    private static ReportedFact Report(decimal value, Precision precision) => new()
    {
        Key = new FactKey("X", Period.Instant(new DateOnly(2013, 3, 31)), DimensionSet.Empty, "JPY", FactStatus.Actual),
        Value = value,
        Precision = precision,
        Source = new Kessan.Diagnostics.SourceLocation("f.csv", 1, 1),
    };
}
