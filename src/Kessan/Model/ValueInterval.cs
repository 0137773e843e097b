using System.Globalization;

namespace Kessan.Model;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of values a rounded figure may stand for,
/// as in XBRL Calculations 1.1: a figure <c>v</c> known to precision <c>p</c> stands for
/// [v - p.HalfWidth, v + p.HalfWidth]. Sums of intervals are intervals; two figures are consistent when
/// their intervals intersect.
/// </summary>
/// <remarks>
/// <para>The default value of this type is the exact zero, [0, 0].</para>
/// <para>Immutable and thread-safe. Arithmetic is checked: an overflow throws.</para>
/// </remarks>
public readonly struct ValueInterval : IEquatable<ValueInterval>
{
    private ValueInterval(decimal lower, decimal upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The smallest value in the interval (inclusive).</summary>
    public decimal Lower { get; }

    /// <summary>The largest value in the interval (inclusive).</summary>
    public decimal Upper { get; }

    /// <summary>The width of the interval, zero for an exact value.</summary>
    public decimal Width => Upper - Lower;

    /// <summary>The interval a figure stands for at the given precision.</summary>
    public static ValueInterval Of(decimal value, Precision precision)
    {
        var h = precision.HalfWidth;
        return new ValueInterval(value - h, value + h);
    }

    /// <summary>An exact value.</summary>
    public static ValueInterval Exact(decimal value) => new(value, value);

    /// <summary>An interval from explicit bounds.</summary>
    /// <exception cref="ArgumentException"><paramref name="lower"/> is greater than <paramref name="upper"/>.</exception>
    public static ValueInterval FromBounds(decimal lower, decimal upper)
    {
        if (lower > upper)
        {
            throw new ArgumentException("The lower bound must not exceed the upper bound.", nameof(lower));
        }
        return new ValueInterval(lower, upper);
    }

    /// <summary>True when the two intervals share at least one value (bounds included).</summary>
    public bool Intersects(ValueInterval other) => Lower <= other.Upper && other.Lower <= Upper;

    /// <summary>True when <paramref name="value"/> lies in the interval (bounds included).</summary>
    public bool Contains(decimal value) => Lower <= value && value <= Upper;

    /// <summary>
    /// The distance between the two intervals: zero when they intersect, otherwise the gap between
    /// the nearer bounds.
    /// </summary>
    public decimal DistanceTo(ValueInterval other) =>
        Intersects(other) ? 0m : Math.Max(other.Lower - Upper, Lower - other.Upper);

    /// <summary>Sum of intervals: [a.Lower + b.Lower, a.Upper + b.Upper].</summary>
    public static ValueInterval operator +(ValueInterval a, ValueInterval b) => new(a.Lower + b.Lower, a.Upper + b.Upper);

    /// <summary>Difference of intervals: [a.Lower - b.Upper, a.Upper - b.Lower].</summary>
    public static ValueInterval operator -(ValueInterval a, ValueInterval b) => new(a.Lower - b.Upper, a.Upper - b.Lower);

    /// <summary>Negation: [-Upper, -Lower].</summary>
    public static ValueInterval operator -(ValueInterval a) => new(-a.Upper, -a.Lower);

    /// <summary>Scales by a weight; a negative weight swaps the bounds.</summary>
    public ValueInterval Scale(decimal weight) => weight >= 0
        ? new ValueInterval(Lower * weight, Upper * weight)
        : new ValueInterval(Upper * weight, Lower * weight);

    /// <inheritdoc/>
    public bool Equals(ValueInterval other) => Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Equality.</summary>
    public static bool operator ==(ValueInterval left, ValueInterval right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ValueInterval left, ValueInterval right) => !left.Equals(right);

    /// <summary>Formats as <c>[lower, upper]</c> with the invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}]");
}
