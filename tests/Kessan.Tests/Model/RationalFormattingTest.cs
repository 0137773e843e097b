using System.Globalization;
using System.Numerics;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>
/// <see cref="Rational.ToString(int)"/> prints the value rounded half away from zero to at most the given
/// decimals, exactly: the same digits as rounding with <see cref="Rational.Round"/> and printing the result.
/// </summary>
public class RationalFormattingTest
{
    [Theory]
    [InlineData(1, 3, 4, "0.3333")]
    [InlineData(-1, 3, 4, "-0.3333")]
    [InlineData(2, 3, 4, "0.6667")]
    [InlineData(-2, 3, 4, "-0.6667")]
    [InlineData(1, 8, 2, "0.13")]        // 0.125: the midpoint goes away from zero
    [InlineData(-1, 8, 2, "-0.13")]
    [InlineData(1, 2, 0, "1")]
    [InlineData(-1, 2, 0, "-1")]
    [InlineData(-1, 3, 0, "0")]          // rounds to zero: no sign
    [InlineData(-1, 3000, 3, "0")]
    [InlineData(5, 4, 12, "1.25")]       // terminates sooner: no trailing zeros
    [InlineData(106248486000, 1, 12, "106248486000")]
    [InlineData(-898040000, 94, 2, "-9553617.02")]
    [InlineData(1, 1000000, 3, "0")]
    [InlineData(999, 1000, 2, "1")]      // the carry reaches the whole part
    [InlineData(-9995, 1000, 2, "-10")]
    public void Formats_rounded_half_away_from_zero_without_trailing_zeros(long numerator, long denominator, int decimals, string expected) =>
        Rational.Of(numerator, denominator).ToString(decimals).ShouldBe(expected);

    [Fact]
    public void Agrees_with_rounding_first_for_random_values()
    {
        var random = new Random(20130515);
        for (var i = 0; i < 5000; i++)
        {
            var n = new BigInteger(random.NextInt64(-10_000_000_000, 10_000_000_000));
            var d = new BigInteger(random.NextInt64(1, 1_000_000));
            var x = Rational.Of(n, d);
            var decimals = random.Next(0, 13);
            x.ToString(decimals).ShouldBe(ByRounding(x, decimals), $"{n}/{d} to {decimals} decimals");
        }
    }

    [Fact]
    public void A_negative_number_of_decimals_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Rational.Of(1, 3).ToString(-1));

    /// <summary>The reference: round exactly, then print the rounded value's decimal expansion.</summary>
    private static string ByRounding(Rational x, int decimals)
    {
        var r = x.Round(decimals);
        var scaled = BigInteger.Abs(r.Numerator) * BigInteger.Pow(10, decimals) / r.Denominator;
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var whole = digits[..^decimals];
        var fraction = decimals == 0 ? "" : digits[^decimals..].TrimEnd('0');
        if (decimals == 0)
        {
            whole = digits;
        }
        var sign = r.Sign < 0 ? "-" : "";
        return fraction.Length == 0 ? sign + whole : sign + whole + "." + fraction;
    }
}
