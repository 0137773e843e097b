using System.Globalization;
using Kessan.Model;

namespace Kessan.Tests.Model;

public partial class FiscalCalendarTest
{
    private static readonly FiscalCalendar Iij = new(3, 31, FiscalYearNaming.StartYear);

    [Theory]
    [InlineData("FY2012", "2012-04-01..2013-03-31")]
    [InlineData("FY12", "2012-04-01..2013-03-31")]
    [InlineData("4Q12", "2013-01-01..2013-03-31")]
    [InlineData("4Q FY2012", "2013-01-01..2013-03-31")]
    [InlineData("1Q12", "2012-04-01..2012-06-30")]
    [InlineData("2Q11", "2011-07-01..2011-09-30")]
    [InlineData("1H FY2013", "2013-04-01..2013-09-30")]
    [InlineData("1H13", "2013-04-01..2013-09-30")]
    [InlineData("2H FY2012", "2012-10-01..2013-03-31")]
    [InlineData("9M FY2012", "2012-04-01..2012-12-31")]
    [InlineData("FY2012-end", "2013-03-31")]
    [InlineData("FY2012-start", "2012-03-31")]
    [InlineData("FY2011-start", "2011-03-31")]
    [InlineData("2Q12-end", "2012-09-30")]
    [InlineData("4Q12-start", "2012-12-31")]
    [InlineData("2013-05-15", "2013-05-15")]
    [InlineData("2012-04-01..2013-03-31", "2012-04-01..2013-03-31")]
    public void Period_names_parse_to_dates(string name, string iso)
    {
        Iij.TryParse(name, out var period).ShouldBeTrue();
        period!.ToString().ShouldBe(iso);
    }

    [Theory]
    [InlineData("FY")]
    [InlineData("5Q12")]
    [InlineData("3H13")]
    [InlineData("7M FY2012")]
    [InlineData("2013-02-30")]
    [InlineData("2013-03-31..2012-04-01")]
    [InlineData("Q5 2012")]  // letter-first, as "Q4 2012" is read, but no fifth quarter
    [InlineData("H3 FY2012")]
    [InlineData("M9 FY2012")]
    [InlineData("")]
    public void Other_text_is_not_a_period(string name) => Iij.TryParse(name, out _).ShouldBeFalse();

    [Theory]
    [InlineData("FY2012")]
    [InlineData("4Q12")]
    [InlineData("1H FY2013")]
    [InlineData("9M FY2012")]
    public void Names_round_trip(string name)
    {
        Iij.TryParse(name, out var period).ShouldBeTrue();
        Iij.NameOf(period!).ShouldBe(name);
    }

    [Fact]
    public void The_opening_balance_of_a_year_is_the_instant_before_it_starts() =>
        Iij.FiscalYear(2012).StartInstant.ShouldBe(Period.Instant(new DateOnly(2012, 3, 31)));

    [Theory]
    [InlineData("2012-04-01", 2012)]
    [InlineData("2013-03-31", 2012)]
    [InlineData("2013-04-01", 2013)]
    public void A_day_belongs_to_the_fiscal_year_named_after_its_start(string day, int year) =>
        Iij.FiscalYearOf(DateOnly.Parse(day, CultureInfo.InvariantCulture)).ShouldBe(year);

    [Fact]
    public void End_year_naming_names_a_year_after_the_year_it_ends_in()
    {
        var calendar = new FiscalCalendar(3, 31, FiscalYearNaming.EndYear);

        calendar.FiscalYear(2013).ToString().ShouldBe("2012-04-01..2013-03-31");
        calendar.NameOf(calendar.FiscalYear(2013)).ShouldBe("FY2013");
    }

    [Fact]
    public void A_calendar_year_company_names_its_years_the_same_either_way()
    {
        new FiscalCalendar(12, 31, FiscalYearNaming.StartYear).FiscalYear(2012).ToString().ShouldBe("2012-01-01..2012-12-31");
        new FiscalCalendar(12, 31, FiscalYearNaming.EndYear).FiscalYear(2012).ToString().ShouldBe("2012-01-01..2012-12-31");
    }

