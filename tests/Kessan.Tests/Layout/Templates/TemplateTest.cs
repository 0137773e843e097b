using Kessan.Layout.Expressions;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Layout.Templates;

/// <summary>The sentence around a placeholder: how a figure in text is named in warnings, figures.json and explain.</summary>
public class TemplateTest
{
    private static readonly FiscalCalendar Calendar = new(3, 31, FiscalYearNaming.StartYear);

    private static Template Parse(string text)
    {
        var bag = new DiagnosticBag();
        var template = new TemplateParser(new ExprParser(Calendar), bag).Parse(text, new SourceLocation("narrative/t.md", 1, 1));
        bag.HasErrors.ShouldBeFalse(string.Join(" | ", bag.ToImmutable()));
        return template!;
    }

    private static FigurePart Placeholder(Template t, int n) => t.Parts.OfType<FigurePart>().ElementAt(n);

    [Theory]
    [InlineData(0, "Revenues were JPY… million, ….")]
    [InlineData(1, "Revenues were JPY… million, ….")]
    [InlineData(2, "Operating income was JPY… million, up from 2011.")]
    [InlineData(3, "Net income rose to JPY… million.")]
    public void A_placeholder_is_named_by_its_sentence_with_every_placeholder_as_an_ellipsis(int placeholder, string expected)
    {
        var t = Parse("Revenues were JPY{{ Revenues | millions }} million, {{ yoy(Revenues) | updown }}. "
            + "Operating income was JPY{{ OperatingIncome | millions }} million, up from 2011. Net income rose to JPY{{ NetIncome | millions }} million.");

        t.SentenceAround(Placeholder(t, placeholder)).ShouldBe(expected);
    }

    [Fact]
    public void A_numbered_item_or_a_decimal_point_does_not_end_a_sentence()
    {
        var t = Parse("1. Consolidated results: revenues of JPY{{ Revenues | millions }} million were 9.2 points higher.");

        t.SentenceAround(Placeholder(t, 0)).ShouldBe("1. Consolidated results: revenues of JPY… million were 9.2 points higher.");
    }

    [Fact]
    public void A_long_sentence_is_cut_to_a_window_around_the_placeholder_at_word_boundaries()
    {
        var before = string.Join(' ', Enumerable.Repeat("alpha", 40));
        var after = string.Join(' ', Enumerable.Repeat("omega", 40));
        var t = Parse(before + " JPY{{ Revenues | millions }} million " + after + ".");

        var label = t.SentenceAround(Placeholder(t, 0), maxLength: 60);

        label.ShouldContain("JPY… million");
        label.ShouldStartWith("…");
        label.ShouldEndWith(" …");
        label.Length.ShouldBeLessThanOrEqualTo(63);
        label.ShouldNotContain("alph ");
        label.Trim('…', ' ').Split(' ').ShouldAllBe(w => w == "alpha" || w == "omega" || w == "JPY…" || w == "million");
    }
}
