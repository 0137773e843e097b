using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>Exact arithmetic: every result is in lowest terms.</summary>
public partial class RationalTest
{
    [Fact]
    public void Addition_is_exact() => (R(1, 2) + R(1, 3)).ShouldBe(R(5, 6));

    [Fact]
    public void Subtraction_is_exact() => (R(1, 2) - R(1, 3)).ShouldBe(R(1, 6));

    [Fact]
    public void Subtraction_below_zero_gives_a_negative_numerator()
    {
        var r = R(1, 3) - R(1, 2);

        r.ShouldBe(R(-1, 6));
        r.Denominator.ShouldBe(6);
    }

    [Fact]
    public void Negation_flips_the_sign_only() => (-R(3, 4)).ShouldBe(R(-3, 4));

    [Fact]
    public void Negating_zero_gives_zero() => (-Rational.Zero).ShouldBe(Rational.Zero);

    [Fact]
    public void Multiplication_reduces_the_result()
    {
        var r = R(2, 3) * R(3, 4);

        r.Numerator.ShouldBe(1);
        r.Denominator.ShouldBe(2);
    }

    [Fact]
    public void Division_is_multiplication_by_the_reciprocal() => (R(1, 2) / R(1, 4)).ShouldBe(R(2));

    [Fact]
    public void Division_by_a_negative_keeps_the_denominator_positive()
    {
        var r = R(1, 2) / R(-3);

        r.ShouldBe(R(-1, 6));
        r.Denominator.ShouldBe(6);
    }

    [Fact]
    public void Division_by_zero_throws() => Should.Throw<DivideByZeroException>(() => R(1) / Rational.Zero);

    [Fact]
    public void A_quotient_a_decimal_would_cut_stays_exact()
    {
        // 1/3 * 3 is exactly one; in decimal 1m / 3m * 3m is 0.9999999999999999999999999999.
        (R(1) / R(3) * R(3)).ShouldBe(Rational.One);
        (1m / 3m * 3m).ShouldNotBe(1m);
    }

    [Theory]
    [InlineData(-7, 2, 7, 2)]
    [InlineData(7, 2, 7, 2)]
    [InlineData(0, 1, 0, 1)]
    public void Abs_drops_the_sign(long n, long d, long en, long ed) => R(n, d).Abs().ShouldBe(R(en, ed));

    [Fact]
    public void Min_and_max_pick_by_value()
    {
        Rational.Min(R(1, 3), R(1, 2)).ShouldBe(R(1, 3));
        Rational.Max(R(1, 3), R(1, 2)).ShouldBe(R(1, 2));
        Rational.Min(R(-1, 2), R(-1, 3)).ShouldBe(R(-1, 2));
        Rational.Max(R(2, 4), R(1, 2)).ShouldBe(R(1, 2));
    }
}
