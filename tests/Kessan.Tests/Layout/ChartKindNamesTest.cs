using Kessan.Layout;

namespace Kessan.Tests.Layout;

/// <summary>The words a layout writes for a chart's kind.</summary>
public class ChartKindNamesTest
{
    [Fact]
    public void Every_chart_kind_has_exactly_one_name() =>
        ChartKindNames.ByName.Values.ShouldBe(Enum.GetValues<ChartKind>(), ignoreOrder: true);

    [Fact]
    public void Chart_kinds_are_named_in_the_order_an_invalid_kind_lists_them() =>
        ChartKindNames.ByName.Keys.ShouldBe(["bar", "grouped_bar", "waterfall"]);

    [Fact]
    public void A_chart_kind_name_is_case_sensitive() => ChartKindNames.ByName.ContainsKey("Bar").ShouldBeFalse();
}
