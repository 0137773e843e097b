using System.Globalization;

namespace Kessan.Store.Database;

/// <summary>Exact decimals as the store writes and reads them: no floating point anywhere, one text per value.</summary>
public static class Exact
{
    /// <summary>The value's text without trailing zeros after the point (10.00 and 10 are one value, written "10").</summary>
    public static string Text(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>The exact value with thousands separators in its integer part (-1,234,567.5), as the store's commands print it.</summary>
    public static string Grouped(decimal value)
    {
        var exact = Text(Math.Abs(value));
        var point = exact.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? exact : exact[..point];
        var grouped = decimal.Parse(whole, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture) + (point < 0 ? "" : exact[point..]);
        return value < 0 ? "-" + grouped : grouped;
    }

    /// <summary>Reads a stored value: the exact text SQLite keeps, or the decimal PostgreSQL returns.</summary>
    public static decimal Read(object value) => value switch
    {
        string text => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        decimal d => d,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
