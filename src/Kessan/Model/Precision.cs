using System.Globalization;
using Kessan.Utility;

namespace Kessan.Model;

/// <summary>
/// How precisely a reported figure is known, in the sense of XBRL's <c>decimals</c>: a figure known to
/// <c>decimals = d</c> was rounded to a multiple of 10^-d, so the true value lies within half of that
/// unit either side. <c>decimals = -3</c> is "in thousands", <c>-6</c> "in millions", <c>2</c> "to the
/// cent". An exact figure (a share count, a declared dividend per share) has no rounding at all.
/// </summary>
/// <remarks>
/// <para>The default value of this type is <see cref="Exact"/>.</para>
/// <para>
/// Ordering: a more precise value compares greater. <see cref="Exact"/> is greater than every rounded
/// precision; among rounded precisions, more decimals is greater (<see cref="Thousands"/> &gt;
/// <see cref="Millions"/>).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Precision : IEquatable<Precision>, IComparable<Precision>
{
    /// <summary>The smallest decimals accepted (10^18, a quintillion).</summary>
    public const int MinDecimals = -18;

    /// <summary>The largest decimals accepted (10^-18).</summary>
    public const int MaxDecimals = 18;

    // A rounded precision stores decimals + 1000 so that the default (0) means Exact.
    private const int Offset = 1000;
    private readonly int encoded;

    private Precision(int encoded) => this.encoded = encoded;

    /// <summary>An exact figure: no rounding.</summary>
    public static Precision Exact => default;

    /// <summary>Rounded to units (<c>decimals = 0</c>).</summary>
    public static Precision Units => FromDecimals(0);

    /// <summary>Rounded to thousands (<c>decimals = -3</c>).</summary>
    public static Precision Thousands => FromDecimals(-3);

    /// <summary>Rounded to millions (<c>decimals = -6</c>).</summary>
    public static Precision Millions => FromDecimals(-6);

    /// <summary>Rounded to billions (<c>decimals = -9</c>).</summary>
    public static Precision Billions => FromDecimals(-9);

    /// <summary>A figure rounded to <paramref name="decimals"/> decimal places (negative: to tens, hundreds, ...).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside
    /// [<see cref="MinDecimals"/>, <see cref="MaxDecimals"/>].</exception>
    public static Precision FromDecimals(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, MinDecimals, MaxDecimals);
        return new Precision(decimals + Offset);
    }

    /// <summary>True for <see cref="Exact"/>.</summary>
    public bool IsExact => encoded == 0;

    /// <summary>The XBRL decimals, or <c>null</c> for an exact figure.</summary>
    public int? Decimals => IsExact ? null : encoded - Offset;

    /// <summary>Half of the rounding unit: the largest distance between the figure and the true value.
    /// Zero for an exact figure.</summary>
    public decimal HalfWidth => IsExact ? 0m : Pow10(-(encoded - Offset)) / 2m;

    /// <summary>The rounding unit, 10^-decimals; zero for an exact figure.</summary>
    public decimal Unit => IsExact ? 0m : Pow10(-(encoded - Offset));

    /// <summary>
    /// Rounds <paramref name="value"/> to this precision, half away from zero. An exact precision
    /// returns the value unchanged.
    /// </summary>
    public decimal Round(decimal value)
    {
        if (IsExact)
        {
            return value;
        }
        var d = encoded - Offset;
        if (d >= 0)
        {
            return decimal.Round(value, Math.Min(d, 28), MidpointRounding.AwayFromZero);
        }
        var unit = Pow10(-d);
        return decimal.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }

    /// <summary>The less precise of two precisions.</summary>
    public static Precision Min(Precision a, Precision b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>The more precise of two precisions.</summary>
    public static Precision Max(Precision a, Precision b) => a.CompareTo(b) >= 0 ? a : b;

    /// <summary>
    /// Parses a precision as written in a release package: <c>exact</c>, <c>units</c>,
    /// <c>thousands</c>, <c>millions</c>, <c>billions</c>, or an XBRL decimals integer such as
    /// <c>1</c> or <c>-3</c>.
    /// </summary>
    public static bool TryParse(string? text, out Precision precision)
    {
        precision = default;
        switch (text?.Trim())
        {
            case "exact": precision = Exact; return true;
            case "units": precision = Units; return true;
            case "thousands": precision = Thousands; return true;
            case "millions": precision = Millions; return true;
            case "billions": precision = Billions; return true;
            case { Length: > 0 } t when int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
                                        && d is >= MinDecimals and <= MaxDecimals:
                precision = FromDecimals(d);
                return true;
            default:
                return false;
        }
    }

    internal static decimal Pow10(int exponent)
    {
        var result = 1m;
        if (exponent >= 0)
        {
            for (var i = 0; i < exponent; i++)
            {
                result *= 10m;
            }
        }
        else
        {
            for (var i = 0; i < -exponent; i++)
            {
                result /= 10m;
            }
        }
        return result;
    }

    /// <inheritdoc/>
    public bool Equals(Precision other) => encoded == other.encoded;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Precision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => encoded;

    /// <inheritdoc/>
    public int CompareTo(Precision other)
    {
        if (IsExact || other.IsExact)
        {
            return IsExact.CompareTo(other.IsExact);
        }
        return encoded.CompareTo(other.encoded);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Precision left, Precision right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Precision left, Precision right) => !left.Equals(right);

    /// <summary>Less precise than.</summary>
    public static bool operator <(Precision left, Precision right) => left.CompareTo(right) < 0;

    /// <summary>More precise than.</summary>
    public static bool operator >(Precision left, Precision right) => left.CompareTo(right) > 0;

    /// <summary>Less or as precise as.</summary>
    public static bool operator <=(Precision left, Precision right) => left.CompareTo(right) <= 0;

    /// <summary>More or as precise as.</summary>
    public static bool operator >=(Precision left, Precision right) => left.CompareTo(right) >= 0;

    /// <summary>The name used in release packages: <c>exact</c>, <c>thousands</c>, ... or the decimals.</summary>
    public override string ToString() => Decimals switch
    {
        null => "exact",
        0 => "units",
        -3 => "thousands",
        -6 => "millions",
        -9 => "billions",
        var d => d.Value.ToString(CultureInfo.InvariantCulture),
    };
}
