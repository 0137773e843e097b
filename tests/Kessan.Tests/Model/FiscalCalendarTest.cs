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
    [InlineData("Q4 2012")]
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
