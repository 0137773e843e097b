using System.Globalization;
using System.Text.RegularExpressions;
using Kessan.Utility;

namespace Kessan.Model;

/// <summary>How a company names its fiscal years.</summary>
public enum FiscalYearNaming
{
    /// <summary>A fiscal year is named after the calendar year in which it starts (IIJ: "FY2012" runs
    /// from April 2012 to March 2013).</summary>
    StartYear = 0,

    /// <summary>A fiscal year is named after the calendar year in which it ends.</summary>
    EndYear = 1,
}

/// <summary>How a company writes the names of its quarters and halves.</summary>
public enum PeriodNameStyle
{
    /// <summary>Number first, two-digit year: <c>1Q24</c>, <c>1H FY2024</c>, <c>9M FY2024</c> (IIJ).</summary>
    NumberFirst = 0,

    /// <summary>Letter first, fiscal year: <c>Q1 FY2024</c>, <c>H1 FY2024</c>, <c>9M FY2024</c>.</summary>
    LetterFirst = 1,
}

/// <summary>
/// A company's fiscal calendar: when its year ends and how it names years, halves and quarters.
/// </summary>
/// <remarks>
/// <para>
/// Names understood by <see cref="TryParse"/> (with IIJ's calendar, year ending 31 March, named by start year):
/// <c>FY2012</c> (2012-04-01..2013-03-31), <c>4Q12</c> or <c>4Q FY2012</c> (2013-01-01..2013-03-31),
/// <c>1H FY2013</c> or <c>1H13</c> (2013-04-01..2013-09-30), <c>9M FY2012</c> (the first nine months),
/// and the instants <c>FY2012-end</c> (2013-03-31) and <c>FY2012-start</c> (2012-03-31, the opening
/// balance date). Any of these with <c>-start</c> or <c>-end</c> gives the opening or closing instant.
/// ISO dates and <c>first..last</c> ranges are accepted as well. Two-digit years mean 20yy.
/// </para>
/// <para>
/// Quarters and halves are whole months counted from the first day of the fiscal year; in a 52/53-week year
/// (a <see cref="Model.YearEnd"/> by weekday) they are whole weeks, 13 a quarter unless the package says otherwise,
/// the 53rd week going to one quarter (the fourth unless the package says otherwise).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial record FiscalCalendar
{
    /// <summary>Creates a calendar whose fiscal year ends on the given month and day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An invalid month or day.</exception>
    public FiscalCalendar(int yearEndMonth, int yearEndDay, FiscalYearNaming naming)
        : this(YearEnd.OnDay(
            Preconditions.CheckArgumentRange(nameof(yearEndMonth), yearEndMonth, 1, 12),
            Preconditions.CheckArgumentRange(nameof(yearEndDay), yearEndDay, 1, DateTime.DaysInMonth(2001, yearEndMonth))), naming)
    {
    }

    /// <summary>Creates a calendar whose fiscal year ends by <paramref name="yearEnd"/>'s rule.</summary>
    /// <param name="yearEnd">How the year's last day is found.</param>
    /// <param name="naming">How years are named.</param>
    /// <param name="quarterWeeks">For a 52/53-week year, the weeks of each quarter in a 52-week year (they sum to 52); 13 each by default.</param>
    /// <param name="extraWeekQuarter">For a 52/53-week year, the quarter (1-4) that takes the 53rd week; the fourth by default.</param>
    /// <exception cref="ArgumentException">Quarter weeks that are not four positive numbers summing to 52, or a quarter not 1-4.</exception>
    public FiscalCalendar(YearEnd yearEnd, FiscalYearNaming naming, IReadOnlyList<int>? quarterWeeks = null, int extraWeekQuarter = 4)
        : this(yearEnd, naming, quarterWeeks, extraWeekQuarter, System.Collections.Immutable.ImmutableSortedDictionary<string, Period>.Empty, PeriodNameStyle.NumberFirst)
    {
    }

    /// <summary>
    /// Creates a calendar whose fiscal year ends by <paramref name="yearEnd"/>'s rule, except for the periods
    /// <paramref name="listed"/> by name with their dates (an explicit calendar: a transition year, a company's own dates),
    /// and whose quarters and halves are named in <paramref name="style"/>.
    /// </summary>
    /// <param name="yearEnd">How the year's last day is found where no period is listed.</param>
    /// <param name="naming">How years are named.</param>
    /// <param name="quarterWeeks">For a 52/53-week year, the weeks of each quarter in a 52-week year.</param>
    /// <param name="extraWeekQuarter">For a 52/53-week year, the quarter (1-4) that takes the 53rd week.</param>
    /// <param name="listed">Durations by their names in <see cref="PeriodNameStyle.NumberFirst"/> style (<c>FY2023</c>, <c>1Q23</c>,
    /// <c>1H FY2023</c>, <c>9M FY2023</c>); each replaces what the rule gives for that name.</param>
    /// <param name="style">How quarters and halves are named.</param>
    public FiscalCalendar(YearEnd yearEnd, FiscalYearNaming naming, IReadOnlyList<int>? quarterWeeks, int extraWeekQuarter,
        System.Collections.Immutable.ImmutableSortedDictionary<string, Period> listed, PeriodNameStyle style)
    {
        Listed = listed ?? throw new ArgumentNullException(nameof(listed));
        Style = style;
        YearEnd = yearEnd ?? throw new ArgumentNullException(nameof(yearEnd));
        Naming = naming;
        QuarterWeeks = [.. quarterWeeks ?? [13, 13, 13, 13]];
        Preconditions.CheckArgument(QuarterWeeks.Length == 4 && QuarterWeeks.All(w => w > 0) && QuarterWeeks.Sum() == 52,
            nameof(quarterWeeks), "Quarter weeks must be four positive numbers summing to 52.");
        ExtraWeekQuarter = Preconditions.CheckArgumentRange(nameof(extraWeekQuarter), extraWeekQuarter, 1, 4);
    }

    /// <summary>The periods listed with their dates, by name (<c>1Q23</c>), which replace what the rule gives.</summary>
    public System.Collections.Immutable.ImmutableSortedDictionary<string, Period> Listed { get; }

    /// <summary>How quarters and halves are named.</summary>
    public PeriodNameStyle Style { get; }

    /// <summary>For a 52/53-week year, the weeks of each quarter of a 52-week year.</summary>
    public System.Collections.Immutable.ImmutableArray<int> QuarterWeeks { get; }

    /// <summary>For a 52/53-week year, the quarter (1-4) that takes the 53rd week.</summary>
    public int ExtraWeekQuarter { get; }

    /// <summary>
    /// The release's current period and year, which relative names (<c>current</c>, <c>prior_year</c>, ...) stand
    /// for; null for a calendar that knows no release (then only absolute names parse).
    /// </summary>
    public RelativePeriods? Relative { get; private init; }

    /// <summary>This calendar with relative names standing for the periods of a release whose current period is <paramref name="current"/> in <paramref name="currentYear"/>.</summary>
    public FiscalCalendar RelativeTo(Period current, Period currentYear, Period priorYear) =>
        new(YearEnd, Naming, QuarterWeeks, ExtraWeekQuarter, Listed, Style) { Relative = new RelativePeriods(current, currentYear, priorYear) };

    /// <inheritdoc/>
    public bool Equals(FiscalCalendar? other) => other is not null && YearEnd == other.YearEnd && Naming == other.Naming
        && QuarterWeeks.SequenceEqual(other.QuarterWeeks) && ExtraWeekQuarter == other.ExtraWeekQuarter && Relative == other.Relative
        && Style == other.Style && Listed.SequenceEqual(other.Listed);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(YearEnd, Naming, ExtraWeekQuarter, Style, Listed.Count);

    /// <summary>How the last day of the fiscal year is found.</summary>
    public YearEnd YearEnd { get; }

    /// <summary>How years are named.</summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>The fiscal year with the given name, e.g. 2012 for "FY2012".</summary>
    public Period FiscalYear(int name)
    {
        if (Listed.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"FY{name}"), out var listed))
        {
            return listed;
        }
        var endYear = Naming == FiscalYearNaming.StartYear && YearEnd.Month != 12 ? name + 1 : name;
        return Period.Duration(YearEnd.In(endYear - 1).AddDays(1), YearEnd.In(endYear));
    }

    /// <summary>
    /// The <paramref name="quarter"/>-th quarter (1-4) of fiscal year <paramref name="year"/>: three months from the
    /// year's first day, or in a 52/53-week year thirteen weeks, the fourth quarter taking the 53rd week.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1-4.</exception>
    public Period Quarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return Part(year, quarter - 1, 1);
    }

    /// <summary>The <paramref name="half"/>-th half (1-2) of fiscal year <paramref name="year"/> (26 weeks and the rest in a 52/53-week year).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not 1 or 2.</exception>
    public Period Half(int year, int half)
    {
        Preconditions.CheckArgumentRange(nameof(half), half, 1, 2);
        return Part(year, 2 * (half - 1), 2);
    }

    /// <summary>The first <paramref name="months"/> months (3, 6, 9 or 12; quarters of a 52/53-week year) of fiscal year <paramref name="year"/>.</summary>
    public Period YearToDate(int year, int months)
    {
        Preconditions.CheckArgument(months is 3 or 6 or 9 or 12, nameof(months), "Months must be 3, 6, 9 or 12.");
        return Part(year, 0, months / 3);
    }

    /// <summary><paramref name="quarters"/> quarters of fiscal year <paramref name="year"/> from quarter <paramref name="first"/> (0-based).</summary>
    private Period Part(int year, int first, int quarters)
    {
        if (Listed.Count > 0 && Listed.TryGetValue(CanonicalName(year, first, quarters), out var listed))
        {
            return listed;
        }
        var fy = FiscalYear(year);
        if (YearEnd.IsWeekly)
        {
            var extra = fy.End.DayNumber - fy.Start.DayNumber + 1 > 364 ? 1 : 0;
            int WeeksBefore(int quarter) => QuarterWeeks.Take(quarter).Sum() + (quarter >= ExtraWeekQuarter ? extra : 0);
            return Period.Duration(fy.Start.AddDays(7 * WeeksBefore(first)), fy.Start.AddDays(7 * WeeksBefore(first + quarters) - 1));
        }
        var from = fy.Start.AddMonths(3 * first);
        return Period.Duration(from, from.AddMonths(3 * quarters).AddDays(-1));
    }

    /// <summary>The name a part of a year is listed under: <c>FY2023</c>, <c>1Q23</c>, <c>1H FY2023</c>, <c>9M FY2023</c>.</summary>
    private static string CanonicalName(int year, int first, int quarters) => quarters switch
    {
        4 => string.Create(CultureInfo.InvariantCulture, $"FY{year}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{first + 1}Q{year % 100:00}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"{first / 2 + 1}H FY{year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"9M FY{year}"),
    };

    /// <summary>The name of the fiscal year that contains <paramref name="day"/>.</summary>
    public int FiscalYearOf(DateOnly day)
    {
        foreach (var (name, period) in Listed)
        {
            if (name.StartsWith("FY", StringComparison.Ordinal) && period.Start <= day && day <= period.End)
            {
                return int.Parse(name.AsSpan(2), CultureInfo.InvariantCulture);
            }
        }
        var endYear = day.Year > 1 && day <= YearEnd.In(day.Year - 1) ? day.Year - 1 : day <= YearEnd.In(day.Year) ? day.Year : day.Year + 1;
        return Naming == FiscalYearNaming.StartYear && YearEnd.Month != 12 ? endYear - 1 : endYear;
    }

    /// <summary>
    /// The comparable period <paramref name="years"/> fiscal years away (−1: the prior year's): the same fiscal
    /// year, quarter, half or year to date, or the same closing or opening instant of one, in the other year by
    /// this calendar (in a 52/53-week year, not the same dates a year earlier); any other period shifted by whole
    /// calendar years, a month's last day staying its month's last day.
    /// </summary>
    public Period Shift(Period period, int years)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (years == 0)
        {
            return period;
        }
        if (period.IsDuration)
        {
            return FiscalPart(period) is var (year, first, count) ? Part(year + years, first, count) : ShiftDates(period, years);
        }
        var fiscalYear = FiscalYearOf(period.End);
        for (var q = 1; q <= 4; q++)
        {
            if (Quarter(fiscalYear, q).End == period.End)
            {
                return Quarter(fiscalYear + years, q).EndInstant;
            }
        }
        return ShiftDates(period, years);
    }

    /// <summary>The fiscal year, first quarter (0-based) and number of quarters of a fiscal year, quarter, half or year to date.</summary>
    private (int Year, int First, int Count)? FiscalPart(Period period)
    {
        var year = FiscalYearOf(period.Start);
        for (var first = 0; first < 4; first++)
        {
            for (var count = 1; first + count <= 4; count++)
            {
                if ((count is 1 or 4 || (count == 2 && first % 2 == 0) || (count == 3 && first == 0)) && Part(year, first, count) == period)
                {
                    return (year, first, count);
                }
            }
        }
        return null;
    }

    /// <summary>The same period shifted by whole calendar years (month-end aware).</summary>
    public static Period ShiftDates(Period period, int years)
    {
        ArgumentNullException.ThrowIfNull(period);
        static DateOnly Shift(DateOnly d, int y)
        {
            var lastDay = d.Day == DateTime.DaysInMonth(d.Year, d.Month);
            var shifted = d.AddYears(y);
            return lastDay ? new DateOnly(shifted.Year, shifted.Month, DateTime.DaysInMonth(shifted.Year, shifted.Month)) : shifted;
        }
        return period.IsInstant
            ? Period.Instant(Shift(period.End, years))
            : Period.Duration(Shift(period.Start.AddDays(-1), years).AddDays(1), Shift(period.End, years));
    }

    /// <summary>
    /// The company's name for a period: <c>FY2012</c>, <c>4Q12</c>, <c>1H FY2013</c>, <c>9M FY2012</c>,
    /// or for an instant the ISO date. Periods that are not fiscal periods get their ISO form.
    /// </summary>
    public string NameOf(Period period)
    {
        if (period.IsInstant)
        {
            return period.ToString();
        }
        var year = FiscalYearOf(period.Start);
        if (period == FiscalYear(year))
        {
            return string.Create(CultureInfo.InvariantCulture, $"FY{year}");
        }
        for (var q = 1; q <= 4; q++)
        {
            if (period == Quarter(year, q))
            {
                return Style == PeriodNameStyle.LetterFirst
                    ? string.Create(CultureInfo.InvariantCulture, $"Q{q} FY{year}")
                    : string.Create(CultureInfo.InvariantCulture, $"{q}Q{year % 100:00}");
            }
        }
        for (var h = 1; h <= 2; h++)
        {
            if (period == Half(year, h))
            {
                return Style == PeriodNameStyle.LetterFirst
                    ? string.Create(CultureInfo.InvariantCulture, $"H{h} FY{year}")
                    : string.Create(CultureInfo.InvariantCulture, $"{h}H FY{year}");
            }
        }
        if (period == YearToDate(year, 9))
        {
            return string.Create(CultureInfo.InvariantCulture, $"9M FY{year}");
        }
        return period.ToString();
    }

    /// <summary>
    /// Parses a period name (see the type remarks) or an ISO date or range.
    /// </summary>
    /// <returns>True with the period, or false when the text is not a period this calendar understands.</returns>
    public bool TryParse(string? text, out Period? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        if (Period.TryParseIso(t, out period))
        {
            return true;
        }
        if (Relative is not null && (t.EndsWith("_end", StringComparison.Ordinal) || t.EndsWith("_start", StringComparison.Ordinal)))
        {
            // prior_year_end reads as prior_year-end.
            var underscore = t.LastIndexOf('_');
            t = t[..underscore] + "-" + t[(underscore + 1)..];
        }
        var anchor = 0;
        if (t.EndsWith("-end", StringComparison.Ordinal))
        {
            anchor = 1;
            t = t[..^4];
        }
        else if (t.EndsWith("-start", StringComparison.Ordinal))
        {
            anchor = -1;
            t = t[..^6];
        }
        if (!TryParseDuration(t, out var duration))
        {
            return false;
        }
        period = anchor switch
        {
            1 => duration.EndInstant,
            -1 => duration.StartInstant,
            _ => duration,
        };
        return true;
    }

    private bool TryParseDuration(string t, out Period duration)
    {
        duration = null!;
        if (Relative is { } relative && RelativeName(relative, t) is { } named)
        {
            duration = named;
            return true;
        }
        var m = FiscalYearPattern().Match(t);
        if (m.Success)
        {
            if (!Period.IsYearInRange(Year(m.Groups["y"].Value)))
            {
                return false;
            }
            duration = FiscalYear(Year(m.Groups["y"].Value));
            return true;
        }
        m = PartPattern().Match(t);
        if (!m.Success)
        {
            m = LetterFirstPartPattern().Match(t);
        }
        if (!m.Success)
        {
            return false;
        }
        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var year = Year(m.Groups["y"].Value);
        if (!Period.IsYearInRange(year))
        {
            return false;
        }
        switch (m.Groups["k"].Value)
        {
            case "Q" when n is >= 1 and <= 4:
                duration = Quarter(year, n);
                return true;
            case "H" when n is 1 or 2:
                duration = Half(year, n);
                return true;
            case "M" when n is 3 or 6 or 9 or 12:
                duration = YearToDate(year, n);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The period a relative name stands for: <c>current</c> (the release's period), <c>current_year</c>,
    /// <c>current_ytd</c> (the current year up to the end of the current period), <c>prior</c> (the current period's
    /// comparable one a year earlier), <c>prior_year</c>, <c>next_year</c> (of targets and forecasts), <c>prior_ytd</c>, <c>current_quarter</c> (the quarter the current
    /// period ends with: the fourth of a full-year release) and <c>prior_quarter</c>; null for any other text.
    /// </summary>
    private Period? RelativeName(RelativePeriods relative, string name) => name switch
    {
        "current" => relative.Current,
        "current_year" => relative.CurrentYear,
        "current_ytd" => Period.Duration(relative.CurrentYear.Start, relative.Current.End),
        "prior" => Shift(relative.Current, -1),
        "prior_year" => relative.PriorYear,
        "next_year" => Shift(relative.CurrentYear, 1),
        "prior_ytd" => Shift(Period.Duration(relative.CurrentYear.Start, relative.Current.End), -1),
        "current_quarter" => QuarterEndingWith(relative),
        "prior_quarter" => QuarterEndingWith(relative) is { } quarter ? Shift(quarter, -1) : null,
        _ => null,
    };

    /// <summary>The quarter the current period ends with (the fourth of a full-year release); null when none does.</summary>
    private Period? QuarterEndingWith(RelativePeriods relative)
    {
        var year = FiscalYearOf(relative.CurrentYear.Start);
        return Enumerable.Range(1, 4).Select(q => Quarter(year, q)).FirstOrDefault(q => q.End == relative.Current.End);
    }

    private static int Year(string digits)
    {
        var y = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + y : y;
    }

    // [0-9], not \d: a period name is written in ASCII digits (\d would take Arabic-Indic or full-width ones).
    [GeneratedRegex(@"^FY ?(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYearPattern();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})(?<k>[QHM])(?: ?FY ?| ?)(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    // Q1 FY2024, Q1 2024, H2 FY24.
    [GeneratedRegex(@"^(?<k>[QH])(?<n>[0-9]) ?(?:FY ?)?(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterFirstPartPattern();
}
