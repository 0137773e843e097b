using System.Globalization;
using Kessan.Utility;

namespace Kessan.Model;

/// <summary>Whether a period is a point in time or a stretch of days.</summary>
public enum PeriodType
{
    /// <summary>A balance at the end of a day (balance sheet items, share counts, contracts).</summary>
    Instant = 0,

    /// <summary>A flow over a stretch of whole days (revenues, cash flows).</summary>
    Duration = 1,
}

/// <summary>
/// A reporting period: an instant (the end of a day) or a duration (a run of whole days, both ends
/// inclusive). As in XBRL, the opening balance of a duration starting on 1 April is the instant at the
/// end of 31 March: see <see cref="StartInstant"/>.
/// </summary>
/// <remarks>
/// There is no meaningful default period, so this is a class. Instances are immutable and thread-safe;
/// equality is by value. Ordering is by end date, then by start date (longer periods first), instants
/// before durations ending on the same day.
/// </remarks>
public sealed class Period : IEquatable<Period>, IComparable<Period>
{
    private Period(PeriodType type, DateOnly start, DateOnly end)
    {
        Type = type;
        Start = start;
        End = end;
    }

    /// <summary>Instant or duration.</summary>
    public PeriodType Type { get; }

    /// <summary>The first day of a duration; for an instant, the same as <see cref="End"/>.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of a duration (inclusive), or the day of an instant.</summary>
    public DateOnly End { get; }

    /// <summary>True for an instant.</summary>
    public bool IsInstant => Type == PeriodType.Instant;

    /// <summary>True for a duration.</summary>
    public bool IsDuration => Type == PeriodType.Duration;

    /// <summary>The instant at the end of <paramref name="day"/>.</summary>
    public static Period Instant(DateOnly day) => new(PeriodType.Instant, day, day);

    /// <summary>The duration from <paramref name="first"/> to <paramref name="last"/>, both inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Period Duration(DateOnly first, DateOnly last)
    {
        Preconditions.CheckArgument(last >= first, nameof(last), "A duration must not end before it starts.");
        return new Period(PeriodType.Duration, first, last);
    }

    /// <summary>
    /// For a duration, the instant at which it opens: the end of the day before <see cref="Start"/>.
    /// For an instant, the instant itself.
    /// </summary>
    public Period StartInstant => IsInstant ? this : Instant(Start.AddDays(-1));

    /// <summary>For a duration, the instant at the end of its last day; for an instant, itself.</summary>
    public Period EndInstant => IsInstant ? this : Instant(End);

    /// <summary>Number of days in a duration (both ends counted); 0 for an instant.</summary>
    public int Days => IsInstant ? 0 : End.DayNumber - Start.DayNumber + 1;

    /// <summary>True when <paramref name="other"/> is a duration lying wholly inside this duration and
    /// shorter than it.</summary>
    public bool StrictlyContains(Period other) =>
        IsDuration && other.IsDuration && other.Start >= Start && other.End <= End && other.Days < Days;

    /// <summary>
    /// Parses the ISO forms: <c>2013-03-31</c> (an instant) and <c>2012-04-01..2013-03-31</c> (a duration).
    /// Fiscal names such as <c>FY2012</c> are parsed by <see cref="FiscalCalendar"/>.
    /// </summary>
    public static bool TryParseIso(string text, out Period? period)
    {
        period = null;
        var parts = text.Split("..", StringSplitOptions.None);
        if (parts.Length == 1 && TryDate(parts[0], out var day))
        {
            period = Instant(day);
            return true;
        }
        if (parts.Length == 2 && TryDate(parts[0], out var first) && TryDate(parts[1], out var last) && last >= first)
        {
            period = Duration(first, last);
            return true;
        }
        return false;
    }

    private static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && IsYearInRange(day.Year);

    /// <summary>The first year a period may fall in: periods are of listed companies' reports.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a period may fall in (far from the end of the calendar, so that every shift a rule makes stays in it).</summary>
    public const int MaxYear = 2999;

    /// <summary>True when <paramref name="year"/> is within <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    public static bool IsYearInRange(int year) => year is >= MinYear and <= MaxYear;

    /// <inheritdoc/>
    public bool Equals(Period? other) => other is not null && Type == other.Type && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Period);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Start, End);

    /// <inheritdoc/>
    public int CompareTo(Period? other)
    {
        if (other is null)
        {
            return 1;
        }
        var c = End.CompareTo(other.End);
        if (c != 0)
        {
            return c;
        }
        c = Type.CompareTo(other.Type);
        return c != 0 ? c : Start.CompareTo(other.Start);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Period? left, Period? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Period? left, Period? right) => !Equals(left, right);

    /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>ISO form: <c>2013-03-31</c> or <c>2012-04-01..2013-03-31</c>.</summary>
    public override string ToString() => IsInstant
        ? End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
