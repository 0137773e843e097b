using System.Globalization;
using Kessan.Ingest;

namespace Kessan.Store.Rollforward;

/// <summary>
/// A value written into a fact file's cell the way the cell was written before: in the cell's scale (thousands,
/// millions), with as many decimals, a percent sign when it had one, thousands separators, and parentheses for a
/// negative when the cell used them. Rounded half away from zero, Kessan's rule.
/// </summary>
internal static class CellText
{
    /// <summary>
    /// <paramref name="value"/> (in the unit's base) written like <paramref name="original"/>, which stood for
    /// <paramref name="originalValue"/>; null when the original cell cannot be read as a number.
    /// </summary>
    public static string? Like(string original, decimal originalValue, decimal value, int precisionDecimals)
    {
        if (!NumberParser.TryParse(original, out var written, out _))
        {
            return null;
        }
        // What one written unit is worth in the unit's base: 1,000 for a cell in thousands of yen.
        // (A percentage is read as a ratio, 12.5% as 0.125, and written back times 100.)
        var factor = written.IsPercent ? 1m : written.Value != 0 ? originalValue / written.Value : Pow10(-precisionDecimals - written.FractionDigits);
        if (factor == 0)
        {
            return null;
        }
        var digits = Math.Max(0, written.FractionDigits);
        var number = Math.Round((written.IsPercent ? value * 100m : value) / factor, digits, MidpointRounding.AwayFromZero);
        var text = Math.Abs(number).ToString("#,0." + new string('0', digits), CultureInfo.InvariantCulture).TrimEnd('.');
        if (written.IsPercent)
        {
            text += "%";
        }
        return number >= 0 ? text : original.TrimStart().StartsWith('(') ? "(" + text + ")" : "-" + text;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }
        return exponent >= 0 ? result : 1m / result;
    }
}
