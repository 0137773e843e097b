using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>
/// Every value carries the interval its inputs' rounding allows: a figure in millions stands for half a
/// million either side, and a year-on-year change of figures known only in millions is known only within an
/// interval.
/// </summary>
public partial class EvaluatorTest
{
    private static readonly Rational Million = Rational.FromInteger(1_000_000);
    private static readonly Rational HalfMillion = Rational.FromInteger(500_000);

    [Fact]
    public void A_fact_in_thousands_stands_for_half_a_thousand_either_side()
    {
        var v = Eval("Revenues");

        v.Low.ShouldBe(Y(106_248_485_500m));
        v.High.ShouldBe(Y(106_248_486_500m));
        v.IsExact.ShouldBeFalse();
    }

    [Fact]
    public void Exact_facts_and_constants_have_no_width()
    {
        var shares = Eval("WeightedAverageShares");
        shares.IsExact.ShouldBeTrue();
        shares.Low.ShouldBe(shares.Value);

        Eval("ads(WeightedAverageShares) * 3").IsExact.ShouldBeTrue();
        Eval("dividend_total(DividendPerShare, carried(SharesIssued))").IsExact.ShouldBeTrue();
    }

    [Fact]
    public void A_sum_adds_the_rounding_of_each_item()
    {
        var v = Eval("Revenues[Segment=Network] + Revenues[Segment=ATM]");

        v.Low.ShouldBe(v.Value - Million);
        v.High.ShouldBe(v.Value + Million);
    }

    [Fact]
    public void A_difference_widens_by_both_half_widths()
    {
        var v = Eval("Revenues - Revenues[Segment=Network]");

        v.Value.ShouldBe(Y(1_761_486_000m));
        v.Low.ShouldBe(Y(1_761_486_000m - 500_500m));
        v.High.ShouldBe(Y(1_761_486_000m + 500_500m));
    }

    [Fact]
    public void Negation_swaps_the_bounds()
    {
        var v = Eval("-OperatingIncome[Segment=ATM]@prior");

        v.Value.ShouldBe(Y(194_000_000m));
        v.Low.ShouldBe(Y(193_500_000m));
        v.High.ShouldBe(Y(194_500_000m));
    }

    [Fact]
    public void Scaling_by_a_constant_scales_the_bounds()
    {
        var v = Eval("OperatingIncome[Segment=ATM]@prior * 2");

        v.Low.ShouldBe(Y(-389_000_000m));
        v.High.ShouldBe(Y(-387_000_000m));
    }

    [Fact]
    public void Yoy_of_figures_known_only_in_millions_is_known_only_within_an_interval()
    {
        // ATM revenue: 1,324 -> 2,320 JPY millions. The true figures lie in [1,323.5, 1,324.5] and
        // [2,319.5, 2,320.5] million, so the change lies between 2,319.5 / 1,324.5 - 1 and 2,320.5 / 1,323.5 - 1.
        var v = Eval("yoy(Revenues[Segment=ATM])");

        v.Value.ShouldBe(Rational.Of(2_320, 1_324) - Rational.One);
        v.Low.ShouldBe(Rational.Of(23_195, 13_245) - Rational.One);
        v.High.ShouldBe(Rational.Of(23_205, 13_235) - Rational.One);
        v.IsExact.ShouldBeFalse();

        var percent = DisplayFormat.BuiltIn["percent"];
        percent.RoundToDisplay(v.Value).ShouldBe(Y(75.2m));
        percent.RoundToDisplay(v.Low!.Value).ShouldBe(Y(75.1m));
        percent.RoundToDisplay(v.High!.Value).ShouldBe(Y(75.3m));
    }

    [Fact]
    public void Yoy_of_a_target_in_millions_against_an_actual_in_thousands_carries_both_roundings()
    {
        var v = Eval("yoy(Revenues)", "FY2013", Kessan.Model.FactStatus.Target);

        v.Low.ShouldBe(Y(116_999_500_000m) / Y(106_248_486_500m) - Rational.One);
        v.High.ShouldBe(Y(117_000_500_000m) / Y(106_248_485_500m) - Rational.One);
    }

