using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>Stock splits and dividends: restated, carried, dividend_total, dividend_per_share, declared_total.</summary>
public partial class EvaluatorTest
{
    [Fact]
    public void Restated_divides_a_per_share_figure_by_the_splits_after_its_date()
    {
        // The interim dividend of September 30, 2012 was JPY1,750 per pre-split share: JPY8.75 per share today.
        Eval("restated(DividendPerShare@2Q12-end)").Value.ShouldBe(Y(8.75m));
        Eval("restated(DividendPerShare)", "2Q12-end").Value.ShouldBe(Y(8.75m));
    }

    [Fact]
    public void Restated_leaves_a_figure_dated_after_every_split_unchanged() =>
        Eval("restated(DividendPerShare@FY2012-end)").Value.ShouldBe(Y(10m));

    [Fact]
    public void Restated_needs_a_date() =>
        Failure("restated(DividendPerShare)").ShouldBe("'restated(DividendPerShare)' restates a figure at a date; its context is a duration.");

    [Theory]
    [InlineData("1Q12-end", "FY2011-end")]
    [InlineData("2Q12-end", "FY2012-end")]
    [InlineData("3Q12-end", "FY2012-end")]
    public void Carried_takes_a_constant_balance_to_a_date_it_is_not_reported_at_from_the_nearest_report(string date, string nearest)
    {
        var v = Eval("carried(SharesIssued)", date);

        v.Value.ShouldBe(Rational.FromInteger(41_295_600));
        v.Unit.ShouldBe(Unit.Shares);
        v.Provenance.Rule.ShouldBe("carried");
        v.Provenance.Period.ShouldBe(P(date));
        v.Provenance.Facts().ShouldHaveSingleItem().Period.ShouldBe(P(nearest));
    }

    [Fact]
    public void Carried_at_a_reported_date_is_the_fact_itself()
    {
        var v = Eval("carried(SharesIssued)", "FY2012-end");

        v.Value.ShouldBe(Rational.FromInteger(41_295_600));
        v.Provenance.Rule.ShouldBe("fact");
        v.Provenance.Fact!.Period.ShouldBe(P("FY2012-end"));
    }

    [Fact]
    public void Carried_needs_a_balance_declared_constant() =>
        Failure("carried(TreasuryShares)", "2Q12-end")
            .ShouldBe("'carried(TreasuryShares)': 'Treasury shares' does not declare that it never changes (rollforward: []), so its value at an unreported date is unknown.");

    [Fact]
    public void Carried_refuses_a_balance_reported_with_different_values()
    {
        var package = Load(Settings, """
            concept,FY2010-end
            SharesIssued,"41,000,000"
            """);

        Failure("carried(SharesIssued)", "2Q12-end", package: package)
            .ShouldBe("'carried(SharesIssued)': 'Shares issued' is reported with different values at different dates, so it cannot be carried.");
    }

    [Fact]
    public void Carried_refuses_a_balance_reported_nowhere() =>
        Failure("carried(UnreportedShares)", "2Q12-end").ShouldBe("'carried(UnreportedShares)': 'Shares reserved' is reported at no date.");

    [Theory]
    [InlineData("carried(SharesIssued@FY2012-end)", "2Q12-end", "'carried(SharesIssued@FY2012-end)' carries a balance written without a period: carried(Concept).")]
    [InlineData("carried(SharesIssued + TreasuryShares)", "2Q12-end", "'carried(SharesIssued + TreasuryShares)' carries a balance written without a period: carried(Concept).")]
    [InlineData("carried(SharesIssued)", "FY2012", "'carried(SharesIssued)' carries a balance to a date; its context is a duration.")]
    public void Carried_is_written_on_a_bare_balance_at_a_date(string expression, string context, string message) =>
        Failure(expression, context).ShouldBe(message);

