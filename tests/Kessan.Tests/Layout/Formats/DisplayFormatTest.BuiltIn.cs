using Kessan.Layout.Formats;

namespace Kessan.Tests.Layout.Formats;

/// <summary>The built-in formats that layouts name (docs/layout.md, "Formats").</summary>
public partial class DisplayFormatTest
{
    [Theory]
    [InlineData("units", 0, 0, false, "-")]
    [InlineData("thousands", 3, 0, false, "-")]
    [InlineData("millions", 6, 0, false, "-")]
    [InlineData("millions1", 6, 1, false, "-")]
    [InlineData("billions1", 9, 1, false, null)]
    [InlineData("percent", 0, 1, true, null)]
    [InlineData("percent0", 0, 0, true, null)]
    [InlineData("pershare", 0, 2, false, null)]
    [InlineData("decimal1", 0, 1, false, null)]
    [InlineData("count", 0, 0, false, null)]
    [InlineData("ratio", 0, 2, false, null)]
    public void Each_built_in_format_has_its_documented_scale_decimals_and_zero(string name, int scale, int decimals, bool percent, string? zero)
    {
        var f = DisplayFormat.BuiltIn[name];

        f.Name.ShouldBe(name);
        f.Scale.ShouldBe(scale);
        f.Decimals.ShouldBe(decimals);
        f.Percent.ShouldBe(percent);
        f.Zero.ShouldBe(zero);
        f.Negative.ShouldBe(NegativeStyle.Parentheses);
        f.Grouping.ShouldBeTrue();
        f.Prefix.ShouldBe("");
        f.Suffix.ShouldBe("");
    }

    [Fact]
    public void There_are_exactly_the_documented_built_in_formats() =>
        DisplayFormat.BuiltIn.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["billions1", "count", "decimal1", "millions", "millions1", "percent", "percent0", "pershare", "ratio", "thousands", "units"]);

    [Fact]
    public void Formats_are_equal_by_value()
    {
        var copy = DisplayFormat.BuiltIn["millions"] with { };

        copy.ShouldBe(DisplayFormat.BuiltIn["millions"]);
        (DisplayFormat.BuiltIn["millions"] with { Decimals = 1 }).ShouldNotBe(DisplayFormat.BuiltIn["millions"]);
    }

    [Fact]
    public void A_new_format_defaults_to_units_parentheses_grouping_and_no_zero_text()
    {
        var f = new DisplayFormat { Name = "plain" };

        f.Scale.ShouldBe(0);
        f.Decimals.ShouldBe(0);
        f.Percent.ShouldBeFalse();
        f.Negative.ShouldBe(NegativeStyle.Parentheses);
        f.Zero.ShouldBeNull();
        f.Grouping.ShouldBeTrue();
    }
}
