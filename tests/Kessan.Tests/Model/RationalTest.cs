using System.Globalization;
using System.Numerics;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>Construction and normalisation: a rational is always numerator over a positive denominator in lowest terms.</summary>
public partial class RationalTest
{
    /// <summary>n/d.</summary>
    private static Rational R(long numerator, long denominator = 1) => Rational.Of(numerator, denominator);

    /// <summary>The exact value of a decimal written in invariant culture.</summary>
    private static Rational D(string value) => Rational.FromDecimal(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(6, 8, 3, 4)]
    [InlineData(-6, 8, -3, 4)]
    [InlineData(6, -8, -3, 4)]
    [InlineData(-6, -8, 3, 4)]
    [InlineData(7, 1, 7, 1)]
    [InlineData(100, 25, 4, 1)]
    [InlineData(0, 5, 0, 1)]
    [InlineData(0, -5, 0, 1)]
    public void Of_reduces_to_lowest_terms_with_the_sign_on_the_numerator(long n, long d, long expectedNumerator, long expectedDenominator)
    {
        var r = Rational.Of(n, d);

        r.Numerator.ShouldBe(new BigInteger(expectedNumerator));
        r.Denominator.ShouldBe(new BigInteger(expectedDenominator));
    }

    [Fact]
    public void A_zero_denominator_throws() =>
        Should.Throw<DivideByZeroException>(() => Rational.Of(1, 0)).Message.ShouldBe("A rational number cannot have a zero denominator.");

    [Fact]
    public void The_default_value_is_zero_over_one()
    {
        var r = default(Rational);

        r.ShouldBe(Rational.Zero);
        r.IsZero.ShouldBeTrue();
        r.Sign.ShouldBe(0);
        r.Numerator.ShouldBe(BigInteger.Zero);
        r.Denominator.ShouldBe(BigInteger.One);
        r.ToString().ShouldBe("0");
        (r + Rational.One).ShouldBe(Rational.One);
    }

    [Fact]
    public void One_is_one_over_one()
    {
        Rational.One.Numerator.ShouldBe(BigInteger.One);
        Rational.One.Denominator.ShouldBe(BigInteger.One);
        Rational.One.IsZero.ShouldBeFalse();
    }

    [Theory]
    [InlineData(-3, 7, -1)]
    [InlineData(0, 7, 0)]
    [InlineData(3, 7, 1)]
    [InlineData(3, -7, -1)]
    public void Sign_follows_the_value(long n, long d, int sign) => Rational.Of(n, d).Sign.ShouldBe(sign);

    [Fact]
    public void FromInteger_keeps_integers_of_any_size()
    {
        var big = BigInteger.Pow(10, 40) + 1;

        var r = Rational.FromInteger(big);

        r.Numerator.ShouldBe(big);
        r.Denominator.ShouldBe(BigInteger.One);
    }

    [Theory]
    [InlineData("0.25", 1, 4)]
    [InlineData("-1.5", -3, 2)]
    [InlineData("123.4500", 2469, 20)]
    [InlineData("106248486", 106248486, 1)]
    [InlineData("94.16", 2354, 25)]
    [InlineData("0", 0, 1)]
    [InlineData("-0.000", 0, 1)]
    public void FromDecimal_is_the_exact_value_whatever_the_scale(string value, long n, long d) => D(value).ShouldBe(R(n, d));

    [Fact]
    public void FromDecimal_reads_all_96_bits_of_the_largest_decimals()
    {
        Rational.FromDecimal(decimal.MaxValue).ShouldBe(Rational.FromInteger(BigInteger.Parse("79228162514264337593543950335", CultureInfo.InvariantCulture)));
        Rational.FromDecimal(decimal.MinValue).ShouldBe(Rational.FromInteger(BigInteger.Parse("-79228162514264337593543950335", CultureInfo.InvariantCulture)));
        // The low word with its top bit set is an unsigned value, not a negative one.
        Rational.FromDecimal(4_294_967_295m).ShouldBe(R(4_294_967_295));
        Rational.FromDecimal(0.0000000000000000000000000001m).ShouldBe(Rational.Of(1, BigInteger.Pow(10, 28)));
    }

    [Fact]
    public void Decimals_that_differ_only_in_trailing_zeros_are_the_same_rational()
    {
        D("1.50").ShouldBe(D("1.5"));
        D("1.50").GetHashCode().ShouldBe(D("1.5").GetHashCode());
    }
}