    [Fact]
    public void Dividend_per_share_sums_the_restated_dividends_with_record_dates_in_the_period()
    {
        // FY2012: JPY1,750 per pre-split share at September 30 (8.75 restated) + JPY10 at March 31 = 18.75.
        var v = Eval("dividend_per_share(DividendPerShare)");

        v.Value.ShouldBe(Y(18.75m));
        v.Unit.ShouldBe(Unit.PerShareOf("JPY"));
        v.Provenance.Inputs.Select(i => i.Rule).ShouldBe(["restated", "restated"]);
    }

    [Fact]
    public void Dividend_per_share_restates_a_year_entirely_before_the_split() =>
        Eval("dividend_per_share(DividendPerShare)", "FY2011").Value.ShouldBe(Y((1_500m + 1_750m) / 200m));

    [Fact]
    public void Dividend_per_share_of_a_forecast_uses_the_forecast_record_dates() =>
        Eval("dividend_per_share(DividendPerShare)", "FY2013", FactStatus.Forecast).Value.ShouldBe(Y(22m));

    [Fact]
    public void Declared_total_adds_dividends_declared_on_the_same_shares()
    {
        var v = Eval("declared_total(DividendPerShare)", "FY2011");

        v.Value.ShouldBe(Y(3_250m));
        v.Provenance.Rule.ShouldBe("declared_total");
        v.Provenance.Inputs.Select(i => i.Rule).ShouldBe(["fact", "fact"]);
        v.Provenance.Facts().Select(f => f.Period).ShouldBe([P("2Q11-end"), P("FY2011-end")]);
    }

    [Fact]
    public void Declared_total_refuses_dividends_on_both_sides_of_a_split() =>
        Failure("declared_total(DividendPerShare)").ShouldBe(
            "'declared_total(DividendPerShare)': the record dates of FY2012 fall on both sides of a stock split; per-share amounts of different shares cannot be added (use dividend_per_share for the restated total).");

    [Fact]
    public void Dividend_total_pays_each_dividend_on_the_shares_of_its_record_date()
    {
        // September 30, 2012: JPY1,750 on 41,295,600 / 200 = 206,478 pre-split shares; March 31, 2013: JPY10 on 41,295,600.
        var v = Eval("dividend_total(DividendPerShare, carried(SharesIssued))");

        v.Value.ShouldBe(Y(1_750m * 206_478m + 10m * 41_295_600m));
        v.Unit.ShouldBe(Unit.OfCurrency("JPY"));
        v.Provenance.Inputs.Select(i => i.Rule).ShouldBe(["dividend", "dividend"]);
    }

    [Fact]
    public void Dividend_total_accepts_any_share_expression()
    {
        var v = Eval("dividend_total(DividendPerShare, carried(SharesIssued) - TreasuryShares@FY2012-end)");

        v.Value.ShouldBe(Y(1_750m * (40_536_800m / 200m) + 10m * 40_536_800m));
    }

    [Fact]
    public void Dividend_total_needs_shares_as_its_second_argument() =>
        Failure("dividend_total(DividendPerShare, DividendPerShare)")
            .ShouldBe("'dividend_total(DividendPerShare, DividendPerShare)': the second argument must be a number of shares.");

    [Theory]
    [InlineData("dividend_per_share(DividendPerShare)")]
    [InlineData("declared_total(DividendPerShare)")]
    public void Dividend_sums_fail_when_no_record_date_falls_in_the_period(string expression) =>
        Failure(expression, "FY2010").ShouldBe($"'{expression}': no dividend has a record date in FY2010.");

    [Theory]
    [InlineData("dividend_per_share(DividendPerShare@FY2012-end)", "FY2012", "'dividend_per_share(DividendPerShare@FY2012-end)' needs the dividend-per-share concept written without a period.")]
    [InlineData("dividend_per_share(DividendPerShare)", "FY2012-end", "'dividend_per_share(DividendPerShare)' sums the dividends of a duration; its context is an instant.")]
    [InlineData("dividend_total(DividendPerShare * 2, SharesIssued)", "FY2012", "'dividend_total(DividendPerShare * 2, SharesIssued)' needs the dividend-per-share concept written without a period.")]
    public void Dividend_rules_are_written_on_a_bare_concept_over_a_duration(string expression, string context, string message) =>
        Failure(expression, context).ShouldBe(message);
}
