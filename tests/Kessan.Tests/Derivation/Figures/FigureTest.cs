using Kessan.Derivation.Figures;
using Kessan.Model;
using Kessan.Tests.Rendering.Excel;

namespace Kessan.Tests.Derivation.Figures;

public sealed class FigureTest
{
    [Fact]
    public void Text_is_the_displayed_value_in_the_figures_format()
    {
        var figure = Workbooks.Figure("revenues", 106_248_486_000m, Workbooks.Format("millions"));

        Assert.Equal("106,248", figure.Text);
        Assert.Same(figure.Text, figure.Text);
    }

    [Fact]
    public void Text_follows_an_adjustment_added_with_with()
    {
        var figure = Workbooks.Figure("revenues", 106_248_486_000m, Workbooks.Format("millions"));
        _ = figure.Text;

        var moved = figure with { Adjustment = new FootingAdjustment(Rational.FromInteger(1), "a displayed sum") };

        Assert.Equal("106,249", moved.Text);
        Assert.Equal("106,248", figure.Text);
    }

    [Fact]
    public void Text_follows_a_new_format_or_rounding_set_with_with()
    {
        var figure = Workbooks.Figure("revenues", 106_248_486_000m, Workbooks.Format("millions"));
        _ = figure.Text;
        var billions = Workbooks.Format("millions1");

        var reformatted = figure with { Format = billions, Independent = billions.RoundToDisplay(figure.Value!.Value) };

        Assert.Equal("106,248.5", reformatted.Text);
    }

    [Fact]
    public void Text_of_a_figure_without_a_value_follows_a_value_set_with_with()
    {
        var missing = Workbooks.Missing("revenues", Workbooks.Format("millions"));
        var found = Workbooks.Figure("revenues", 106_248_486_000m, Workbooks.Format("millions"));
        Assert.Equal("n/a", missing.Text);

        var filled = missing with { Value = found.Value, Independent = found.Independent, Failure = null };

        Assert.Equal("106,248", filled.Text);
    }
}