    [Fact]
    public void A_period_that_is_no_fiscal_period_is_named_by_its_dates() =>
        Iij.NameOf(Period.Duration(new DateOnly(2012, 5, 1), new DateOnly(2012, 5, 31))).ShouldBe("2012-05-01..2012-05-31");

    [Theory]
    [InlineData(0, 31)]
    [InlineData(13, 1)]
    [InlineData(2, 30)]
    public void An_impossible_year_end_throws(int month, int day) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new FiscalCalendar(month, day, FiscalYearNaming.StartYear));
}

/// <summary>52/53-week years: a year ends on a weekday by rule, quarters are weeks, and the prior comparable period is the calendar's.</summary>
public sealed class WeeklyFiscalCalendarTest
{
    // Apple: the year ends on the last Saturday of September, named by the year it ends in; a 53rd week goes to the first quarter.
    private static readonly FiscalCalendar Apple = new(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, extraWeekQuarter: 1);

    // Costco: the Sunday nearest the end of August; quarters of 12, 12, 12 and 16 weeks, the 53rd week in the fourth.
    private static readonly FiscalCalendar Costco = new(YearEnd.NearestWeekday(DayOfWeek.Sunday, 8), FiscalYearNaming.EndYear, [12, 12, 12, 16]);

    private static Period P(FiscalCalendar calendar, string name) =>
        calendar.TryParse(name, out var period) ? period! : throw new ArgumentException("Not a period: " + name, nameof(name));

    [Theory]
    [InlineData("FY2022", "2021-09-26..2022-09-24")] // 52 weeks
    [InlineData("FY2023", "2022-09-25..2023-09-30")] // 53 weeks
    [InlineData("FY2024", "2023-10-01..2024-09-28")]
    [InlineData("1Q23", "2022-09-25..2022-12-31")] // 14 weeks: the 53rd is in the first quarter
    [InlineData("2Q23", "2023-01-01..2023-04-01")]
    [InlineData("3Q23", "2023-04-02..2023-07-01")]
    [InlineData("4Q23", "2023-07-02..2023-09-30")]
    [InlineData("1Q24", "2023-10-01..2023-12-30")]
    [InlineData("1H FY2024", "2023-10-01..2024-03-30")]
    [InlineData("9M FY2024", "2023-10-01..2024-06-29")]
    [InlineData("FY2023-end", "2023-09-30")]
    [InlineData("1Q24-end", "2023-12-30")]
    public void A_last_weekday_year_has_thirteen_week_quarters(string name, string iso) =>
        P(Apple, name).ToString().ShouldBe(iso);

    [Theory]
    [InlineData("FY2022", "2021-08-30..2022-08-28")] // 52 weeks: August 31, 2022 is a Wednesday
    [InlineData("FY2023", "2022-08-29..2023-09-03")] // 53 weeks: the nearest Sunday to August 31, 2023 is September 3
    [InlineData("1Q23", "2022-08-29..2022-11-20")] // 12 weeks
    [InlineData("4Q23", "2023-05-08..2023-09-03")] // 17 weeks: 16 and the 53rd (the 36 weeks ended May 7, 2023)
    [InlineData("4Q22", "2022-05-09..2022-08-28")] // 16 weeks
    public void A_nearest_weekday_year_takes_its_quarters_weeks_and_the_53rd_week_where_declared(string name, string iso) =>
        P(Costco, name).ToString().ShouldBe(iso);

    [Theory]
    [InlineData("1Q24", "1Q23")]
    [InlineData("FY2024", "FY2023")]
    [InlineData("9M FY2024", "9M FY2023")]
    [InlineData("1H FY2024", "1H FY2023")]
    [InlineData("1Q24-end", "1Q23-end")]
    [InlineData("FY2024-end", "FY2023-end")]
    [InlineData("FY2024-start", "FY2023-start")]
    public void The_prior_comparable_period_is_the_calendars_not_a_year_of_dates(string period, string prior) =>
        Apple.Shift(P(Apple, period), -1).ShouldBe(P(Apple, prior));

    [Fact]
    public void A_date_range_that_is_no_fiscal_period_shifts_by_calendar_years() =>
        Apple.Shift(P(Apple, "2024-01-15..2024-02-15"), -1).ShouldBe(P(Apple, "2023-01-15..2023-02-15"));

