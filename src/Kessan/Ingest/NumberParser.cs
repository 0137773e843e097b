using System.Globalization;
using System.Text.RegularExpressions;

namespace Kessan.Ingest;

/// <summary>A number read from a fact cell.</summary>
/// <param name="Value">The value as written, before scaling; a percentage is already divided by 100.</param>
/// <param name="FractionDigits">Digits written after the decimal point (before any percentage shift).</param>
/// <param name="IsPercent">True when written with a trailing '%'.</param>
internal readonly record struct ParsedNumber(decimal Value, int FractionDigits, bool IsPercent);

/// <summary>
/// Parses numbers as finance people write them, and nothing looser:
/// <c>1234</c>, <c>1,234</c>, <c>-1,234.5</c>, <c>(1,234)</c> for a negative, <c>29.9%</c> (negative:
/// <c>-2.5%</c>, <c>(2.5)%</c> or <c>(2.5%)</c>), and a lone
/// <c>-</c> for a reported nil (zero). Thousands separators must group by three. The invariant
/// culture is used: a comma never means a decimal point.
/// </summary>
internal static partial class NumberParser
{
    public static bool TryParse(string cell, out ParsedNumber number, out string reason)
    {
        number = default;
        var t = cell.Trim();
        if (t == "-")
        {
            number = new ParsedNumber(0m, 0, false);
            reason = "";
            return true;
        }
        if (t.Contains('\u2212', StringComparison.Ordinal) || t.Contains('\u2013', StringComparison.Ordinal))
        {
            reason = "it uses a typographic minus or dash; write '-' or parentheses";
            return false;
        }
        if (t.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            reason = "it uses digits other than 0-9, such as full-width digits; write ASCII digits";
            return false;
        }
        var percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1].TrimEnd();
        }
        var negative = false;
        if (t.StartsWith('(') && t.EndsWith(')'))
        {
            negative = true;
            t = t[1..^1].Trim();
        }
        if (!percent && t.EndsWith('%'))
        {
            // A negative percentage written "(2.5%)" rather than "(2.5)%".
            percent = true;
            t = t[..^1].TrimEnd();
        }
        if (t.StartsWith('-'))
        {
            if (negative)
            {
                reason = "it has both parentheses and a minus sign";
                return false;
            }
            negative = true;
            t = t[1..];
        }
        var m = Pattern().Match(t);
        if (!m.Success)
        {
            reason = t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal)
                ? "its thousands separators do not group digits by three"
                : "it is not a number (digits, optional thousands separators, optional decimals)";
            return false;
        }
        var digits = m.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal);
        var fraction = m.Groups["frac"].Value;
        var text = fraction.Length > 0 ? digits + "." + fraction : digits;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            reason = "it is too large";
            return false;
        }
        if (negative)
        {
            value = -value;
        }
        if (percent)
        {
            value /= 100m;
        }
        number = new ParsedNumber(value, fraction.Length, percent);
        reason = "";
        return true;
    }

    // [0-9], not \d: \d also matches other scripts' digits, which decimal.Parse does not read.
    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
