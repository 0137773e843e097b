using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>avg, translate, ads, per_ads and abs.</summary>
public partial class EvaluatorTest
{
    [Fact]
    public void Avg_is_the_mean_of_the_opening_and_closing_balances()
    {
        var v = Eval("avg(Assets)");

        v.Value.ShouldBe(Y((73_493_246_000m + 82_111_266_000m) / 2));
        v.Unit.ShouldBe(Unit.OfCurrency("JPY"));
    }

    [Fact]
    public void Return_on_average_assets_divides_a_flow_by_an_average_balance() =>
        Eval("NetIncome / avg(Assets)").Value.ShouldBe(Rational.Of(5_300_654_000, 1) / Y(77_802_256_000m));

    [Fact]
    public void Avg_needs_a_duration() =>
        Failure("avg(Assets)", "FY2012-end").ShouldBe("'avg(Assets)' averages over a duration; its context is an instant.");

    [Fact]
    public void Avg_takes_one_argument() => Failure("avg(Assets, Assets)").ShouldBe("'avg' takes 1 argument.");

    [Fact]
    public void Translate_divides_yen_by_the_package_rate_into_dollars()
    {
        var v = Eval("translate(Revenues)");

        v.Value.ShouldBe(Y(106_248_486_000m) / Y(94.16m));
        v.Unit.ShouldBe(Unit.OfCurrency("USD"));
        // USD millions with one decimal, as in the highlights: $1,128.4 million.
        v.Value.Round(-5).ShouldBe(Y(1_128_400_000m));
    }

    [Fact]
    public void Translate_of_a_per_share_figure_is_dollars_per_share()
    {
        var v = Eval("translate(NetIncome / WeightedAverageShares)");

        v.Unit.ShouldBe(Unit.PerShareOf("USD"));
        v.Value.Round(2).ShouldBe(Y(1.39m));
    }

    [Fact]
    public void Translate_refuses_what_is_not_yen() =>
        Failure("translate(WeightedAverageShares)").ShouldBe("'translate(WeightedAverageShares)' translates shares; only JPY amounts are translated.");

    [Fact]
    public void Translate_needs_a_convenience_translation() =>
        Failure("translate(Revenues)", package: Load("")).ShouldBe("The package has no convenience translation.");

    [Fact]
    public void Ads_equivalents_are_shares_times_the_ads_per_share()
    {
        var v = Eval("ads(WeightedAverageShares)");

        v.Value.ShouldBe(Rational.FromInteger(81_073_600));
        v.Unit.ShouldBe(Unit.Shares);
    }

    [Fact]
    public void Per_ads_divides_a_per_share_figure_by_the_ads_per_share()
    {
        var v = Eval("per_ads(NetIncome / WeightedAverageShares)");

        v.Unit.ShouldBe(Unit.PerShareOf("JPY"));
        v.Value.ShouldBe(Rational.Of(5_300_654_000, 40_536_800 * 2));
        v.Value.Round(2).ShouldBe(Y(65.38m));
    }

    [Fact]
    public void Ads_needs_shares() => Failure("ads(Revenues)").ShouldBe("'ads(Revenues)' needs a number of shares.");

    [Fact]
    public void Per_ads_needs_a_per_share_figure() => Failure("per_ads(Revenues)").ShouldBe("'per_ads(Revenues)' needs a per-share figure.");

    [Fact]
    public void Ads_rules_need_an_ads_ratio()
    {
        var noAds = Load("""
            shares:
              splits: [{effective: 2012-10-01, ratio: 200}]

            """);

        Failure("ads(WeightedAverageShares)", package: noAds).ShouldBe("'ads(WeightedAverageShares)': the package declares no ADS ratio.");
        Failure("per_ads(NetIncome / WeightedAverageShares)", package: noAds)
            .ShouldBe("'per_ads(NetIncome / WeightedAverageShares)': the package declares no ADS ratio.");
    }

    [Theory]
    [InlineData("abs(OperatingIncome[Segment=ATM]@prior)", 194_000_000)]
    [InlineData("abs(OperatingIncome[Segment=ATM])", 239_000_000)]
    [InlineData("abs(change(HomeRevenue))", 251_219_000)]
    public void Abs_drops_the_sign(string expression, long expected) => Eval(expression).Value.ShouldBe(Rational.FromInteger(expected));

    [Fact]
    public void Unknown_rules_are_named_with_the_list_of_rules() =>
        Failure("growth(Revenues)").ShouldBe(
            "'growth' is not a derivation rule; the rules are: yoy, change, avg, translate, ads, per_ads, abs, restated, carried, dividend_total, dividend_per_share, declared_total.");

    [Theory]
    [InlineData("translate()", "'translate' takes 1 argument.")]
    [InlineData("ads(WeightedAverageShares, WeightedAverageShares)", "'ads' takes 1 argument.")]
    [InlineData("abs()", "'abs' takes 1 argument.")]
    [InlineData("restated()", "'restated' takes 1 argument.")]
    [InlineData("dividend_total(DividendPerShare)", "'dividend_total' takes 2 arguments.")]
    public void Rules_check_their_number_of_arguments(string expression, string message) => Failure(expression).ShouldBe(message);
}
