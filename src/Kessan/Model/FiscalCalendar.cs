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
/// <para>Quarters and halves are whole months counted from the first day of the fiscal year.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial record FiscalCalendar
{
    /// <summary>Creates a calendar whose fiscal year ends on the given month and day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An invalid month or day.</exception>
    public FiscalCalendar(int yearEndMonth, int yearEndDay, FiscalYearNaming naming)
    {
        YearEndMonth = Preconditions.CheckArgumentRange(nameof(yearEndMonth), yearEndMonth, 1, 12);
        YearEndDay = Preconditions.CheckArgumentRange(nameof(yearEndDay), yearEndDay, 1, DateTime.DaysInMonth(2001, yearEndMonth));
        Naming = naming;
    }

    /// <summary>Month (1-12) of the last day of the fiscal year.</summary>
    public int YearEndMonth { get; }

    /// <summary>Day of month of the last day of the fiscal year.</summary>
    public int YearEndDay { get; }

    /// <summary>How years are named.</summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>The fiscal year with the given name, e.g. 2012 for "FY2012".</summary>
    public Period FiscalYear(int name)
    {
        var endYear = Naming == FiscalYearNaming.StartYear && !EndsOnDecember31 ? name + 1 : name;
        var end = new DateOnly(endYear, YearEndMonth, YearEndDay);
        var start = end.AddYears(-1).AddDays(1);
        return Period.Duration(start, end);
    }

    /// <summary>The <paramref name="quarter"/>-th quarter (1-4) of fiscal year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1-4.</exception>
    public Period Quarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return Months(year, 3 * (quarter - 1), 3);
    }

    /// <summary>The <paramref name="half"/>-th half (1-2) of fiscal year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not 1 or 2.</exception>
    public Period Half(int year, int half)
    {
        Preconditions.CheckArgumentRange(nameof(half), half, 1, 2);
        return Months(year, 6 * (half - 1), 6);
    }

    /// <summary>The first <paramref name="months"/> months (3, 6, 9 or 12) of fiscal year <paramref name="year"/>.</summary>
    public Period YearToDate(int year, int months)
    {
        Preconditions.CheckArgument(months is 3 or 6 or 9 or 12, nameof(months), "Months must be 3, 6, 9 or 12.");
        return Months(year, 0, months);
    }

    private Period Months(int year, int offset, int length)
    {
        var fy = FiscalYear(year);
        var start = fy.Start.AddMonths(offset);
        var end = start.AddMonths(length).AddDays(-1);
        return Period.Duration(start, end);
    }

    private bool EndsOnDecember31 => YearEndMonth == 12 && YearEndDay == 31;

    /// <summary>The name of the fiscal year that contains <paramref name="day"/>.</summary>
    public int FiscalYearOf(DateOnly day)
    {
        var endThisCalendarYear = new DateOnly(day.Year, YearEndMonth, YearEndDay);
        var endYear = day <= endThisCalendarYear ? day.Year : day.Year + 1;
        return Naming == FiscalYearNaming.StartYear && !EndsOnDecember31 ? endYear - 1 : endYear;
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
                return string.Create(CultureInfo.InvariantCulture, $"{q}Q{year % 100:00}");
            }
        }
        for (var h = 1; h <= 2; h++)
        {
            if (period == Half(year, h))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{h}H FY{year}");
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
}
