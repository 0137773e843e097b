using Kessan.Model;

namespace Kessan.Tests.Model;

public partial class PeriodTest
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Periods_are_equal_by_value()
    {
        Period.Duration(D(2012, 4, 1), D(2013, 3, 31)).ShouldBe(Period.Duration(D(2012, 4, 1), D(2013, 3, 31)));
        Period.Instant(D(2013, 3, 31)).ShouldNotBe(Period.Duration(D(2013, 3, 31), D(2013, 3, 31)));
    }

    [Fact]
    public void A_quarter_lies_strictly_inside_its_year_but_not_the_year_inside_itself()
    {
        var year = Period.Duration(D(2012, 4, 1), D(2013, 3, 31));
        var quarter = Period.Duration(D(2013, 1, 1), D(2013, 3, 31));

        year.StrictlyContains(quarter).ShouldBeTrue();
        year.StrictlyContains(year).ShouldBeFalse();
        quarter.StrictlyContains(year).ShouldBeFalse();
        year.Days.ShouldBe(365);
    }

    [Fact]
    public void A_duration_ending_before_it_starts_throws() =>
        Should.Throw<ArgumentException>(() => Period.Duration(D(2013, 3, 31), D(2012, 4, 1)));

    [Fact]
    public void Ordering_is_by_end_then_instants_first_then_longer_first()
    {
        var year = Period.Duration(D(2012, 4, 1), D(2013, 3, 31));
        var quarter = Period.Duration(D(2013, 1, 1), D(2013, 3, 31));
        var end = Period.Instant(D(2013, 3, 31));
        var earlier = Period.Instant(D(2012, 3, 31));

        new[] { quarter, end, year, earlier }.Order().ShouldBe([earlier, end, year, quarter]);
    }
}
