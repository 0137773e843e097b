using System.Globalization;

namespace Kessan.Model;

/// <summary>
/// How the last day of a company's fiscal year is found in a calendar year: a fixed month and day (IIJ: March 31),
/// or, for a 52/53-week year, a weekday by rule (the last Saturday of September; the Saturday nearest the end of
/// September). Immutable; equality by value.
/// </summary>
public abstract record YearEnd
{
    /// <summary>The month the rule names (1-12).</summary>
    public abstract int Month { get; }

    /// <summary>True for a 52/53-week year: its quarters are 13 weeks, the fourth taking a 53rd week.</summary>
    public abstract bool IsWeekly { get; }

    /// <summary>The year-end of the rule's month in <paramref name="year"/> (for "nearest", possibly a few days into the next month).</summary>
    public abstract DateOnly In(int year);

    /// <summary>How the rule is written in package.yaml.</summary>
    public abstract override string ToString();

    /// <summary>A fixed month and day.</summary>
    /// <param name="month">1-12.</param>
    /// <param name="day">A day the month has in every year.</param>
    public static YearEnd OnDay(int month, int day) => new MonthDay(month, day);

    /// <summary>The last <paramref name="weekday"/> of <paramref name="month"/>.</summary>
    public static YearEnd LastWeekday(DayOfWeek weekday, int month) => new LastWeekdayOfMonth(weekday, month);

    /// <summary>The <paramref name="weekday"/> nearest the last day of <paramref name="month"/>.</summary>
    public static YearEnd NearestWeekday(DayOfWeek weekday, int month) => new WeekdayNearestMonthEnd(weekday, month);

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant();

    private static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private sealed record MonthDay(int Month_, int Day) : YearEnd
    {
        public override int Month => Month_;

        public override bool IsWeekly => false;

        public override DateOnly In(int year) => new(year, Month_, Day);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month_:00}-{Day:00}");
    }

    private sealed record LastWeekdayOfMonth(DayOfWeek Weekday, int Month_) : YearEnd
    {
        public override int Month => Month_;

        public override bool IsWeekly => true;

        public override DateOnly In(int year)
        {
            var last = LastDay(year, Month_);
            return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
        }

        public override string ToString() => $"last {DayName(Weekday)} of {MonthName(Month_)}";
    }

    private sealed record WeekdayNearestMonthEnd(DayOfWeek Weekday, int Month_) : YearEnd
    {
        public override int Month => Month_;

        public override bool IsWeekly => true;

        public override DateOnly In(int year)
        {
            var last = LastDay(year, Month_);
            var back = ((int)last.DayOfWeek - (int)Weekday + 7) % 7;
            // Within three days either side: back 0-3 days, else forward 1-3.
            return back <= 3 ? last.AddDays(-back) : last.AddDays(7 - back);
        }

        public override string ToString() => $"{DayName(Weekday)} nearest the end of {MonthName(Month_)}";
    }
}