    [Theory]
    [InlineData("1Q24")]
    [InlineData("4Q23")]
    [InlineData("FY2023")]
    [InlineData("1H FY2024")]
    public void Names_round_trip(string name) => Apple.NameOf(P(Apple, name)).ShouldBe(name);

    [Theory]
    [InlineData("2022-09-24", 2022)]
    [InlineData("2022-09-25", 2023)]
    [InlineData("2023-09-30", 2023)]
    [InlineData("2023-10-01", 2024)]
    public void A_day_belongs_to_the_year_whose_weeks_hold_it(string day, int year) =>
        Apple.FiscalYearOf(DateOnly.Parse(day, CultureInfo.InvariantCulture)).ShouldBe(year);

    [Fact]
    public void A_december_year_named_by_its_start_is_named_by_its_december()
    {
        var calendar = new FiscalCalendar(YearEnd.NearestWeekday(DayOfWeek.Saturday, 12), FiscalYearNaming.StartYear);

        // December 31, 2022 is a Saturday; the Saturday nearest the end of December 2021 is January 1, 2022.
        calendar.FiscalYear(2022).ToString().ShouldBe("2022-01-02..2022-12-31");
        calendar.FiscalYearOf(new DateOnly(2022, 1, 1)).ShouldBe(2021);
    }
}

/// <summary>Relative period names stand for the release's periods, so that a package rolls forward by changing its current period.</summary>
public sealed class RelativePeriodNamesTest
{
    private static readonly FiscalCalendar Iij = new(3, 31, FiscalYearNaming.StartYear);

    private static Period P(FiscalCalendar calendar, string name) =>
        calendar.TryParse(name, out var period) ? period! : throw new ArgumentException("Not a period: " + name, nameof(name));

    // A first-quarter release of FY2013 (1Q13: April to June 2013).
    private static readonly FiscalCalendar FirstQuarter = Iij.RelativeTo(P(Iij, "1Q13"), P(Iij, "FY2013"), P(Iij, "FY2012"));

    [Theory]
    [InlineData("current", "1Q13")]
    [InlineData("current_year", "FY2013")]
    [InlineData("current_ytd", "1Q13")]
    [InlineData("prior", "1Q12")]
    [InlineData("prior_year", "FY2012")]
    [InlineData("prior_ytd", "1Q12")]
    [InlineData("current-end", "1Q13-end")]
    [InlineData("prior_year-end", "FY2012-end")]
    [InlineData("prior_year_end", "FY2012-end")]
    [InlineData("current_year-start", "FY2013-start")]
    [InlineData("current_quarter", "1Q13")]
    [InlineData("prior_quarter", "1Q12")]
    public void A_relative_name_is_the_releases_period(string name, string absolute) =>
        P(FirstQuarter, name).ShouldBe(P(Iij, absolute));

    [Fact]
    public void The_year_to_date_runs_from_the_years_start_to_the_end_of_the_current_period()
    {
        var thirdQuarter = Iij.RelativeTo(P(Iij, "3Q12"), P(Iij, "FY2012"), P(Iij, "FY2011"));

        P(thirdQuarter, "current_ytd").ShouldBe(P(Iij, "9M FY2012"));
        P(thirdQuarter, "prior_ytd").ShouldBe(P(Iij, "9M FY2011"));
    }

    [Fact]
    public void Rolling_forward_is_changing_the_current_period()
    {
        var fy2012 = Iij.RelativeTo(P(Iij, "FY2012"), P(Iij, "FY2012"), P(Iij, "FY2011"));
        var fy2013 = Iij.RelativeTo(P(Iij, "FY2013"), P(Iij, "FY2013"), P(Iij, "FY2012"));

        P(fy2012, "prior").ShouldBe(P(Iij, "FY2011"));
        P(fy2013, "prior").ShouldBe(P(Iij, "FY2012"));
        P(fy2013, "prior_year-end").ShouldBe(P(fy2012, "current-end"));
        P(fy2012, "current_quarter").ShouldBe(P(Iij, "4Q12"));
        P(fy2013, "prior_quarter").ShouldBe(P(Iij, "4Q12"));
    }

    [Fact]
    public void A_calendar_without_a_release_knows_no_relative_name() => Iij.TryParse("current", out _).ShouldBeFalse();
}
