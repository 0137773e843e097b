using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Tests.Layout.Formats;

/// <summary>Every phrase format is declared once, with the display format that rounds it and how it is written.</summary>
public class PhraseFormatsTest
{
    [Fact]
    public void The_phrase_formats_are_the_documented_ones_and_none_is_a_display_format()
    {
        PhraseFormats.Names.ShouldBe(["yoy_phrase", "updown", "incdec", "sign", "number"]);
        PhraseFormats.Names.ShouldAllBe(n => !DisplayFormat.BuiltIn.ContainsKey(n));
    }

    [Theory]
    [InlineData("yoy_phrase", "percent")]
    [InlineData("updown", null)]
    [InlineData("incdec", null)]
    [InlineData("sign", null)]
    [InlineData("number", null)]
    public void A_year_on_year_phrase_is_rounded_as_a_percentage_and_the_others_with_the_context_format(string name, string? roundedWith) =>
        PhraseFormats.Find(name).ShouldNotBeNull().RoundedWith.ShouldBe(roundedWith);

    [Fact]
    public void A_display_format_name_is_not_a_phrase_format() => PhraseFormats.Find("millions").ShouldBeNull();

    [Theory]
    [InlineData("yoy_phrase", 99, 1, "up 9.9% YoY")]
    [InlineData("yoy_phrase", -55, -1, "down 5.5% YoY")]
    [InlineData("yoy_phrase", 0, 1, "flat YoY")]
    [InlineData("updown", 0, 1, "up")]
    [InlineData("updown", 0, -1, "down")]
    [InlineData("incdec", 5, 1, "increased")]
    [InlineData("incdec", -5, -1, "decreased")]
    [InlineData("number", -55, -1, "(5.5)")]
    public void Words_follow_the_exact_sign_and_the_year_on_year_phrase_the_displayed_percentage(string name, int tenths, int exactSign, string text)
    {
        var input = new PhraseInput(Rational.Of(tenths, 10), Rational.FromInteger(exactSign), DisplayFormat.BuiltIn["percent"], []);

        PhraseFormats.Find(name).ShouldNotBeNull().Write(input).ShouldBe(text);
    }

    [Theory]
    [InlineData(1, "an income")]
    [InlineData(0, "an income")]
    [InlineData(-1, "an expense")]
    public void Sign_writes_its_first_argument_for_zero_or_more_and_its_second_below_zero(int sign, string text)
    {
        var input = new PhraseInput(Rational.FromInteger(sign), Rational.FromInteger(sign), DisplayFormat.BuiltIn["units"], ["an income", "an expense"]);

        PhraseFormats.Find("sign").ShouldNotBeNull().Write(input).ShouldBe(text);
    }

    [Fact]
    public void Sign_without_two_arguments_writes_the_number()
    {
        var input = new PhraseInput(Rational.FromInteger(-3), Rational.FromInteger(-3), DisplayFormat.BuiltIn["units"], []);

        PhraseFormats.Find("sign").ShouldNotBeNull().Write(input).ShouldBe("(3)");
    }
}
