using Kessan.Layout.Formats;
using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>Excel number format codes for the release's display formats.</summary>
public sealed class ExcelNumberFormatsTest
{
    [Theory]
    [InlineData("millions", false, false, "#,##0;(#,##0)")]
    [InlineData("millions", true, true, "#,##0;(#,##0);\"-\"")]
    [InlineData("millions", true, false, "\"-\";\"-\";\"-\"")]
    [InlineData("thousands", false, true, "#,##0;(#,##0)")]
    [InlineData("percent", false, false, "#,##0.0;(#,##0.0)")]
    [InlineData("percent", true, true, "#,##0.0;(#,##0.0)")]
    [InlineData("pershare", false, false, "#,##0.00;(#,##0.00)")]
    [InlineData("millions1", true, true, "#,##0.0;(#,##0.0);\"-\"")]
    public void Builtin_formats_have_thousands_separators_their_decimals_parenthesised_negatives_and_their_zero_text(string format, bool zeroText, bool displayedZero, string code)
    {
        ExcelNumberFormats.For(DisplayFormat.BuiltIn[format], zeroText, displayedZero).ShouldBe(code);
    }

    [Fact]
    public void Minus_style_no_grouping_prefix_and_suffix_are_part_of_the_code()
    {
        var format = new DisplayFormat { Name = "x", Decimals = 3, Negative = NegativeStyle.Minus, Grouping = false, Prefix = "¥", Suffix = " per ADS" };

        ExcelNumberFormats.For(format, false, false).ShouldBe("\"¥\"0.000\" per ADS\";\"¥\"-0.000\" per ADS\"");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("%", "\"%\"")]
    [InlineData(" Gbps", "\" Gbps\"")]
    [InlineData("\"", "\\\"")]
    [InlineData("a\"b", "\"a\"\\\"\"b\"")]
    [InlineData("x;y", "\"x;y\"")]
    public void Literal_text_is_quoted_and_a_quote_is_escaped(string text, string literal)
    {
        ExcelNumberFormats.Literal(text).ShouldBe(literal);
    }
}
