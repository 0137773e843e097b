using System.Numerics;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>Round(decimals): exact, half away from zero, to any power of ten.</summary>
public partial class RationalTest
{
    [Theory]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("0.5", 0, "1")]
    [InlineData("-0.5", 0, "-1")]
    [InlineData("2.4999999", 0, "2")]
    [InlineData("-2.4999999", 0, "-2")]
    [InlineData("1.5", 0, "2")]
    [InlineData("0.05", 1, "0.1")]
    [InlineData("-0.05", 1, "-0.1")]
    [InlineData("0.04999", 1, "0")]
    [InlineData("130.755", 2, "130.76")]
    [InlineData("-130.755", 2, "-130.76")]
    [InlineData("9.18043", 3, "9.18")]
    [InlineData("1234", -3, "1000")]
    [InlineData("1500", -3, "2000")]
    [InlineData("-1500", -3, "-2000")]
    [InlineData("1499.999", -3, "1000")]
    [InlineData("106248486", -3, "106248000")]
    [InlineData("106248500", -3, "106249000")]
    [InlineData("7", 2, "7")]
    [InlineData("0", 0, "0")]
    public void Round_goes_half_away_from_zero(string value, int decimals, string expected) =>
        D(value).Round(decimals).ShouldBe(D(expected));

    [Theory]
    [InlineData(1, 3, 0, 0)]
    [InlineData(2, 3, 0, 1)]
    [InlineData(-2, 3, 0, -1)]
    [InlineData(1, 6, 1, 2)]
    [InlineData(-1, 6, 1, -2)]
    public void Round_is_exact_on_quotients_a_decimal_cannot_hold(long n, long d, int decimals, long expectedTenths)
    {
        // Expected in units of 10^-decimals.
        var expected = Rational.Of(expectedTenths, BigInteger.Pow(10, decimals));

        Rational.Of(n, d).Round(decimals).ShouldBe(expected);
    }

    [Fact]
    public void A_midpoint_hidden_in_a_long_quotient_still_rounds_away_from_zero()
    {
        // 0.0915 as 183/2000: the yoy of a figure that grew by exactly 9.15%.
        Rational.Of(183, 2000).Round(3).ShouldBe(D("0.092"));
        Rational.Of(-183, 2000).Round(3).ShouldBe(D("-0.092"));
    }

    [Fact]
    public void Rounding_a_rounded_value_changes_nothing()
    {
        var once = Rational.Of(22, 7).Round(4);

        once.Round(4).ShouldBe(once);
        once.ShouldBe(D("3.1429"));
    }
}