    [Fact]
    public void The_interval_of_a_yoy_holds_every_change_the_rounded_inputs_allow()
    {
        var v = Eval("yoy(Revenues[Segment=ATM])");
        var random = new Random(20130515);
        for (var i = 0; i < 1000; i++)
        {
            // Any true figures that round to 2,320 and 1,324 million (bounds included).
            var current = Y(2_319_500_000m) + Million * Rational.Of(random.Next(0, 1_000_001), 1_000_000);
            var prior = Y(1_323_500_000m) + Million * Rational.Of(random.Next(0, 1_000_001), 1_000_000);
            var yoy = current / prior - Rational.One;

            yoy.ShouldBeGreaterThanOrEqualTo(v.Low!.Value, $"trial {i}");
            yoy.ShouldBeLessThanOrEqualTo(v.High!.Value, $"trial {i}");
        }
    }

    [Fact]
    public void Avg_halves_the_widths_of_its_two_balances()
    {
        var v = Eval("avg(Assets)");

        v.Low.ShouldBe(v.Value - Rational.FromInteger(500));
        v.High.ShouldBe(v.Value + Rational.FromInteger(500));
    }

    [Fact]
    public void Translation_divides_the_bounds_by_the_rate()
    {
        var v = Eval("translate(Revenues[Segment=ATM])");

        v.Low.ShouldBe(Y(2_319_500_000m) / Y(94.16m));
        v.High.ShouldBe(Y(2_320_500_000m) / Y(94.16m));
    }

    [Fact]
    public void A_divisor_whose_interval_reaches_zero_leaves_the_quotient_unbounded()
    {
        // Other income rose from 5 to 6 JPY millions: by anything from 0 to 2 million.
        var change = Eval("change(OtherIncome)");
        change.Low.ShouldBe(Rational.Zero);
        change.High.ShouldBe(Million * Rational.FromInteger(2));

        var v = Eval("Revenues / change(OtherIncome)");

        v.Value.ShouldBe(Y(106_248.486m));
        v.Low.ShouldBeNull();
        v.High.ShouldBeNull();
        v.IsExact.ShouldBeFalse();
    }

    [Fact]
    public void An_unbounded_value_stays_unbounded_through_later_arithmetic()
    {
        var v = Eval("yoy(OtherIncome@prior, change(OtherIncome)) * 100");

        v.Value.ShouldBe(Rational.FromInteger(400));
        v.Low.ShouldBeNull();
        v.High.ShouldBeNull();
    }

    [Fact]
    public void Abs_of_a_negative_value_swaps_and_negates_the_bounds()
    {
        var v = Eval("abs(OperatingIncome[Segment=ATM]@prior)");

        v.Low.ShouldBe(Y(193_500_000m));
        v.High.ShouldBe(Y(194_500_000m));
    }

    [Fact]
    public void Abs_of_a_value_whose_interval_straddles_zero_is_never_below_zero()
    {
        // 6 - 5 - 2 = -1 JPY million, each known to half a million: the true value lies in [-2.5, 0.5] million,
        // so its absolute value lies in [0, 2.5] million.
        var inner = Eval("OtherIncome - OtherIncome@prior - EquityMethodIncome");
        inner.Low.ShouldBe(Y(-2_500_000m));
        inner.High.ShouldBe(HalfMillion);

        var v = Eval("abs(OtherIncome - OtherIncome@prior - EquityMethodIncome)");

        v.Value.ShouldBe(Million);
        v.Low.ShouldBe(Rational.Zero);
        v.High.ShouldBe(Y(2_500_000m));
    }

    [Fact]
    public void Abs_of_a_positive_value_straddling_zero_is_never_below_zero_either()
    {
        var v = Eval("abs(EquityMethodIncome + OtherIncome@prior - OtherIncome)");

        v.Value.ShouldBe(Million);
        v.Low.ShouldBe(Rational.Zero);
        v.High.ShouldBe(Y(2_500_000m));
    }
}
