using System.Globalization;
using System.Text;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>
/// What Excel shows for a number in a format code, for the part of the format language the release uses:
/// up to three sections (positive and zero; negative, shown without its sign; zero), quoted literals,
/// backslash escapes, one digit pattern (<c>#,##0.00</c>, <c>0.0</c>) and the characters Excel shows as
/// they are (parentheses, minus, space). Written from Excel's rules, not from the writer's code.
/// </summary>
internal static class ExcelFormatText
{
    public static string Render(string code, decimal value)
    {
        if (code == "General")
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        var sections = Sections(code);
        string section;
        var shown = value;
        if (value > 0)
        {
            section = sections[0];
        }
        else if (value < 0)
        {
            if (sections.Count < 2)
            {
                return "-" + RenderSection(sections[0], -value);
            }
            section = sections[1];
            shown = -value;
        }
        else
        {
            section = sections.Count > 2 ? sections[2] : sections[0];
        }
        return RenderSection(section, shown);
    }

    private static List<string> Sections(string code)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\\' && !quoted)
            {
                current.Append(c).Append(code[++i]);
                continue;
            }
            else if (c == ';' && !quoted)
            {
                sections.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    private static string RenderSection(string section, decimal value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    result.Append(section, i + 1, end - i - 1);
                    i = end;
                    break;
                case '\\':
                    result.Append(section[++i]);
                    break;
                case '#' or '0':
                    var start = i;
                    while (i + 1 < section.Length && section[i + 1] is '#' or '0' or ',' or '.')
                    {
                        i++;
                    }
                    result.Append(Digits(section[start..(i + 1)], value));
                    break;
                case '%' or 'E' or 'e' or '*' or '_' or '@' or '?' or '[':
                    throw new NotSupportedException($"'{c}' in '{section}' is outside the formats the release uses.");
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>The number in a digit pattern: rounded half away from zero to the pattern's decimals, grouped by thousands when the pattern has a comma.</summary>
    private static string Digits(string pattern, decimal value)
    {
        var dot = pattern.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : pattern.Length - dot - 1;
        var grouped = (dot < 0 ? pattern : pattern[..dot]).Contains(',', StringComparison.Ordinal);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var whole = decimal.Truncate(rounded);
        var text = whole.ToString(CultureInfo.InvariantCulture);
        if (grouped)
        {
            var groups = new List<string>();
            for (var end = text.Length; end > 0; end -= 3)
            {
                groups.Insert(0, text[Math.Max(0, end - 3)..end]);
            }
            text = string.Join(",", groups);
        }
        if (decimals > 0)
        {
            var fraction = (rounded - whole) * (decimal)Math.Pow(10, decimals);
            text += "." + decimal.Truncate(fraction).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        }
        return text;
    }
}
