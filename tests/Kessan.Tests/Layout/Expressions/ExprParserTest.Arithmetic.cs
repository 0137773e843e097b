using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Tests.Layout.Expressions;

/// <summary>Numbers, the slot, arithmetic with precedence and left associativity, unary minus and calls.</summary>
public partial class ExprParserTest
{
    private static NumberExpr Num(long n, long d = 1) => new(Rational.Of(n, d));

    [Theory]
    [InlineData("2", 2, 1)]
    [InlineData("1.5", 3, 2)]
    [InlineData("0.001", 1, 1000)]
    [InlineData("94.16", 2354, 25)]
    [InlineData("100000000000", 100000000000, 1)]
    public void A_number_is_read_exactly(string text, long n, long d) => Parse(text).ShouldBe(Num(n, d));

    [Fact]
    public void The_slot_is_a_dollar_sign()
    {
        var e = Parse("$");

        e.ShouldBeSameAs(SlotExpr.Instance);
        e.HasSlot.ShouldBeTrue();
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition() =>
        Parse("a + b * c").ShouldBe(new BinaryExpr('+', Ref("a"), new BinaryExpr('*', Ref("b"), Ref("c"))));

    [Fact]
    public void Division_binds_tighter_than_subtraction() =>
        Parse("a - b / c").ShouldBe(new BinaryExpr('-', Ref("a"), new BinaryExpr('/', Ref("b"), Ref("c"))));

    [Fact]
    public void Operators_of_equal_precedence_associate_to_the_left()
    {
        Parse("a - b - c").ShouldBe(new BinaryExpr('-', new BinaryExpr('-', Ref("a"), Ref("b")), Ref("c")));
        Parse("a / b / c").ShouldBe(new BinaryExpr('/', new BinaryExpr('/', Ref("a"), Ref("b")), Ref("c")));
        Parse("a * b / c").ShouldBe(new BinaryExpr('/', new BinaryExpr('*', Ref("a"), Ref("b")), Ref("c")));
    }

    [Fact]
    public void Parentheses_override_precedence() =>
        Parse("(a + b) * c").ShouldBe(new BinaryExpr('*', new BinaryExpr('+', Ref("a"), Ref("b")), Ref("c")));

    [Fact]
    public void Redundant_parentheses_leave_no_trace() => Parse("((a))").ShouldBe(Ref("a"));

    [Fact]
    public void Unary_minus_binds_tighter_than_multiplication() =>
        Parse("-a * b").ShouldBe(new BinaryExpr('*', new NegateExpr(Ref("a")), Ref("b")));

    [Fact]
    public void Unary_minus_applies_to_a_parenthesised_expression() =>
        Parse("-(a + b)").ShouldBe(new NegateExpr(new BinaryExpr('+', Ref("a"), Ref("b"))));

    [Fact]
    public void Unary_minus_may_follow_a_binary_minus_and_may_repeat()
    {
        Parse("a - -b").ShouldBe(new BinaryExpr('-', Ref("a"), new NegateExpr(Ref("b"))));
        Parse("--a").ShouldBe(new NegateExpr(new NegateExpr(Ref("a"))));
    }

    [Fact]
    public void A_negative_number_is_the_negation_of_a_number() => Parse("-2").ShouldBe(new NegateExpr(Num(2)));

    [Fact]
    public void Whitespace_between_tokens_does_not_matter() =>
        Parse("  a+b*(c -d)\t").ShouldBe(Parse("a + b * (c - d)"));

    [Fact]
    public void A_call_has_a_name_and_arguments()
    {
        var c = Parse("yoy(Revenues)").ShouldBeOfType<CallExpr>();

        c.Function.ShouldBe("yoy");
        c.Args.ShouldBe([Ref("Revenues")]);
    }

    [Fact]
    public void Arguments_are_expressions_separated_by_commas()
    {
        var c = Parse("yoy(Revenues[Segment=ATMOperation], Revenues[Segment=ATMOperation]@prior + 1)").ShouldBeOfType<CallExpr>();

        c.Args.Length.ShouldBe(2);
        c.Args[1].ShouldBeOfType<BinaryExpr>().Op.ShouldBe('+');
    }

    [Fact]
    public void A_call_may_have_no_arguments() => Parse("f()").ShouldBe(new CallExpr("f", []));

    [Fact]
    public void Calls_nest_and_take_part_in_arithmetic() =>
        Parse("abs(change(Cash)) / avg(Assets)").ShouldBe(new BinaryExpr('/',
            new CallExpr("abs", [new CallExpr("change", [Ref("Cash")])]),
            new CallExpr("avg", [Ref("Assets")])));

    [Fact]
    public void A_space_between_a_name_and_its_parenthesis_still_makes_a_call() =>
        Parse("yoy (Revenues)").ShouldBe(new CallExpr("yoy", [Ref("Revenues")]));

    [Fact]
    public void The_parser_does_not_judge_rule_names_the_evaluator_does() =>
        Parse("no_such_rule(a)").ShouldBeOfType<CallExpr>().Function.ShouldBe("no_such_rule");

    [Fact]
    public void Calls_are_equal_when_their_name_and_arguments_are()
    {
        var a = Parse("yoy(Revenues, Revenues@prior)");
        var b = Parse("yoy( Revenues ,Revenues@prior )");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(Parse("yoy(Revenues, Revenues@FY2011)"));
        a.ShouldNotBe(Parse("change(Revenues, Revenues@prior)"));
    }

    [Fact]
    public void A_slot_inside_a_call_makes_the_expression_hold_a_slot()
    {
        Parse("yoy($) * 100").HasSlot.ShouldBeTrue();
        Parse("-translate($)").HasSlot.ShouldBeTrue();
        Parse("yoy(Revenues) * 100").HasSlot.ShouldBeFalse();
    }
}
