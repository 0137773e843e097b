using System.Globalization;
using System.Text.RegularExpressions;
using Kessan.Model;

namespace Kessan.Ingest;

/// <summary>
/// Reads the weekday rules of a 52/53-week fiscal year as package.yaml writes them: <c>last saturday of september</c>
/// and <c>saturday nearest the end of september</c> (any case; English weekday and month names).
/// </summary>
internal static partial class YearEndRules
{
    /// <summary>The rule written in <paramref name="text"/>, or null when it is not one.</summary>
    public static YearEnd? Parse(string text)
    {
        var m = Rule().Match(text.Trim());
        if (!m.Success || !Enum.TryParse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true, out var day))
        {
            return null;
        }
        var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
            n => n.Length > 0 && string.Equals(n, m.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month == 0)
        {
            return null;
        }
        return m.Groups["last"].Success ? YearEnd.LastWeekday(day, month) : YearEnd.NearestWeekday(day, month);
    }

    [GeneratedRegex(@"^(?:(?<last>last) (?<day>[a-z]+) of|(?<day>[a-z]+) nearest the end of) (?<month>[a-z]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rule();
}
