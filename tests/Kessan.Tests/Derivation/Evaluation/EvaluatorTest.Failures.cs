using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>A figure that cannot be derived is an outcome with a <see cref="DerivationProblem"/> that says why, without figures.</summary>
public partial class EvaluatorTest
{
    [Theory]
    [InlineData("Revenues@FY2010", "FY2012", FactStatus.Actual, "No fact for 'Total revenues' for FY2010.")]
    [InlineData("Revenues[Segment=ATM]@FY2013", "FY2012", FactStatus.Actual, "No fact for 'Total revenues' [Segment=ATM] for FY2013.")]
    [InlineData("Revenues", "FY2013", FactStatus.Forecast, "No fact for 'Total revenues' for FY2013 (forecast).")]
    [InlineData("NetIncome#target", "FY2013", FactStatus.Actual, "No fact for 'Net income attributable to the company' for FY2013 (target).")]
    [InlineData("Revenues", "4Q12", FactStatus.Actual, "No fact for 'Total revenues' for 4Q12.")]
    [InlineData("Assets@FY2010-end", "FY2012", FactStatus.Actual, "No fact for 'Total assets' at 2011-03-31.")]
    public void A_missing_fact_is_a_failure_that_names_the_fact(string expression, string context, FactStatus status, string message) =>
        Failure(expression, context, status).ShouldBe(message);

    [Fact]
    public void A_missing_fact_deep_inside_an_expression_fails_the_whole_expression() =>
        Failure("translate(yoy(Revenues) * Revenues@FY2010)").ShouldBe("No fact for 'Total revenues' for FY2010.");

    [Fact]
    public void An_undefined_concept_is_a_failure() => Failure("Sales").ShouldBe("Concept 'Sales' is not defined.");

    [Fact]
    public void A_balance_at_a_duration_is_a_failure() =>
        Failure("Assets").ShouldBe("'Assets' is a balance; refer to it at an instant (@start, @end, @FY2012-end).");

    [Fact]
    public void A_flow_at_an_instant_is_a_failure() =>
        Failure("Revenues@end").ShouldBe("'Revenues' is a flow; it has no value at an instant.");

    [Fact]
    public void The_slot_outside_a_table_template_is_a_failure() =>
        Failure("yoy($)").ShouldBe("The slot '$' is only allowed in a table's row or column template.");

    [Fact]
    public void Failure_messages_carry_no_figures()
    {
        foreach (var expression in new[] { "Revenues / Impairment@FY2011", "Revenues + WeightedAverageShares", "yoy(Impairment)", "declared_total(DividendPerShare)" })
        {
            var message = Failure(expression);
            message.ShouldNotContain("106", Case.Sensitive, message);
            message.ShouldNotContain("40,536,800", Case.Sensitive, message);
            message.ShouldNotContain("1,750", Case.Sensitive, message);
        }
    }

    [Fact]
    public void Evaluate_rejects_null_arguments()
    {
        var evaluator = new Evaluator(Iij.Value);

        Should.Throw<ArgumentNullException>(() => evaluator.Evaluate(null!, P("FY2012")));
        Should.Throw<ArgumentNullException>(() => evaluator.Evaluate(Parse("Revenues"), null!));
    }

    [Fact]
    public void The_evaluator_keeps_no_state_between_calls()
    {
        var evaluator = new Evaluator(Iij.Value);
        var yoy = Parse("yoy(Revenues)");
        var first = evaluator.Evaluate(yoy, P("FY2012"));

        evaluator.Evaluate(Parse("Revenues@FY2010"), P("FY2012")).Succeeded.ShouldBeFalse();

        evaluator.Evaluate(yoy, P("FY2012")).ShouldBe(first);
    }

    [Fact]
    public void An_expression_built_in_code_evaluates_like_a_parsed_one()
    {
        var built = new BinaryExpr('+', new RefExpr("Revenues", DimensionSet.Of("Segment", "Network"), PeriodSpec.Context, null),
            new RefExpr("Revenues", DimensionSet.Of("Segment", "ATM"), PeriodSpec.Context, null));

        new Evaluator(Iij.Value).Evaluate(built, P("FY2012")).Value.Value.ShouldBe(Eval("Revenues[Segment=Network] + Revenues[Segment=ATM]").Value);
    }
}
