using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Tests.Layout.Expressions;

/// <summary>
/// Canonical text: the same expression always prints the same way, and the printed text parses back to the
/// same expression (a figure is identified by that text).
/// </summary>
public partial class ExprParserTest
{
    [Theory]
    [InlineData("Revenues")]
    [InlineData("Revenues[Segment=ATMOperation]@FY2011#target")]
    [InlineData("Revenues[Brand=IIJBrand;Segment=NetworkServices]")]
    [InlineData("Cash@end - Cash@start")]
    [InlineData("Cash@prior-end")]
    [InlineData("a + b * c")]
    [InlineData("(a + b) * c")]
    [InlineData("a - (b - c)")]
    [InlineData("a - (b + c)")]
    [InlineData("a / (b * c)")]
    [InlineData("a / (b / c)")]
    [InlineData("a - b - c")]
    [InlineData("-(a + b)")]
    [InlineData("-a * b")]
    [InlineData("a - -b")]
    [InlineData("yoy($)")]
    [InlineData("yoy(Revenues, Revenues@prior)")]
    [InlineData("dividend_total(DividendsPerShareDeclared, carried(CommonStockSharesIssued) - carried(TreasuryStockShares))")]
    [InlineData("1.5 * a")]
    [InlineData("0.333333333333")]
    [InlineData("f()")]
    public void Canonical_text_parses_and_prints_unchanged(string text) => Parse(text).ToString().ShouldBe(text);

    [Theory]
    [InlineData("a+b", "a + b")]
    [InlineData("((a))*(b)", "a * b")]
    [InlineData("(a * b) + c", "a * b + c")]
    [InlineData("(a - b) - c", "a - b - c")]
    [InlineData("yoy( Revenues ,Revenues@prior )", "yoy(Revenues, Revenues@prior)")]
    [InlineData("Revenues[ Segment = ATMOperation ]", "Revenues[Segment=ATMOperation]")]
    [InlineData("Revenues[Segment=NetworkServices;Brand=IIJBrand]", "Revenues[Brand=IIJBrand;Segment=NetworkServices]")]
    [InlineData("1.50", "1.5")]
    [InlineData("Revenues#actual", "Revenues#actual")]
    public void Equivalent_spellings_print_the_same_canonical_text(string text, string canonical) => Parse(text).ToString().ShouldBe(canonical);

    [Theory]
    [InlineData("a * (b / c)")]
    [InlineData("a + (b - c)")]
    [InlineData("a + (b + c)")]
    [InlineData("a * (b * c)")]
    [InlineData("x - (a - b) + (c - d)")]
    public void A_right_operand_grouped_in_parentheses_keeps_them(string text)
    {
        var e = Parse(text);

        e.ToString().ShouldBe(text);
        Parse(e.ToString()).ShouldBe(e);
    }

    [Fact]
    public void Grouping_that_changes_units_survives_printing()
    {
        // Net income * (shares / shares) is money; (net income * shares) / shares multiplies money by shares.
        // The two must not print the same, or a figure could be mistaken for the other.
        var grouped = Parse("NetIncome * (SharesA / SharesB)");
        var ungrouped = Parse("NetIncome * SharesA / SharesB");

        grouped.ToString().ShouldNotBe(ungrouped.ToString());
        Parse(grouped.ToString()).ShouldBe(grouped);
    }

    [Fact]
    public void Printing_then_parsing_gives_back_the_expression_for_generated_expressions()
    {
        var random = new Random(20130515);
        for (var i = 0; i < 1000; i++)
        {
            var e = RandomExpr(random, depth: 4);
            var text = e.ToString();

            Parse(text).ShouldBe(e, $"trial {i}: {text}");
            Parse(text).ToString().ShouldBe(text, $"trial {i}");
        }
    }

    private static readonly string[] Concepts = ["Revenues", "Cash", "Assets", "Shares"];
    private static readonly string[] Functions = ["yoy", "avg", "translate"];
    private static readonly int[] Denominators = [1, 10, 100];

    // A property, not a field: static fields of the other parts of this class (the calendar) may not be set yet.
    private static PeriodSpec[] Periods =>
        [PeriodSpec.Context, new(PeriodAnchor.Prior, null, "prior"), new(PeriodAnchor.Absolute, P("FY2011"), "FY2011")];

    private static Expr RandomExpr(Random random, int depth)
    {
        var choice = depth == 0 ? random.Next(3) : random.Next(7);
        return choice switch
        {
            0 => new RefExpr(Concepts[random.Next(Concepts.Length)],
                random.Next(3) == 0 ? DimensionSet.Of("Segment", "ATMOperation") : DimensionSet.Empty,
                Periods[random.Next(Periods.Length)],
                random.Next(4) == 0 ? FactStatus.Target : null),
            1 => new NumberExpr(Rational.Of(random.Next(1, 10_000), Denominators[random.Next(Denominators.Length)])),
            2 => SlotExpr.Instance,
            3 => new NegateExpr(RandomExpr(random, depth - 1)),
            4 => new CallExpr(Functions[random.Next(Functions.Length)], [RandomExpr(random, depth - 1)]),
            _ => new BinaryExpr("+-*/"[random.Next(4)], RandomExpr(random, depth - 1), RandomExpr(random, depth - 1)),
        };
    }
}
