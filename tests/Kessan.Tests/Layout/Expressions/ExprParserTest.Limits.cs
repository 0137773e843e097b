using Kessan.Layout.Expressions;

namespace Kessan.Tests.Layout.Expressions;

/// <summary>Input that nests or repeats beyond any real formula is an error at its place, never a stack overflow.</summary>
public partial class ExprParserTest
{
    public static TheoryData<string, string> Hostile() => new()
    {
        { new string('(', 17_000) + "a" + new string(')', 17_000), "more than 100 deep" },
        { new string('-', 33_000) + "a", "more than 100 deep" },
        { string.Join(" + ", Enumerable.Repeat("a", 33_000)), "more than 1000 operators" },
        { string.Concat(Enumerable.Repeat("abs(", 3_300)) + "a" + new string(')', 3_300), "more than 100 deep" },
        { string.Join(" - ", Enumerable.Repeat("-a", 1_001)), "more than 1000 operators" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Nesting_or_repetition_beyond_the_limits_is_an_error_not_a_stack_overflow(string text, string message)
    {
        var error = Error(text);

        error.Message.ShouldContain(message);
        error.Offset.ShouldBeLessThan(text.Length);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        var text = new string('(', ExprParser.MaxDepth) + "a" + new string(')', ExprParser.MaxDepth);

        Parse(text).ShouldBe(Ref("a"));
        Parse(string.Join(" + ", Enumerable.Repeat("a", ExprParser.MaxOperators + 1))).ShouldBeOfType<BinaryExpr>();
    }
}
