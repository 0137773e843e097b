namespace Kessan.Tests.Layout.Expressions;

/// <summary>Malformed expressions: a message without figures and the 0-based offset where parsing stopped.</summary>
public partial class ExprParserTest
{
    [Theory]
    [InlineData("", "An expression is empty.", 0)]
    [InlineData("   ", "An expression is empty.", 0)]
    [InlineData("a +", "The expression ends too early.", 3)]
    [InlineData("-", "The expression ends too early.", 1)]
    [InlineData("(a + b", "Expected ')' at the end.", 6)]
    [InlineData("yoy(a", "Expected ')' at the end.", 5)]
    [InlineData("yoy(a b)", "Expected ')' but found 'b'.", 6)]
    [InlineData("a b", "Unexpected 'b'.", 2)]
    [InlineData("a + * b", "Unexpected '*'.", 4)]
    [InlineData("a % b", "Unexpected '%'.", 2)]
    [InlineData("a)", "Unexpected ')'.", 1)]
    [InlineData("#target", "Unexpected '#'.", 0)]
    [InlineData("yoy(a,)", "Unexpected ')'.", 6)]
    [InlineData("1.2.3", "'1.2.3' is not a number.", 0)]
    [InlineData("a + 1..5", "'1..5' is not a number.", 4)]
    [InlineData("a[Segment=ATM", "A member list '[' is not closed with ']'.", 1)]
    [InlineData("a[Segment]", "'Segment' is not a member; write Axis=Member.", 2)]
    [InlineData("a[Segment=]", "'Segment=' is not a member; write Axis=Member.", 2)]
    [InlineData("a[=ATM]", "'=ATM' is not a member; write Axis=Member.", 2)]
    [InlineData("a[]", "'' is not a member; write Axis=Member.", 2)]
    [InlineData("a[Segment=ATM;Segment=SI]", "Axis 'Segment' appears twice.", 14)]
    [InlineData("a[Segment=ATM; Brand]", "'Brand' is not a member; write Axis=Member.", 15)]
    [InlineData("a@FY20x", "'FY20x' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, start, end, prior).", 2)]
    [InlineData("a@", "'' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, start, end, prior).", 2)]
    [InlineData("a + b@5Q12", "'5Q12' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, start, end, prior).", 6)]
    [InlineData("a@\"1H FY2013", "A quoted period is not closed.", 2)]
    [InlineData("a#final", "'final' is not a status (actual, target, forecast).", 2)]
    [InlineData("a#", "'' is not a status (actual, target, forecast).", 2)]
    public void A_malformed_expression_is_an_error_at_the_character_where_parsing_stopped(string text, string message, int offset)
    {
        var error = Error(text);

        error.Message.ShouldBe(message);
        error.Offset.ShouldBe(offset);
    }

    [Fact]
    public void A_parser_can_be_reused_after_an_error()
    {
        var parser = new Kessan.Layout.Expressions.ExprParser(Calendar);

        parser.Parse("a +", out var first).ShouldBeNull();
        first.ShouldNotBeNull();
        parser.Parse("a + b", out var second).ShouldNotBeNull();
        second.ShouldBeNull();
    }
}
