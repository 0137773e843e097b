using Kessan.Model;

namespace Kessan.Tests.Model;

public partial class ValueIntervalTest
{
    [Fact]
    public void A_figure_in_millions_stands_for_half_a_million_either_side()
    {
        var i = ValueInterval.Of(13_537_000_000m, Precision.Millions);

        i.Lower.ShouldBe(13_536_500_000m);
        i.Upper.ShouldBe(13_537_500_000m);
        i.Contains(13_536_824_000m).ShouldBeTrue();
    }

    [Fact]
    public void Touching_intervals_intersect_because_bounds_are_included()
    {
        var a = ValueInterval.FromBounds(0m, 1m);
        var b = ValueInterval.FromBounds(1m, 2m);

        a.Intersects(b).ShouldBeTrue();
        a.DistanceTo(b).ShouldBe(0m);
        a.Intersects(ValueInterval.Exact(1.0000001m)).ShouldBeFalse();
    }

    [Fact]
    public void Subtraction_widens_by_both_half_widths()
    {
        var d = ValueInterval.Of(100m, Precision.Units) - ValueInterval.Of(40m, Precision.Units);

        d.ShouldBe(ValueInterval.FromBounds(59m, 61m));
    }

    [Fact]
    public void A_negative_weight_swaps_the_bounds()
    {
        ValueInterval.FromBounds(1m, 3m).Scale(-1).ShouldBe(ValueInterval.FromBounds(-3m, -1m));
        (-ValueInterval.FromBounds(1m, 3m)).ShouldBe(ValueInterval.FromBounds(-3m, -1m));
    }

    [Fact]
    public void Distance_is_the_gap_between_disjoint_intervals()
    {
        ValueInterval.FromBounds(0m, 1m).DistanceTo(ValueInterval.FromBounds(4m, 5m)).ShouldBe(3m);
        ValueInterval.FromBounds(4m, 5m).DistanceTo(ValueInterval.FromBounds(0m, 1m)).ShouldBe(3m);
    }

    [Fact]
    public void Bounds_in_the_wrong_order_throw() =>
        Should.Throw<ArgumentException>(() => ValueInterval.FromBounds(2m, 1m));

    [Fact]
    public void The_default_is_the_exact_zero() => default(ValueInterval).ShouldBe(ValueInterval.Exact(0m));
}
