using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Tests.Layout.Expressions;

/// <summary>Filling the slot, adding context members, and resolving periods relative to a context.</summary>
public class ExprTest
{
    private static readonly FiscalCalendar Calendar = new(3, 31, FiscalYearNaming.StartYear);

    private static Expr Parse(string text) => new ExprParser(Calendar).Parse(text, out var error) ?? throw new ArgumentException(error!.Message, nameof(text));

    private static Period P(string name) => Calendar.TryParse(name, out var p) ? p! : throw new ArgumentException("Not a period: " + name, nameof(name));

    [Fact]
    public void Fill_replaces_every_slot_with_the_other_side_of_the_cell()
    {
        var filled = Parse("yoy($) * 100 + $").Fill(Parse("Revenues[Segment=ATMOperation]"));

        filled.ToString().ShouldBe("yoy(Revenues[Segment=ATMOperation]) * 100 + Revenues[Segment=ATMOperation]");
        filled.HasSlot.ShouldBeFalse();
    }

    [Fact]
    public void A_filled_sum_keeps_its_grouping_under_a_minus()
    {
        var filled = Parse("Revenues - $").Fill(Parse("a + b"));

        filled.ToString().ShouldBe("Revenues - (a + b)");
        Parse(filled.ToString()).ShouldBe(filled);
    }

    [Fact]
    public void A_filled_sum_keeps_its_grouping_under_a_negation() =>
        Parse("-$").Fill(Parse("a + b")).ToString().ShouldBe("-(a + b)");

    [Fact]
    public void Fill_leaves_an_expression_without_slot_unchanged()
    {
        var e = Parse("yoy(Revenues)");

        e.Fill(Parse("Cash")).ShouldBe(e);
    }

    [Fact]
    public void WithDims_adds_context_members_to_references_that_do_not_name_the_axis()
    {
        var dims = DimensionSet.Of("EquityComponent", "RetainedEarnings");

        var e = Parse("NetIncome + Dividends[EquityComponent=CommonStock] - abs(Other)").WithDims(dims);

        e.ToString().ShouldBe("NetIncome[EquityComponent=RetainedEarnings] + Dividends[EquityComponent=CommonStock] - abs(Other[EquityComponent=RetainedEarnings])");
    }

    [Fact]
    public void WithDims_adds_only_the_missing_axes()
    {
        var dims = DimensionSet.Of([new DimensionValue("Segment", "ATMOperation"), new DimensionValue("Brand", "IIJBrand")]);

        Parse("-Revenues[Segment=NetworkServices]").WithDims(dims).ToString().ShouldBe("-Revenues[Brand=IIJBrand;Segment=NetworkServices]");
    }

    [Fact]
    public void WithDims_of_no_members_returns_the_same_expression()
    {
        var e = Parse("Revenues + 1");

        e.WithDims(DimensionSet.Empty).ShouldBeSameAs(e);
    }

    [Theory]
    [InlineData("FY2012", PeriodAnchor.Context, "FY2012")]
    [InlineData("FY2012", PeriodAnchor.Start, "FY2012-start")]
    [InlineData("FY2012", PeriodAnchor.End, "FY2012-end")]
    [InlineData("FY2012", PeriodAnchor.Prior, "FY2011")]
    [InlineData("FY2012", PeriodAnchor.PriorStart, "FY2011-start")]
    [InlineData("FY2012", PeriodAnchor.PriorEnd, "FY2011-end")]
    [InlineData("4Q12", PeriodAnchor.Prior, "4Q11")]
    [InlineData("4Q12", PeriodAnchor.Start, "2012-12-31")]
    [InlineData("FY2012-end", PeriodAnchor.Prior, "FY2011-end")]
    [InlineData("FY2012-end", PeriodAnchor.End, "FY2012-end")]
    [InlineData("1H FY2013", PeriodAnchor.Prior, "1H FY2012")]
    public void A_relative_period_resolves_against_the_context(string context, PeriodAnchor anchor, string expected) =>
        new PeriodSpec(anchor, null, "").Resolve(P(context), Calendar).ShouldBe(P(expected));

    [Fact]
    public void An_absolute_period_ignores_the_context() =>
        new PeriodSpec(PeriodAnchor.Absolute, P("FY2010"), "FY2010").Resolve(P("FY2012"), Calendar).ShouldBe(P("FY2010"));

    [Theory]
    [InlineData("2013-02-28", -1, "2012-02-29")]
    [InlineData("2012-02-29", 1, "2013-02-28")]
    [InlineData("2012-02-28", -1, "2011-02-28")]
    [InlineData("2013-03-31", -1, "2012-03-31")]
    [InlineData("2012-03-01..2013-02-28", -1, "2011-03-01..2012-02-29")]
    [InlineData("2011-03-01..2012-02-29", 1, "2012-03-01..2013-02-28")]
    public void Shifting_by_years_keeps_month_ends_at_month_ends(string period, int years, string expected) =>
        FiscalCalendar.ShiftDates(P(period), years).ShouldBe(P(expected));
}
