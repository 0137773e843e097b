using System.Collections.Immutable;
using System.Globalization;
using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>Explicit calendars (periods listed with their dates) and the company's way of naming quarters and halves.</summary>
public sealed class ExplicitFiscalCalendarTest
{
    // A company moving its year end from March to December: fiscal 2013 is the nine months from April to December 2013.
    private static readonly FiscalCalendar Transition = new(YearEnd.OnDay(3, 31), FiscalYearNaming.StartYear, null, 4,
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("FY2013", Period.Duration(new(2013, 4, 1), new(2013, 12, 31)))]),
        PeriodNameStyle.NumberFirst);

    private static readonly FiscalCalendar AppleLetterFirst = new(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, null, 1,
        ImmutableSortedDictionary<string, Period>.Empty, PeriodNameStyle.LetterFirst);

    private static Period P(FiscalCalendar calendar, string name) =>
        calendar.TryParse(name, out var period) ? period! : throw new ArgumentException("Not a period: " + name, nameof(name));

    [Theory]
    [InlineData("FY2012", "2012-04-01..2013-03-31")] // by the rule
    [InlineData("FY2013", "2013-04-01..2013-12-31")] // listed: the transition year
    [InlineData("1Q13", "2013-04-01..2013-06-30")]    // its quarters are counted from its first day
    [InlineData("3Q13", "2013-10-01..2013-12-31")]
    public void A_listed_period_replaces_what_the_rule_gives_and_its_quarters_follow_it(string name, string iso) =>
        P(Transition, name).ToString().ShouldBe(iso);

    [Fact]
    public void A_day_of_a_listed_year_belongs_to_it_and_the_listed_year_keeps_its_name()
    {
        Transition.FiscalYearOf(DateOnly.Parse("2013-12-31", CultureInfo.InvariantCulture)).ShouldBe(2013);
        Transition.NameOf(P(Transition, "FY2013")).ShouldBe("FY2013");
    }

    [Theory]
    [InlineData("Q1 FY2024", "1Q24")]
    [InlineData("Q1 2024", "1Q24")]
    [InlineData("H1 FY2024", "1H FY2024")]
    [InlineData("Q4 FY23", "4Q23")]
    public void Quarters_and_halves_may_be_written_letter_first(string letterFirst, string numberFirst) =>
        P(AppleLetterFirst, letterFirst).ShouldBe(P(AppleLetterFirst, numberFirst));

    [Theory]
    [InlineData("1Q24", "Q1 FY2024")]
    [InlineData("2H FY2023", "H2 FY2023")]
    [InlineData("FY2023", "FY2023")]
    [InlineData("9M FY2024", "9M FY2024")]
    public void A_letter_first_calendar_names_its_periods_letter_first(string name, string expected) =>
        AppleLetterFirst.NameOf(P(AppleLetterFirst, name)).ShouldBe(expected);
}
