using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>References resolve to facts at the context's period and status, or at the period written.</summary>
public partial class EvaluatorTest
{
    [Fact]
    public void A_reference_is_the_fact_at_the_context_period_in_its_unit()
    {
        var v = Eval("Revenues");

        v.Value.ShouldBe(Y(106_248_486_000m));
        v.Unit.ShouldBe(Unit.OfCurrency("JPY"));
    }

    [Theory]
    [InlineData("Revenues@FY2011", "FY2012", 97_314_605_000)]
    [InlineData("Revenues@prior", "FY2012", 97_314_605_000)]
    [InlineData("Assets@end", "FY2012", 82_111_266_000)]
    [InlineData("Assets@start", "FY2012", 73_493_246_000)]
    [InlineData("Assets@prior-end", "FY2012", 73_493_246_000)]
    [InlineData("Assets@FY2011-end", "FY2012", 73_493_246_000)]
    [InlineData("Assets", "FY2012-end", 82_111_266_000)]
    [InlineData("Revenues[Segment=ATM]", "FY2012", 2_320_000_000)]
    [InlineData("Revenues[Segment=ATM]@prior", "FY2012", 1_324_000_000)]
    [InlineData("OperatingIncome[Segment=ATM]@FY2011", "FY2012", -194_000_000)]
    public void A_reference_resolves_its_period_against_the_context(string expression, string context, long expected) =>
        Eval(expression, context).Value.ShouldBe(Rational.FromInteger(expected));

    [Fact]
    public void The_context_status_selects_targets()
    {
        Eval("Revenues", "FY2013", FactStatus.Target).Value.ShouldBe(Y(117_000_000_000m));
        Eval("Revenues#target", "FY2013").Value.ShouldBe(Y(117_000_000_000m));
    }

    [Fact]
    public void A_status_written_in_the_reference_overrides_the_context() =>
        Eval("Revenues@FY2012#actual", "FY2013", FactStatus.Target).Value.ShouldBe(Y(106_248_486_000m));

    [Fact]
    public void Shares_per_share_pure_and_declared_units_come_from_the_concept()
    {
        Eval("WeightedAverageShares").Unit.ShouldBe(Unit.Shares);
        Eval("DividendPerShare", "FY2012-end").Unit.ShouldBe(Unit.PerShareOf("JPY"));
        Eval("Contracts", "FY2012-end").Unit.Id.ShouldBe("contracts");
    }

    [Fact]
    public void A_reported_nil_is_zero() => Eval("Impairment@FY2011").Value.ShouldBe(Rational.Zero);

    [Fact]
    public void A_number_is_a_pure_constant()
    {
        var v = Eval("1.5");

        v.Value.ShouldBe(Rational.Of(3, 2));
        v.Unit.ShouldBe(Unit.Pure);
        v.IsExact.ShouldBeTrue();
    }
}
