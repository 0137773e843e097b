using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kessan.Model;

namespace Kessan.Store.Rollforward;

/// <summary>
/// Shifts every period a package's text names by whole fiscal years, by its calendar: fiscal-year names (FY2012 →
/// FY2013, also in 1H FY2012 and Q1 FY2012), quarter names (4Q12 → 4Q13, 2Q12-end), calendar-year quarter names
/// (Q1 2024) and dates (2013-05-15 → 2014-05-15; a quarter's last day to the same quarter's last day a year on, which in
/// a 52/53-week calendar is not the same date). Words are left alone: prose that names a period in words must be
/// reviewed by its author.
/// </summary>
public sealed partial class PeriodTextShifter(FiscalCalendar calendar, int years)
{
    /// <summary>
    /// The keys whose periods are facts of history, never shifted: a split's date, the translation rate's date, the year
    /// end, the founding year, and a concept's <c>required</c> periods (the years a line has figures in: a line required for
    /// FY2011 only is not required for FY2012 a year on).
    /// </summary>
    private static readonly HashSet<string> HistoricalKeys = new(StringComparer.Ordinal) { "effective", "rate_date", "year_end", "founded", "required" };

    /// <summary>Shifts every period named in <paramref name="text"/>.</summary>
    public string Shift(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Dates().Replace(text, ShiftDate);
        text = FiscalYears().Replace(text, m => "FY" + Year(m.Groups[1].Value, 4));
        text = Quarters().Replace(text, m => m.Groups[1].Value + "Q" + Year(m.Groups[2].Value, 2));
        return CalendarQuarters().Replace(text, m => "Q" + m.Groups[1].Value + " " + Year(m.Groups[2].Value, 4));
    }

    /// <summary>Shifts a YAML file line by line, except the lines of keys that record history (see <see cref="ShiftManifest"/>).</summary>
    public string ShiftYaml(string text) => ShiftLines(text, manifest: false);

    /// <summary>
    /// Shifts package.yaml line by line, except the fiscal calendar (its rule and listed periods describe the company,
    /// not the release) and keys that record history (a split's effective date, the translation rate's date, the
    /// founding year).
    /// </summary>
    public string ShiftManifest(string text) => ShiftLines(text, manifest: true);

    private string ShiftLines(string text, bool manifest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var inCalendar = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#'))
            {
                inCalendar = manifest && line.StartsWith("fiscal_calendar:", StringComparison.Ordinal);
            }
            var key = line.TrimStart().TrimStart('-').TrimStart().Split(':', 2)[0];
            result.Append(inCalendar || HistoricalKeys.Contains(key) ? line : Shift(line)).Append('\n');
        }
        return result.ToString(0, result.Length - 1);
    }

    private string ShiftDate(Match m)
    {
        if (!DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return m.Value;
        }
        var shifted = calendar.Shift(Period.Instant(day), years).End;
        return shifted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string Year(string digits, int width)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture) + years;
        return width == 2
            ? (year % 100).ToString("00", CultureInfo.InvariantCulture)
            : year.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![0-9])\d{4}-\d{2}-\d{2}(?![0-9])")]
    private static partial Regex Dates();

    [GeneratedRegex(@"(?<![A-Za-z0-9])FY(\d{4})(?![0-9])")]
    private static partial Regex FiscalYears();

    [GeneratedRegex(@"(?<![A-Za-z0-9])([1-4])Q(\d{2})(?![0-9])")]
    private static partial Regex Quarters();

    [GeneratedRegex(@"(?<![A-Za-z0-9])Q([1-4]) (\d{4})(?![0-9])")]
    private static partial Regex CalendarQuarters();
}
