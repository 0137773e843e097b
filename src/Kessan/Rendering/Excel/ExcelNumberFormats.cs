using System.Text;
using Kessan.Layout.Formats;

namespace Kessan.Rendering.Excel;

/// <summary>
/// Excel number formats that show a figure's displayed value (in display units) as the release shows it:
/// thousands separators, the figure's decimals, negatives in parentheses or with a minus sign, the zero
/// text of the format (<c>-</c>) for an exact zero, and the format's prefix and suffix as literal text.
/// </summary>
/// <remarks>
/// A percentage is stored in percent points (9.2 for 9.2%), so its format never uses Excel's <c>%</c>,
/// which would multiply by 100: a <c>%</c> of a suffix is quoted. Stateless and thread-safe.
/// </remarks>
public static class ExcelNumberFormats
{
    /// <summary>
    /// The format code for a figure shown in <paramref name="format"/>, for example <c>#,##0;(#,##0);"-"</c>.
    /// </summary>
    /// <param name="format">The figure's display format.</param>
    /// <param name="showsZeroText">
    /// True when the release shows the format's zero text for the figure (its exact value is zero and the
    /// format has a zero text). A displayed zero whose exact value is not zero is shown as a number (0, 0.0),
    /// as in the release.
    /// </param>
    /// <param name="displayedIsZero">True when the displayed value is zero.</param>
    /// <returns>
    /// Positive and negative sections (a zero uses the positive one), and a third section with the zero
    /// text when <paramref name="showsZeroText"/>. When the release shows the zero text for a displayed value
    /// that is not zero (a footing adjustment moved an exact zero), every section shows the zero text.
    /// </returns>
    public static string For(DisplayFormat format, bool showsZeroText, bool displayedIsZero)
    {
        ArgumentNullException.ThrowIfNull(format);
        var prefix = Literal(format.Prefix);
        var suffix = Literal(format.Suffix);
        if (showsZeroText && format.Zero is not null)
        {
            var zero = prefix + Literal(format.Zero) + suffix;
            if (!displayedIsZero)
            {
                return zero + ";" + zero + ";" + zero;
            }
            return Sections(format, prefix, suffix) + ";" + zero;
        }
        return Sections(format, prefix, suffix);
    }

    private static string Sections(DisplayFormat format, string prefix, string suffix)
    {
        var digits = format.Grouping ? "#,##0" : "0";
        if (format.Decimals > 0)
        {
            digits += "." + new string('0', format.Decimals);
        }
        var negative = format.Negative == NegativeStyle.Parentheses ? "(" + digits + ")" : "-" + digits;
        return prefix + digits + suffix + ";" + prefix + negative + suffix;
    }

    /// <summary>
    /// Text shown as is: runs of characters in double quotes, a double quote escaped with a backslash.
    /// </summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return "";
        }
        var result = new StringBuilder();
        var open = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                if (open)
                {
                    result.Append('"');
                    open = false;
                }
                result.Append("\\\"");
                continue;
            }
            if (!open)
            {
                result.Append('"');
                open = true;
            }
            result.Append(c);
        }
        if (open)
        {
            result.Append('"');
        }
        return result.ToString();
    }
}
