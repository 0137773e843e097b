using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Tests.Layout.Expressions;

/// <summary>References: <c>Concept[Axis=Member]@period#status</c>.</summary>
public partial class ExprParserTest
{
    /// <summary>IIJ's calendar: the fiscal year ends on March 31 and is named by its start year.</summary>
    private static readonly FiscalCalendar Calendar = new(3, 31, FiscalYearNaming.StartYear);

    private static Expr Parse(string text)
    {
        var e = new ExprParser(Calendar).Parse(text, out var error);
        error.ShouldBeNull(error?.ToString());
        return e.ShouldNotBeNull();
    }

    private static ExprError Error(string text)
    {
        var e = new ExprParser(Calendar).Parse(text, out var error);
        e.ShouldBeNull(e?.ToString());
        return error.ShouldNotBeNull();
    }

    private static Period P(string name) => Calendar.TryParse(name, out var p) ? p! : throw new ArgumentException("Not a period: " + name, nameof(name));

    private static RefExpr Ref(string concept) => new(concept, DimensionSet.Empty, PeriodSpec.Context, null);

    [Fact]
    public void A_bare_concept_refers_to_the_fact_at_the_context_period_and_status()
    {
        var r = Parse("Revenues").ShouldBeOfType<RefExpr>();

        r.ConceptId.ShouldBe("Revenues");
        r.Dimensions.IsEmpty.ShouldBeTrue();
        r.Period.ShouldBe(PeriodSpec.Context);
        r.Status.ShouldBeNull();
    }

    [Fact]
    public void Concept_names_may_hold_digits_and_underscores() =>
        Parse("Net_Income2").ShouldBe(Ref("Net_Income2"));

    [Fact]
    public void A_member_list_names_one_member_per_axis()
    {
        var r = Parse("Revenues[Segment=ATMOperation]").ShouldBeOfType<RefExpr>();

        r.Dimensions.ShouldBe(DimensionSet.Of("Segment", "ATMOperation"));
    }

    [Fact]
    public void Several_members_are_separated_by_semicolons_and_spaces_around_them_do_not_matter()
    {
        var r = Parse("Revenues[ Segment = NetworkServices ; Brand = IIJBrand ]").ShouldBeOfType<RefExpr>();

        r.Dimensions.ShouldBe(DimensionSet.Of([new DimensionValue("Segment", "NetworkServices"), new DimensionValue("Brand", "IIJBrand")]));
        r.Dimensions.MemberOf("Brand").ShouldBe("IIJBrand");
    }

    [Theory]
    [InlineData("Revenues@FY2011", "FY2011", "2011-04-01..2012-03-31")]
    [InlineData("Revenues@FY11", "FY11", "2011-04-01..2012-03-31")]
    [InlineData("Revenues@4Q12", "4Q12", "2013-01-01..2013-03-31")]
    [InlineData("Revenues@1H13", "1H13", "2013-04-01..2013-09-30")]
    [InlineData("Cash@FY2012-end", "FY2012-end", "2013-03-31")]
    [InlineData("Cash@FY2012-start", "FY2012-start", "2012-03-31")]
    [InlineData("Cash@2Q12-end", "2Q12-end", "2012-09-30")]
    [InlineData("Cash@2013-03-31", "2013-03-31", "2013-03-31")]
    [InlineData("Revenues@2012-04-01..2013-03-31", "2012-04-01..2013-03-31", "2012-04-01..2013-03-31")]
    public void An_absolute_period_is_read_with_the_fiscal_calendar(string text, string written, string iso)
    {
        var r = Parse(text).ShouldBeOfType<RefExpr>();

        r.Period.Anchor.ShouldBe(PeriodAnchor.Absolute);
        r.Period.Absolute!.ToString().ShouldBe(iso);
        r.Period.Text.ShouldBe(written);
    }

    [Fact]
    public void A_period_with_spaces_is_quoted_and_keeps_its_quotes_in_canonical_text()
    {
        var r = Parse("Revenues@\"1H FY2013\"").ShouldBeOfType<RefExpr>();

        r.Period.Absolute.ShouldBe(P("1H FY2013"));
        r.Period.Text.ShouldBe("\"1H FY2013\"");
        r.ToString().ShouldBe("Revenues@\"1H FY2013\"");
    }

    [Fact]
    public void A_quoted_period_without_spaces_needs_no_quotes_in_canonical_text() =>
        Parse("Revenues@\"FY2011\"").ToString().ShouldBe("Revenues@FY2011");

    [Theory]
    [InlineData("start", PeriodAnchor.Start)]
    [InlineData("end", PeriodAnchor.End)]
    [InlineData("prior", PeriodAnchor.Prior)]
    [InlineData("prior-start", PeriodAnchor.PriorStart)]
    [InlineData("prior-end", PeriodAnchor.PriorEnd)]
    public void A_relative_period_is_an_anchor_on_the_context(string written, PeriodAnchor anchor)
    {
        var r = Parse("Cash@" + written).ShouldBeOfType<RefExpr>();

        r.Period.Anchor.ShouldBe(anchor);
        r.Period.Absolute.ShouldBeNull();
        r.Period.Text.ShouldBe(written);
    }

    [Theory]
    [InlineData("actual", FactStatus.Actual)]
    [InlineData("target", FactStatus.Target)]
    [InlineData("forecast", FactStatus.Forecast)]
    public void A_status_follows_a_hash(string written, FactStatus status) =>
        Parse("Revenues#" + written).ShouldBeOfType<RefExpr>().Status.ShouldBe(status);

    [Fact]
    public void Members_period_and_status_combine_in_that_order()
    {
        var r = Parse("Revenues[Segment=ATMOperation]@FY2013#target").ShouldBeOfType<RefExpr>();

        r.ConceptId.ShouldBe("Revenues");
        r.Dimensions.ShouldBe(DimensionSet.Of("Segment", "ATMOperation"));
        r.Period.Absolute.ShouldBe(P("FY2013"));
        r.Status.ShouldBe(FactStatus.Target);
    }

    [Fact]
    public void A_relative_period_and_a_status_combine() =>
        Parse("Revenues@prior#actual").ShouldBe(new RefExpr("Revenues", DimensionSet.Empty, new PeriodSpec(PeriodAnchor.Prior, null, "prior"), FactStatus.Actual));
}
