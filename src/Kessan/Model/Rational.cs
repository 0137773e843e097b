using System.Globalization;
using System.Numerics;

namespace Kessan.Model;

/// <summary>
/// An exact rational number, numerator over a positive denominator in lowest terms. Derived figures
/// (ratios, year-on-year changes, translations) are computed exactly with it, so that rounding them to
/// display precision is exact, half away from zero, even for quotients a <see cref="decimal"/> would cut.
/// </summary>
/// <remarks>
/// <para>The default value of this type is zero.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger numerator;
    private readonly BigInteger denominatorMinusOne; // so that default(Rational) is 0/1

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One);

    /// <summary>The numerator (carries the sign).</summary>
    public BigInteger Numerator => numerator;

    /// <summary>The denominator, always positive.</summary>
    public BigInteger Denominator => denominatorMinusOne + 1;

    /// <summary>Sign: -1, 0 or 1.</summary>
    public int Sign => numerator.Sign;

    /// <summary>True when zero.</summary>
    public bool IsZero => numerator.IsZero;

    /// <summary>Creates n/d in lowest terms.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return g.IsOne || g.IsZero ? new Rational(numerator, denominator) : new Rational(numerator / g, denominator / g);
    }

    /// <summary>The exact value of a decimal.</summary>
    public static Rational FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        // The low, middle and high words are unsigned 32-bit values stored in ints: reinterpret, do not convert.
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32)
            | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        if ((bits[3] & int.MinValue) != 0)
        {
            mantissa = -mantissa;
        }
        return Of(mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>An integer.</summary>
    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b)
    {
        if (a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero)
        {
            return new Rational(a.numerator + b.numerator, BigInteger.One);
        }
        return Of(a.numerator * b.Denominator + b.numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b)
    {
        if (a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero)
        {
            return new Rational(a.numerator - b.numerator, BigInteger.One);
        }
        return Of(a.numerator * b.Denominator - b.numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a.numerator, a.Denominator);

    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b) => Of(a.numerator * b.numerator, a.Denominator * b.Denominator);

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static Rational operator /(Rational a, Rational b) => Of(a.numerator * b.Denominator, a.Denominator * b.numerator);

    /// <summary>Absolute value.</summary>
    public Rational Abs() => numerator.Sign < 0 ? -this : this;

    /// <summary>
    /// Rounds to <paramref name="decimals"/> decimal places (negative: to tens, thousands, ...), half away
    /// from zero, exactly.
    /// </summary>
    public Rational Round(int decimals)
    {
        if (decimals >= 0 && denominatorMinusOne.IsZero)
        {
            return this; // an integer is already rounded to any number of decimals
        }
        var scale = decimals >= 0 ? Of(BigInteger.Pow(10, decimals), 1) : Of(1, BigInteger.Pow(10, -decimals));
        var scaled = this * scale;
        var n = BigInteger.Abs(scaled.numerator);
        var d = scaled.Denominator;
        var q = BigInteger.DivRem(n, d, out var r);
        if (r * 2 >= d)
        {
            q += 1;
        }
        if (scaled.numerator.Sign < 0)
        {
            q = -q;
        }
        return FromInteger(q) / scale;
    }

    /// <summary>
    /// The nearest decimal (a <see cref="decimal"/> holds 28-29 significant digits; the excess is rounded
    /// half away from zero).
    /// </summary>
    /// <exception cref="OverflowException">The value is beyond the range of a decimal.</exception>
    public decimal ToDecimal()
    {
        if (Denominator.IsOne)
        {
            return (decimal)numerator;
        }
        // The finest scale (at most 28 decimals) whose rounded mantissa still fits in a decimal's 96 bits.
        var maxMantissa = new BigInteger(decimal.MaxValue);
        for (var scale = 28; scale >= 0; scale--)
        {
            var mantissa = (Round(scale) * FromInteger(BigInteger.Pow(10, scale))).numerator;
            if (BigInteger.Abs(mantissa) > maxMantissa)
            {
                continue;
            }
            while (scale > 0 && (mantissa % 10).IsZero)
            {
                mantissa /= 10;
                scale--;
            }
            var abs = BigInteger.Abs(mantissa);
            var mask = new BigInteger(uint.MaxValue);
            return new decimal(unchecked((int)(uint)(abs & mask)), unchecked((int)(uint)((abs >> 32) & mask)),
                unchecked((int)(uint)((abs >> 64) & mask)), mantissa.Sign < 0, (byte)scale);
        }
        throw new OverflowException("The value is beyond the range of a decimal.");
    }

    /// <summary>Formats with up to <paramref name="maxDecimals"/> decimals, exact when it terminates sooner.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDecimals"/> is negative.</exception>
    public string ToString(int maxDecimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        if (denominatorMinusOne.IsZero)
        {
            return numerator.ToString(CultureInfo.InvariantCulture);
        }
        // |x| scaled by 10^maxDecimals, rounded half away from zero, in one division.
        var d = Denominator;
        var q = BigInteger.DivRem(BigInteger.Abs(numerator) * BigInteger.Pow(10, maxDecimals), d, out var r);
        if (r * 2 >= d)
        {
            q += 1;
        }
        if (maxDecimals == 0 || q.IsZero)
        {
            return (numerator.Sign < 0 && !q.IsZero ? "-" : "") + q.ToString(CultureInfo.InvariantCulture);
        }
        var s = q.ToString(CultureInfo.InvariantCulture).PadLeft(maxDecimals + 1, '0');
        var whole = s[..^maxDecimals];
        var fraction = s[^maxDecimals..].TrimEnd('0');
        var sign = numerator.Sign < 0 ? "-" : "";
        return fraction.Length == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    /// <inheritdoc/>
    public bool Equals(Rational other) => numerator == other.numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(numerator, Denominator);

    /// <inheritdoc/>
    public int CompareTo(Rational other) => (numerator * other.Denominator).CompareTo(other.numerator * Denominator);

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>Ordering.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>The smaller of two.</summary>
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    /// <summary>The larger of two.</summary>
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>Formats with up to 12 decimals, invariant culture.</summary>
    public override string ToString() => ToString(12);
}
