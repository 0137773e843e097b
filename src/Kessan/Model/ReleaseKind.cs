namespace Kessan.Model;

/// <summary>What a release reports: the words of its titles and footers, and which period is its current one.</summary>
public enum ReleaseKind
{
    /// <summary>A full fiscal year (<c>full-year</c>): "FY2012 results".</summary>
    FullYear = 0,

    /// <summary>A full year with its fourth quarter (<c>full-year-and-fourth-quarter</c>, IIJ): "FY2012 and 4Q12 results".</summary>
    FullYearAndFourthQuarter,

    /// <summary>A half year (<c>half</c>): "1H FY2013 results".</summary>
    Half,

    /// <summary>A quarter (<c>quarter</c>): "1Q24 results".</summary>
    Quarter,
}

/// <summary>The words of release kinds.</summary>
public static class ReleaseKinds
{
    /// <summary>The names package.yaml uses.</summary>
    public static IReadOnlyDictionary<string, ReleaseKind> Names { get; } = new Dictionary<string, ReleaseKind>(StringComparer.Ordinal)
    {
        ["full-year"] = ReleaseKind.FullYear,
        ["full-year-and-fourth-quarter"] = ReleaseKind.FullYearAndFourthQuarter,
        ["half"] = ReleaseKind.Half,
        ["quarter"] = ReleaseKind.Quarter,
    };

    /// <summary>What the release is, as titles and footers say it: "FY2012 and 4Q12 results", "1Q24 results".</summary>
    public static string Subject(ReportingSettings reporting, FiscalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reporting);
        ArgumentNullException.ThrowIfNull(calendar);
        var current = calendar.NameOf(reporting.CurrentPeriod);
        return reporting.Kind == ReleaseKind.FullYearAndFourthQuarter
            ? $"{calendar.NameOf(reporting.CurrentYear)} and {calendar.NameOf(calendar.Quarter(calendar.FiscalYearOf(reporting.CurrentYear.Start), 4))} results"
            : $"{current} results";
    }
}
