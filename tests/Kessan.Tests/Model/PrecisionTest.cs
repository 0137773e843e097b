using Kessan.Model;

namespace Kessan.Tests.Model;

public partial class PrecisionTest
{
    [Fact]
    public void The_default_precision_is_exact()
    {
        default(Precision).ShouldBe(Precision.Exact);
        default(Precision).IsExact.ShouldBeTrue();
        default(Precision).HalfWidth.ShouldBe(0m);
    }

    [Theory]
    [InlineData("exact", null)]
    [InlineData("units", 0)]
    [InlineData("thousands", -3)]
    [InlineData("millions", -6)]
    [InlineData("billions", -9)]
    [InlineData("1", 1)]
    [InlineData("-8", -8)]
    [InlineData("18", 18)]
    [InlineData("-18", -18)]
    public void Names_and_decimals_parse(string text, int? decimals)
    {
        Precision.TryParse(text, out var p).ShouldBeTrue();
        p.Decimals.ShouldBe(decimals);
        Precision.TryParse(p.ToString(), out var again).ShouldBeTrue();
        again.ShouldBe(p);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Thousands")]
    [InlineData("19")]
    [InlineData("-19")]
    [InlineData("1.5")]
    [InlineData(null)]
    public void Other_text_does_not_parse(string? text) => Precision.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(-3, "1500", "2000")]
    [InlineData(-3, "-1500", "-2000")]
    [InlineData(-3, "1499.999", "1000")]
    [InlineData(-6, "106248486000", "106248000000")]
    [InlineData(-6, "558514000", "559000000")]
    [InlineData(0, "2.5", "3")]
    [InlineData(0, "-2.5", "-3")]
    [InlineData(1, "857.65", "857.7")]
    [InlineData(2, "130.7645", "130.76")]
    [InlineData(2, "0.125", "0.13")]
    public void Rounding_is_half_away_from_zero(int decimals, string value, string expected) =>
        Precision.FromDecimals(decimals).Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Rounding_to_exact_changes_nothing() => Precision.Exact.Round(1.23456789m).ShouldBe(1.23456789m);

    [Fact]
    public void Half_width_is_half_the_rounding_unit()
    {
        Precision.Thousands.HalfWidth.ShouldBe(500m);
        Precision.Millions.Unit.ShouldBe(1_000_000m);
        Precision.FromDecimals(1).HalfWidth.ShouldBe(0.05m);
    }

    [Fact]
    public void More_decimals_is_more_precise_and_exact_is_most_precise()
    {
        (Precision.Exact > Precision.FromDecimals(18)).ShouldBeTrue();
        (Precision.Units > Precision.Thousands).ShouldBeTrue();
        (Precision.Thousands > Precision.Millions).ShouldBeTrue();
        Precision.Min(Precision.Thousands, Precision.Millions).ShouldBe(Precision.Millions);
        Precision.Max(Precision.Exact, Precision.Millions).ShouldBe(Precision.Exact);
    }

    [Theory]
    [InlineData(-19)]
    [InlineData(19)]
    public void Decimals_outside_the_range_throw(int decimals) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Precision.FromDecimals(decimals));
}
