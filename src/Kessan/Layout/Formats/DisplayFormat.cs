using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Kessan.Model;

namespace Kessan.Layout.Formats;

/// <summary>How negative numbers are shown.</summary>
public enum NegativeStyle
{
    /// <summary>In parentheses: (1,234). The default for financial tables.</summary>
    Parentheses = 0,

    /// <summary>With a minus sign: -1,234.</summary>
    Minus = 1,
}

/// <summary>
/// How a figure is displayed: the power of ten it is shown in (3 for thousands, 6 for millions), the
/// decimals shown, whether it is a percentage, how negatives and zero look, and text around it.
/// Rounding to the display precision is half away from zero.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record DisplayFormat
{
    /// <summary>The format's name.</summary>
    public required string Name { get; init; }

    /// <summary>The value is shown divided by 10^<see cref="Scale"/> (3: thousands, 6: millions).</summary>
    public int Scale { get; init; }

    /// <summary>Decimals shown after scaling.</summary>
    public int Decimals { get; init; }

    /// <summary>True when a ratio is shown as a percentage (times 100).</summary>
    public bool Percent { get; init; }

    /// <summary>How negatives look.</summary>
    public NegativeStyle Negative { get; init; }

    /// <summary>Text for an exact zero, or null to show the number ("-" in statements).</summary>
    public string? Zero { get; init; }

    /// <summary>Text before the number.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Text after the number.</summary>
    public string Suffix { get; init; } = "";

    /// <summary>True when the number uses thousands separators.</summary>
    public bool Grouping { get; init; } = true;

    /// <summary>
    /// The display unit: what one unit of the displayed number is worth in the figure's unit
    /// (10^Scale, divided by 100 for a percentage).
    /// </summary>
    public Rational UnitValue
    {
        get
        {
            var u = Scale >= 0 ? Rational.FromInteger(BigInteger.Pow(10, Scale)) : Rational.Of(1, BigInteger.Pow(10, -Scale));
            return Percent ? u / Rational.FromInteger(100) : u;
        }
    }

    /// <summary>The exact value in display units (thousands, millions, percent points), unrounded.</summary>
    public Rational ToDisplayUnits(Rational value) => value / UnitValue;

    /// <summary>The value rounded to the display precision, in display units, half away from zero.</summary>
    public Rational RoundToDisplay(Rational value) => ToDisplayUnits(value).Round(Decimals);

    /// <summary>The size of one step of the last displayed digit, in display units.</summary>
    public Rational Step => Rational.Of(1, BigInteger.Pow(10, Decimals));

    /// <summary>Formats a number already in display units and rounded.</summary>
    public string FormatDisplayed(Rational displayed, bool exactZero)
    {
        if (Zero is not null && exactZero)
        {
            return Prefix + Zero + Suffix;
        }
        var negative = displayed.Sign < 0;
        var abs = displayed.Abs().ToString(Decimals);
        if (Decimals > 0)
        {
            var dot = abs.IndexOf('.', StringComparison.Ordinal);
            var fraction = dot < 0 ? "" : abs[(dot + 1)..];
            var whole = dot < 0 ? abs : abs[..dot];
            abs = whole + "." + fraction.PadRight(Decimals, '0');
        }
        if (Grouping)
        {
            var dot = abs.IndexOf('.', StringComparison.Ordinal);
            var whole = dot < 0 ? abs : abs[..dot];
            var rest = dot < 0 ? "" : abs[dot..];
            abs = BigInteger.Parse(whole, CultureInfo.InvariantCulture).ToString("#,##0", CultureInfo.InvariantCulture) + rest;
        }
        var number = !negative ? abs : Negative == NegativeStyle.Parentheses ? "(" + abs + ")" : "-" + abs;
        return Prefix + number + Suffix;
    }

    /// <summary>The built-in formats, by name.</summary>
    public static ImmutableDictionary<string, DisplayFormat> BuiltIn { get; } = new[]
    {
        new DisplayFormat { Name = "units", Scale = 0, Zero = "-" },
        new DisplayFormat { Name = "thousands", Scale = 3, Zero = "-" },
        new DisplayFormat { Name = "millions", Scale = 6, Zero = "-" },
        new DisplayFormat { Name = "millions1", Scale = 6, Decimals = 1, Zero = "-" },
        new DisplayFormat { Name = "billions1", Scale = 9, Decimals = 1 },
        new DisplayFormat { Name = "percent", Percent = true, Decimals = 1 },
        new DisplayFormat { Name = "percent0", Percent = true, Decimals = 0 },
        new DisplayFormat { Name = "pershare", Decimals = 2 },
        new DisplayFormat { Name = "decimal1", Decimals = 1 },
        new DisplayFormat { Name = "count", Decimals = 0 },
        new DisplayFormat { Name = "ratio", Decimals = 2 },
    }.ToImmutableDictionary(f => f.Name, StringComparer.Ordinal);
}
