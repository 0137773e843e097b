using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>Every value records its rule, formula and inputs down to the facts and the places they were reported.</summary>
public partial class EvaluatorTest
{
    [Fact]
    public void A_fact_is_a_leaf_with_its_source()
    {
        var p = Eval("Revenues").Provenance;

        p.Rule.ShouldBe("fact");
        p.Formula.ShouldBe("Revenues");
        p.Value.ShouldBe(Y(106_248_486_000m));
        p.Inputs.ShouldBeEmpty();
        p.Period.ShouldBe(P("FY2012"));
        p.Fact.ShouldNotBeNull().Source.ShouldBe(new SourceLocation("facts/income.csv", 2, 23));
    }

    [Fact]
    public void A_leaf_records_the_period_it_resolved_to()
    {
        var p = Eval("Assets@start").Provenance;

        p.Period.ShouldBe(P("FY2011-end"));
        p.Formula.ShouldBe("Assets@start");
        p.Fact!.Source.ShouldBe(new SourceLocation("facts/balance.csv", 2, 9));
    }

    [Theory]
    [InlineData("Revenues + Revenues@prior", "sum")]
    [InlineData("Revenues - Revenues@prior", "difference")]
    [InlineData("Revenues * 2", "product")]
    [InlineData("Revenues / Revenues@prior", "quotient")]
    [InlineData("-Revenues", "negate")]
    [InlineData("2", "constant")]
    [InlineData("yoy(Revenues)", "yoy")]
    [InlineData("change(Revenues)", "change")]
    [InlineData("avg(Assets)", "avg")]
    [InlineData("translate(Revenues)", "translate")]
    [InlineData("ads(WeightedAverageShares)", "ads")]
    [InlineData("per_ads(NetIncome / WeightedAverageShares)", "per_ads")]
    [InlineData("abs(HomeRevenue - Revenues)", "abs")]
    [InlineData("restated(DividendPerShare@2Q12-end)", "restated")]
    [InlineData("dividend_total(DividendPerShare, carried(SharesIssued))", "dividend_total")]
    [InlineData("dividend_per_share(DividendPerShare)", "dividend_per_share")]
    public void The_outermost_rule_names_how_the_value_was_computed(string expression, string rule)
    {
        var v = Eval(expression);

        v.Provenance.Rule.ShouldBe(rule);
        v.Provenance.Formula.ShouldBe(expression);
        v.Provenance.Value.ShouldBe(v.Value);
    }

    [Fact]
    public void Yoy_records_the_current_and_prior_facts_as_its_inputs()
    {
        var p = Eval("yoy(Revenues)").Provenance;

        p.Period.ShouldBe(P("FY2012"));
        p.Inputs.Length.ShouldBe(2);
        p.Inputs[0].Fact!.Period.ShouldBe(P("FY2012"));
        p.Inputs[0].Fact!.Source.ShouldBe(new SourceLocation("facts/income.csv", 2, 23));
        p.Inputs[1].Fact!.Period.ShouldBe(P("FY2011"));
        p.Inputs[1].Fact!.Source.ShouldBe(new SourceLocation("facts/income.csv", 2, 10));
    }

    [Fact]
    public void Arithmetic_records_its_operands_in_order()
    {
        var p = Eval("Revenues[Segment=Network] + Revenues[Segment=ATM]").Provenance;

        p.Inputs.Select(i => i.Formula).ShouldBe(["Revenues[Segment=Network]", "Revenues[Segment=ATM]"]);
        p.Inputs.Select(i => i.Fact!.Source.ToString()).ShouldBe(["facts/segments.csv:2:35", "facts/segments.csv:3:30"]);
    }

    [Fact]
    public void Facts_lists_every_fact_once_in_first_use_order()
    {
        var facts = Eval("Revenues - Revenues@prior + Revenues + change(Revenues)").Provenance.Facts().ToList();

        facts.Select(f => f.Period).ShouldBe([P("FY2012"), P("FY2011")]);
    }

    [Fact]
    public void Dividend_provenance_reaches_every_record_date_and_share_count()
    {
        var p = Eval("dividend_total(DividendPerShare, carried(SharesIssued))").Provenance;

        p.Inputs.Select(i => i.Period).ShouldBe([P("2Q12-end"), P("FY2012-end")]);
        p.Facts().Select(f => f.Source.ToString()).ShouldBe(
            ["facts/dividends.csv:4:34", "facts/balance.csv:3:28", "facts/dividends.csv:5:36"]);
    }

    [Fact]
    public void A_fact_reported_in_two_places_keeps_both_sources()
    {
        var package = Load(Settings, """
            concept,FY2012
            Revenues,"106,248,486"
            """);

        var fact = new Kessan.Derivation.Evaluation.Evaluator(package).Evaluate(Parse("yoy(Revenues)"), P("FY2012")).Value.Provenance.Inputs[0].Fact!;

        fact.Reports.Select(r => r.Source.ToString()).ShouldBe(["facts/income.csv:2:23", "facts/extra.csv:2:10"], ignoreOrder: true);
    }

    [Fact]
    public void A_constant_has_no_fact_and_no_period()
    {
        var p = Eval("Revenues * 2").Provenance.Inputs[1];

        p.Rule.ShouldBe("constant");
        p.Formula.ShouldBe("2");
        p.Fact.ShouldBeNull();
        p.Period.ShouldBeNull();
    }

    [Fact]
    public void Evaluating_the_same_expression_twice_gives_equal_provenance()
    {
        var a = Eval("translate(yoy(Revenues) * Revenues@prior)").Provenance;
        var b = Eval("translate(yoy(Revenues) * Revenues@prior)").Provenance;

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(Eval("translate(yoy(Revenues) * Revenues)").Provenance);
    }

    [Fact]
    public void A_target_leaf_records_its_status() =>
        Eval("Revenues", "FY2013", FactStatus.Target).Provenance.Fact!.Status.ShouldBe(FactStatus.Target);
}
