using System.Numerics;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>ToDecimal and ToString: the exact value shown to a given precision, invariant culture.</summary>
public partial class RationalTest
{
    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("106248486000")]
    [InlineData("94.16")]
    [InlineData("-0.0001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.1234567890123456789012345678")]
    [InlineData("7922816251426433759354395033.5")]
    [InlineData("1.000000000000000000000000001")]
    public void ToDecimal_gives_back_the_decimal_a_rational_was_made_from(string value)
    {
        var d = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Rational.FromDecimal(d).ToDecimal().ShouldBe(d);
    }

    [Fact]
    public void ToDecimal_is_the_nearest_decimal_to_a_repeating_fraction()
    {
        Rational.Of(1, 3).ToDecimal().ShouldBe(0.3333333333333333333333333333m);
        Rational.Of(2, 3).ToDecimal().ShouldBe(0.6666666666666666666666666667m);
        Rational.Of(-2, 3).ToDecimal().ShouldBe(-0.6666666666666666666666666667m);
        Rational.Of(1_000_000, 3).ToDecimal().ShouldBe(333333.33333333333333333333333m);
    }

    [Fact]
    public void ToDecimal_rounds_the_digit_beyond_a_decimal_half_away_from_zero()
    {
        // 5 * 10^-29 lies halfway between 0 and the smallest positive decimal, 10^-28.
        var half = Rational.Of(5, BigInteger.Pow(10, 29));

        half.ToDecimal().ShouldBe(0.0000000000000000000000000001m);
        (-half).ToDecimal().ShouldBe(-0.0000000000000000000000000001m);
        Rational.Of(4, BigInteger.Pow(10, 29)).ToDecimal().ShouldBe(0m);
    }

    [Fact]
    public void ToDecimal_does_not_pad_with_trailing_zeros() =>
        Rational.Of(1, 2).ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0.5");

    [Fact]
    public void ToDecimal_of_a_value_beyond_the_decimal_range_throws()
    {
        var tooBig = Rational.FromInteger(BigInteger.Pow(2, 96));

        Should.Throw<OverflowException>(() => tooBig.ToDecimal());
        Should.Throw<OverflowException>(() => (tooBig + Rational.Of(1, 2)).ToDecimal());
    }

    [Theory]
    [InlineData(1, 2, 12, "0.5")]
    [InlineData(-1, 2, 12, "-0.5")]
    [InlineData(1, 3, 12, "0.333333333333")]
    [InlineData(2, 3, 12, "0.666666666667")]
    [InlineData(-2, 3, 4, "-0.6667")]
    [InlineData(10, 1, 12, "10")]
    [InlineData(5, 2, 0, "3")]
    [InlineData(-5, 2, 0, "-3")]
    [InlineData(1234567, 1, 2, "1234567")]
    [InlineData(1, 100, 3, "0.01")]
    [InlineData(0, 1, 3, "0")]
    public void ToString_shows_up_to_the_decimals_asked_and_drops_trailing_zeros(long n, long d, int decimals, string expected) =>
        Rational.Of(n, d).ToString(decimals).ShouldBe(expected);

    [Fact]
    public void ToString_of_a_negative_that_rounds_to_zero_has_no_minus_sign() =>
        Rational.Of(-1, 10_000).ToString(3).ShouldBe("0");

    [Fact]
    public void The_default_ToString_shows_twelve_decimals() => Rational.Of(1, 7).ToString().ShouldBe("0.142857142857");
}
