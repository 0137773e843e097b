using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>Arithmetic is exact and checks units: money plus money, money times a pure number, money per share.</summary>
public partial class EvaluatorTest
{
    [Fact]
    public void Sums_and_differences_are_exact()
    {
        Eval("Revenues[Segment=Network] + Revenues[Segment=ATM]").Value.ShouldBe(Y(106_807_000_000m));
        Eval("Revenues - Revenues@prior").Value.ShouldBe(Y(8_933_881_000m));
    }

    [Fact]
    public void A_ratio_of_two_amounts_is_a_pure_number_and_exact()
    {
        var margin = Eval("OperatingIncome / Revenues");

        margin.Value.ShouldBe(Rational.Of(7_752_642, 106_248_486));
        margin.Unit.ShouldBe(Unit.Pure);
    }

    [Fact]
    public void Money_divided_by_shares_is_money_per_share()
    {
        var eps = Eval("NetIncome / WeightedAverageShares");

        eps.Unit.ShouldBe(Unit.PerShareOf("JPY"));
        eps.Value.ShouldBe(Rational.Of(5_300_654_000, 40_536_800));
        eps.Value.Round(2).ShouldBe(Y(130.76m));
    }

    [Fact]
    public void Money_times_a_pure_number_is_money() => Eval("Revenues * 2").Unit.ShouldBe(Unit.OfCurrency("JPY"));

    [Fact]
    public void Negation_negates_the_value() => Eval("-OperatingIncome[Segment=ATM]@prior").Value.ShouldBe(Y(194_000_000m));

    [Fact]
    public void Grouping_decides_whether_units_fit()
    {
        // Money * (shares / shares) is money; (money * shares) / shares multiplies money by shares.
        Eval("NetIncome * (WeightedAverageShares / WeightedAverageShares@prior)").Unit.ShouldBe(Unit.OfCurrency("JPY"));
        Failure("NetIncome * WeightedAverageShares / WeightedAverageShares@prior")
            .ShouldBe("'NetIncome * WeightedAverageShares' multiplies JPY by shares; one factor must be a pure number.");
    }

    [Fact]
    public void Adding_different_units_fails() =>
        Failure("Revenues + WeightedAverageShares").ShouldBe("'Revenues + WeightedAverageShares' adds or subtracts figures of different units (JPY and shares).");

    [Fact]
    public void Adding_a_pure_number_to_money_fails() =>
        Failure("Revenues - 1").ShouldBe("'Revenues - 1' adds or subtracts figures of different units (JPY and pure).");

    [Fact]
    public void Multiplying_money_by_money_fails() =>
        Failure("Revenues * Revenues").ShouldBe("'Revenues * Revenues' multiplies JPY by JPY; one factor must be a pure number.");

    [Fact]
    public void A_quotient_without_a_known_unit_fails() =>
        Failure("WeightedAverageShares / Revenues").ShouldBe("'WeightedAverageShares / Revenues' divides shares by JPY, which gives no unit Kessan knows.");

    [Fact]
    public void Division_by_a_zero_figure_is_a_failure_not_a_crash() =>
        Failure("Revenues / Impairment@FY2011").ShouldBe("Division by zero in 'Revenues / Impairment@FY2011'.");

    [Fact]
    public void Division_by_a_computed_zero_is_a_failure_not_a_crash() =>
        Failure("Revenues / (Revenues - Revenues)").ShouldBe("Division by zero in 'Revenues / (Revenues - Revenues)'.");

    [Fact]
    public void Division_by_the_number_zero_is_a_failure_not_a_crash() =>
        Failure("Revenues / 0").ShouldBe("Division by zero in 'Revenues / 0'.");
}
