using System.Globalization;
using System.Numerics;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>
/// Properties over many values drawn with a fixed seed, so that a failure is reproducible: the field laws
/// hold exactly, rounding stays within half a step, and values that fit a decimal agree with decimal
/// arithmetic.
/// </summary>
public partial class RationalTest
{
    private const int Seed = 20130515;
    private const int Trials = 2000;

    private static Rational RandomRational(Random random)
    {
        var numerator = new BigInteger(random.NextInt64(-1_000_000_000_000, 1_000_000_000_000));
        var denominator = new BigInteger(random.NextInt64(1, 1_000_000));
        return Rational.Of(numerator, denominator);
    }

    private static Rational RandomNonZero(Random random)
    {
        while (true)
        {
            var r = RandomRational(random);
            if (!r.IsZero)
            {
                return r;
            }
        }
    }

    /// <summary>A decimal from random bits: any mantissa up to 96 bits, any scale 0-28, either sign.</summary>
    private static decimal RandomDecimal(Random random) =>
        new(random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue),
            random.Next(2) == 0, (byte)random.Next(0, 29));

    /// <summary>A decimal of at most twelve digits and six decimals, as facts and rates are.</summary>
    private static decimal RandomAmount(Random random) =>
        random.NextInt64(-999_999_999_999, 999_999_999_999) / (decimal)Math.Pow(10, random.Next(0, 7));

    private static void ForAll(Action<Random, int> check)
    {
        var random = new Random(Seed);
        for (var i = 0; i < Trials; i++)
        {
            check(random, i);
        }
    }

    [Fact]
    public void Adding_and_then_subtracting_a_value_gives_back_the_original() =>
        ForAll((random, i) =>
        {
            var a = RandomRational(random);
            var b = RandomRational(random);
            (a + b - b).ShouldBe(a, $"trial {i}: {a} + {b} - {b}");
        });

    [Fact]
    public void Multiplying_and_then_dividing_by_a_nonzero_value_gives_back_the_original() =>
        ForAll((random, i) =>
        {
            var a = RandomRational(random);
            var b = RandomNonZero(random);
            (a * b / b).ShouldBe(a, $"trial {i}: {a} * {b} / {b}");
        });

    [Fact]
    public void Addition_and_multiplication_are_commutative_associative_and_distributive() =>
        ForAll((random, i) =>
        {
            var a = RandomRational(random);
            var b = RandomRational(random);
            var c = RandomRational(random);
            (a + b).ShouldBe(b + a, $"trial {i}");
            (a * b).ShouldBe(b * a, $"trial {i}");
            (a + b + c).ShouldBe(a + (b + c), $"trial {i}");
            (a * b * c).ShouldBe(a * (b * c), $"trial {i}");
            (a * (b + c)).ShouldBe((a * b) + (a * c), $"trial {i}");
        });

    [Fact]
    public void Every_result_is_in_lowest_terms_with_a_positive_denominator() =>
        ForAll((random, i) =>
        {
            var a = RandomRational(random);
            var b = RandomNonZero(random);
            foreach (var r in new[] { a + b, a - b, a * b, a / b, -a, a.Round(2) })
            {
                r.Denominator.Sign.ShouldBe(1, $"trial {i}: {r}");
                BigInteger.GreatestCommonDivisor(r.Numerator, r.Denominator).ShouldBe(r.IsZero ? r.Denominator : BigInteger.One, $"trial {i}: {r}");
            }
        });

    [Fact]
    public void Rounding_moves_a_value_by_at_most_half_a_step_lands_on_the_step_and_is_idempotent() =>
        ForAll((random, i) =>
        {
            var x = RandomRational(random);
            var decimals = random.Next(-6, 7);
            var step = decimals >= 0 ? Rational.Of(1, BigInteger.Pow(10, decimals)) : Rational.FromInteger(BigInteger.Pow(10, -decimals));
            var rounded = x.Round(decimals);

            (rounded - x).Abs().ShouldBeLessThanOrEqualTo(step / Rational.FromInteger(2), $"trial {i}: {x} to {decimals}");
            (rounded / step).Denominator.ShouldBe(BigInteger.One, $"trial {i}: {x} to {decimals}");
            rounded.Round(decimals).ShouldBe(rounded, $"trial {i}");
        });

    [Fact]
    public void Rounding_is_symmetric_about_zero() =>
        ForAll((random, i) =>
        {
            var x = RandomRational(random);
            var decimals = random.Next(-3, 4);
            (-x).Round(decimals).ShouldBe(-x.Round(decimals), $"trial {i}: {x}");
        });

    [Fact]
    public void Exact_midpoints_always_round_away_from_zero() =>
        ForAll((random, i) =>
        {
            // k + 1/2 steps, for any integer k of either sign.
            var k = random.NextInt64(-1_000_000, 1_000_000);
            var decimals = random.Next(-3, 4);
            var step = decimals >= 0 ? Rational.Of(1, BigInteger.Pow(10, decimals)) : Rational.FromInteger(BigInteger.Pow(10, -decimals));
            var midpoint = (Rational.FromInteger(k) + Rational.Of(1, 2)) * step;
            var awayFromZero = midpoint.Sign >= 0 ? Rational.FromInteger(k + 1) * step : Rational.FromInteger(k) * step;

            midpoint.Round(decimals).ShouldBe(awayFromZero, $"trial {i}: {midpoint} to {decimals}");
        });

    [Fact]
    public void Rounding_agrees_with_decimal_rounding_away_from_zero() =>
        ForAll((random, i) =>
        {
            var x = RandomAmount(random);
            var decimals = random.Next(0, 7);
            Rational.FromDecimal(x).Round(decimals).ShouldBe(Rational.FromDecimal(decimal.Round(x, decimals, MidpointRounding.AwayFromZero)),
                $"trial {i}: {x.ToString(CultureInfo.InvariantCulture)} to {decimals}");
        });

    [Fact]
    public void Arithmetic_on_decimals_agrees_with_decimal_arithmetic_where_that_is_exact() =>
        ForAll((random, i) =>
        {
            var a = RandomAmount(random);
            var b = RandomAmount(random);
            var ra = Rational.FromDecimal(a);
            var rb = Rational.FromDecimal(b);
            (ra + rb).ShouldBe(Rational.FromDecimal(a + b), $"trial {i}");
            (ra - rb).ShouldBe(Rational.FromDecimal(a - b), $"trial {i}");
            ra.CompareTo(rb).ShouldBe(a.CompareTo(b), $"trial {i}");
            (ra == rb).ShouldBe(a == b, $"trial {i}");
        });

    [Fact]
    public void Every_decimal_survives_a_round_trip_through_a_rational() =>
        ForAll((random, i) =>
        {
            var d = RandomDecimal(random);
            Rational.FromDecimal(d).ToDecimal().ShouldBe(d, $"trial {i}: {d.ToString(CultureInfo.InvariantCulture)}");
        });

    [Fact]
    public void ToDecimal_keeps_at_least_fifteen_decimals_of_values_below_a_trillion() =>
        ForAll((random, i) =>
        {
            // |x| < 10^12, so a decimal (96-bit mantissa, up to 7.9 * 10^28) holds it to 15 decimals or more:
            // the nearest decimal is within half of 10^-15.
            var x = RandomNonZero(random);
            var bound = Rational.Of(1, BigInteger.Pow(10, 15) * 2);

            (Rational.FromDecimal(x.ToDecimal()) - x).Abs().ShouldBeLessThanOrEqualTo(bound, $"trial {i}: {x}");
        });
}
