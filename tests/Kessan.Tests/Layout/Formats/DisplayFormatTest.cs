using System.Globalization;
using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Tests.Layout.Formats;

/// <summary>Scaling and rounding to the display precision: exact, half away from zero.</summary>
public partial class DisplayFormatTest
{
    private static DisplayFormat Format(string name) => DisplayFormat.BuiltIn[name];

    private static Rational D(string value) => Rational.FromDecimal(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture));

    /// <summary>Rounds <paramref name="value"/> (in the figure's unit) for display and formats it, as a table cell does.</summary>
    private static string Show(DisplayFormat format, string value)
    {
        var exact = D(value);
        return format.FormatDisplayed(format.RoundToDisplay(exact), exact.IsZero);
    }

    [Theory]
    [InlineData("units", "1")]
    [InlineData("thousands", "1000")]
    [InlineData("millions", "1000000")]
    [InlineData("millions1", "1000000")]
    [InlineData("billions1", "1000000000")]
    [InlineData("percent", "0.01")]
    [InlineData("percent0", "0.01")]
    [InlineData("pershare", "1")]
    public void The_unit_value_is_ten_to_the_scale_divided_by_a_hundred_for_a_percentage(string name, string unitValue) =>
        Format(name).UnitValue.ShouldBe(D(unitValue));

    [Fact]
    public void A_negative_scale_shows_hundredths_as_units()
    {
        var cents = new DisplayFormat { Name = "cents", Scale = -2 };

        cents.UnitValue.ShouldBe(Rational.Of(1, 100));
        cents.ToDisplayUnits(D("1.25")).ShouldBe(D("125"));
    }

    [Fact]
    public void Display_units_are_exact_and_unrounded()
    {
        Format("millions").ToDisplayUnits(D("106248486000")).ShouldBe(D("106248.486"));
        Format("thousands").ToDisplayUnits(D("-1500")).ShouldBe(D("-1.5"));
        Format("percent").ToDisplayUnits(Rational.Of(1, 3)).ShouldBe(Rational.Of(100, 3));
    }

    [Theory]
    [InlineData("millions", "106248486000", "106248")]
    [InlineData("millions", "2500000", "3")]
    [InlineData("millions", "-2500000", "-3")]
    [InlineData("millions", "2499999.99", "2")]
    [InlineData("millions", "-499999", "0")]
    [InlineData("thousands", "13536824000", "13536824")]
    [InlineData("thousands", "500", "1")]
    [InlineData("millions1", "1128398470.69", "1128.4")]
    [InlineData("millions1", "-1128350000", "-1128.4")]
    [InlineData("percent", "0.091804", "9.2")]
    [InlineData("percent", "0.0915", "9.2")]
    [InlineData("percent", "-0.0915", "-9.2")]
    [InlineData("percent", "-0.04394", "-4.4")]
    [InlineData("percent0", "0.225", "23")]
    [InlineData("pershare", "130.755", "130.76")]
    [InlineData("pershare", "-130.755", "-130.76")]
    [InlineData("ratio", "1.005", "1.01")]
    public void RoundToDisplay_rounds_in_display_units_half_away_from_zero(string name, string value, string expected) =>
        Format(name).RoundToDisplay(D(value)).ShouldBe(D(expected));

    [Fact]
    public void Rounding_for_display_is_exact_on_quotients()
    {
        // 117,000 / 106,248.486 - 1 = 10.1193...%: rounded from the exact quotient, not from a cut decimal.
        var yoy = D("117000000000") / D("106248486000") - Rational.One;

        Format("percent").RoundToDisplay(yoy).ShouldBe(D("10.1"));
        // 1/8 = 12.5% exactly: a true midpoint, rounded away from zero.
        Format("percent0").RoundToDisplay(Rational.Of(1, 8)).ShouldBe(D("13"));
        Format("percent0").RoundToDisplay(Rational.Of(-1, 8)).ShouldBe(D("-13"));
    }

    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "0.1")]
    [InlineData(2, "0.01")]
    [InlineData(4, "0.0001")]
    public void The_step_is_one_unit_of_the_last_displayed_digit(int decimals, string step) =>
        new DisplayFormat { Name = "x", Decimals = decimals }.Step.ShouldBe(D(step));

    [Fact]
    public void The_step_is_in_display_units_whatever_the_scale() => Format("millions1").Step.ShouldBe(D("0.1"));
}
