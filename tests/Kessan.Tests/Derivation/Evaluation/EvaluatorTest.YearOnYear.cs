using Kessan.Derivation.Evaluation;
using Kessan.Layout.Formats;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>yoy and change: the one-argument forms compare with the same period a year earlier, actual.</summary>
public partial class EvaluatorTest
{
    private static string Percent(DerivedValue v)
    {
        var f = DisplayFormat.BuiltIn["percent"];
        return f.FormatDisplayed(f.RoundToDisplay(v.Value), v.Value.IsZero);
    }

    [Fact]
    public void Yoy_is_current_over_prior_minus_one_on_the_unrounded_figures()
    {
        var v = Eval("yoy(Revenues)");

        v.Value.ShouldBe(Rational.Of(106_248_486, 97_314_605) - Rational.One);
        v.Unit.ShouldBe(Unit.Pure);
        Percent(v).ShouldBe("9.2");
    }

    [Fact]
    public void Yoy_of_a_decrease_is_negative_and_shows_in_parentheses()
    {
        var v = Eval("yoy(HomeRevenue)");

        v.Value.Sign.ShouldBe(-1);
        Percent(v).ShouldBe("(4.4)");
    }

    [Fact]
    public void Yoy_of_a_target_compares_with_the_prior_actual()
    {
        // FY2013 revenue target JPY117,000 million against FY2012's actual JPY106,248,486 thousand: up 10.1%.
        var v = Eval("yoy(Revenues)", "FY2013", FactStatus.Target);

        v.Value.ShouldBe(Rational.Of(117_000_000, 106_248_486) - Rational.One);
        Percent(v).ShouldBe("10.1");
        v.Provenance.Inputs[0].Fact!.Status.ShouldBe(FactStatus.Target);
        v.Provenance.Inputs[1].Fact!.Status.ShouldBe(FactStatus.Actual);
        v.Provenance.Inputs[1].Fact!.Period.ShouldBe(P("FY2012"));
    }

    [Fact]
    public void The_two_argument_yoy_compares_the_figures_given()
    {
        var v = Eval("yoy(Revenues[Segment=ATM], Revenues[Segment=Network])");

        v.Value.ShouldBe(Rational.Of(2_320, 104_487) - Rational.One);
    }

    [Fact]
    public void The_two_argument_yoy_evaluates_both_at_the_context_status()
    {
        var v = Eval("yoy(Revenues, Revenues@FY2012#actual)", "FY2013", FactStatus.Target);

        v.Value.ShouldBe(Rational.Of(117_000_000, 106_248_486) - Rational.One);
    }

    [Fact]
    public void Yoy_of_an_unchanged_figure_is_zero() => Eval("yoy(WeightedAverageShares)").Value.ShouldBe(Rational.Zero);

    [Fact]
    public void Yoy_from_a_zero_prior_is_a_failure_not_a_crash() =>
        Failure("yoy(Impairment)").ShouldBe("'yoy(Impairment)': the prior figure is zero, so there is no year-on-year change.");

    [Fact]
    public void Yoy_of_figures_of_different_units_fails() =>
        Failure("yoy(Revenues, WeightedAverageShares)").ShouldBe("'yoy(Revenues, WeightedAverageShares)' compares figures of different units (JPY and shares).");

    [Fact]
    public void Yoy_without_a_prior_fact_fails_naming_the_missing_fact() =>
        Failure("yoy(Revenues)", "FY2011").ShouldBe("No fact for 'Total revenues' for FY2010.");

    [Theory]
    [InlineData("yoy()")]
    [InlineData("yoy(Revenues, Revenues@prior, Revenues)")]
    public void Yoy_takes_one_or_two_arguments(string expression) => Failure(expression).ShouldBe("'yoy' takes one or two arguments.");

    [Fact]
    public void Change_is_the_difference_from_the_prior_year_in_the_figure_unit()
    {
        var v = Eval("change(Revenues)");

        v.Value.ShouldBe(Y(8_933_881_000m));
        v.Unit.ShouldBe(Unit.OfCurrency("JPY"));
    }

    [Fact]
    public void Change_of_a_decrease_is_negative() => Eval("change(HomeRevenue)").Value.ShouldBe(Y(-251_219_000m));

    [Fact]
    public void Change_of_a_balance_compares_instants_a_year_apart() =>
        Eval("change(Contracts)", "FY2012-end").Value.ShouldBe(Rational.FromInteger(150));

    [Fact]
    public void Change_of_a_target_compares_with_the_prior_actual() =>
        Eval("change(OperatingIncome)", "FY2013", FactStatus.Target).Value.ShouldBe(Y(9_400_000_000m - 7_752_642_000m));

    [Fact]
    public void The_two_argument_change_is_the_plain_difference() =>
        Eval("change(Assets@end, Assets@start)").Value.ShouldBe(Y(82_111_266_000m - 73_493_246_000m));

    [Fact]
    public void Change_takes_one_or_two_arguments() => Failure("change()").ShouldBe("'change' takes one or two arguments.");

    [Theory]
    [InlineData("yoy(Revenues)", 119_575, 117_154)]
    [InlineData("change(Revenues)", 119_575, 117_154)]
    [InlineData("Revenues@prior", 119_575, 117_154)]
    public void In_a_52_53_week_year_a_quarter_compares_with_the_same_quarter_of_the_prior_year(string expression, int current, int prior)
    {
        // Apple's first quarters of fiscal 2024 (13 weeks to December 30, 2023) and 2023 (14 weeks to December 31, 2022),
        // USD millions: a year of dates earlier than 2023-10-01..2023-12-30 is no period of this calendar.
        var builder = new PackageBuilder().WithConcepts(Concepts)
            .WithFacts($"concept,1Q24,1Q23\nRevenues,{current},{prior}\n", "facts/income.csv", scale: "millions");
        var manifest = builder.Manifest()
            .Replace("year_end: \"03-31\"", "year_end: last saturday of september\n  extra_week_quarter: 1", StringComparison.Ordinal)
            .Replace("naming: start-year", "naming: end-year", StringComparison.Ordinal);
        var package = builder.WithManifest(manifest).LoadClean();
        var quarter = package.Calendar.Quarter(2024, 1);

        var value = new Evaluator(package).Evaluate(Parse(expression), quarter, FactStatus.Actual).Value.ShouldNotBeNull().Value;

        value.ShouldBe(expression switch
        {
            "yoy(Revenues)" => Rational.Of(current, prior) - Rational.One,
            "change(Revenues)" => Rational.FromInteger((current - prior) * 1_000_000L),
            _ => Rational.FromInteger(prior * 1_000_000L),
        });
    }
}
