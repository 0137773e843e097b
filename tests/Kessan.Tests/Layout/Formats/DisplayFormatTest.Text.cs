using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Tests.Layout.Formats;

/// <summary>The text of a displayed number: separators, decimals, negatives, zero, prefix and suffix.</summary>
public partial class DisplayFormatTest
{
    [Theory]
    [InlineData("millions", "106248486000", "106,248")]
    [InlineData("thousands", "13536824000", "13,536,824")]
    [InlineData("thousands", "999000", "999")]
    [InlineData("units", "1234567890", "1,234,567,890")]
    [InlineData("millions1", "1128398470.69", "1,128.4")]
    [InlineData("billions1", "106248486000", "106.2")]
    [InlineData("percent", "0.091804", "9.2")]
    [InlineData("percent", "0.22", "22.0")]
    [InlineData("percent0", "0.456", "46")]
    [InlineData("pershare", "130.76", "130.76")]
    [InlineData("pershare", "10", "10.00")]
    [InlineData("pershare", "8.7", "8.70")]
    [InlineData("decimal1", "1218.66", "1,218.7")]
    [InlineData("count", "41295600", "41,295,600")]
    [InlineData("ratio", "0.5", "0.50")]
    public void Numbers_show_thousands_separators_and_exactly_the_format_decimals(string name, string value, string expected) =>
        Show(Format(name), value).ShouldBe(expected);

    [Theory]
    [InlineData("millions", "-194000000", "(194)")]
    [InlineData("thousands", "-6167434000", "(6,167,434)")]
    [InlineData("percent", "-0.04394", "(4.4)")]
    [InlineData("pershare", "-3.5", "(3.50)")]
    [InlineData("millions1", "-1128398470.69", "(1,128.4)")]
    public void Negatives_are_in_parentheses_by_default(string name, string value, string expected) =>
        Show(Format(name), value).ShouldBe(expected);

    [Fact]
    public void A_minus_style_shows_a_leading_minus_sign()
    {
        var minus = Format("millions") with { Name = "millions_minus", Negative = NegativeStyle.Minus };

        Show(minus, "-194000000").ShouldBe("-194");
        Show(minus, "-1234000000").ShouldBe("-1,234");
        Show(minus, "194000000").ShouldBe("194");
    }

    [Theory]
    [InlineData("units")]
    [InlineData("thousands")]
    [InlineData("millions")]
    [InlineData("millions1")]
    public void An_exact_zero_shows_the_zero_text_of_statement_formats(string name) => Show(Format(name), "0").ShouldBe("-");

    [Theory]
    [InlineData("percent", "0.0")]
    [InlineData("percent0", "0")]
    [InlineData("pershare", "0.00")]
    [InlineData("billions1", "0.0")]
    [InlineData("count", "0")]
    public void Formats_without_zero_text_show_a_zero_as_a_number(string name, string expected) => Show(Format(name), "0").ShouldBe(expected);

    [Fact]
    public void A_value_that_only_rounds_to_zero_is_shown_as_a_number_not_as_nil()
    {
        // 400,000 yen is not nil: it is 0 in millions. Only an exact zero is "-".
        Show(Format("millions"), "400000").ShouldBe("0");
        Show(Format("millions"), "-400000").ShouldBe("0");
    }

    [Fact]
    public void Prefix_and_suffix_surround_the_number_and_its_parentheses()
    {
        var usd = new DisplayFormat { Name = "usd", Scale = 6, Decimals = 1, Prefix = "$", Suffix = " million" };

        Show(usd, "1128398470.69").ShouldBe("$1,128.4 million");
        Show(usd, "-1128398470.69").ShouldBe("$(1,128.4) million");
    }

    [Fact]
    public void Prefix_and_suffix_surround_the_zero_text_too()
    {
        var f = new DisplayFormat { Name = "x", Zero = "nil", Prefix = "JPY", Suffix = "." };

        Show(f, "0").ShouldBe("JPYnil.");
    }

    [Fact]
    public void A_percent_suffix_reads_as_a_percentage()
    {
        var pct = Format("percent") with { Name = "pct", Suffix = "%" };

        Show(pct, "0.091804").ShouldBe("9.2%");
        Show(pct, "-0.04394").ShouldBe("(4.4)%");
    }

    [Fact]
    public void Grouping_can_be_turned_off()
    {
        var plain = Format("units") with { Name = "plain", Grouping = false };

        Show(plain, "1234567").ShouldBe("1234567");
        Show(plain with { Decimals = 2 }, "-1234567.891").ShouldBe("(1234567.89)");
    }

    [Fact]
    public void Grouping_applies_to_the_whole_part_only() =>
        Show(new DisplayFormat { Name = "x", Decimals = 4 }, "1234567.12345").ShouldBe("1,234,567.1235");

    [Fact]
    public void FormatDisplayed_shows_a_displayed_value_as_given_without_scaling_again() =>
        Format("millions").FormatDisplayed(Rational.FromInteger(106_248), exactZero: false).ShouldBe("106,248");

    [Fact]
    public void The_zero_text_depends_on_the_exact_value_not_on_the_displayed_one() =>
        // A footed figure may display 0 while its exact value is not nil; one adjusted from nil is not "-" either.
        Format("millions").FormatDisplayed(Rational.Zero, exactZero: false).ShouldBe("0");
}
