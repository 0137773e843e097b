using Kessan.Layout;

namespace Kessan.Tests.Layout;

/// <summary>The words a layout writes for a row's style.</summary>
public class RowStyleNamesTest
{
    [Fact]
    public void Every_row_style_has_exactly_one_name() =>
        RowStyleNames.ByName.Values.ShouldBe(Enum.GetValues<RowStyle>(), ignoreOrder: true);

    [Fact]
    public void Row_styles_are_named_in_the_order_an_invalid_style_lists_them() =>
        RowStyleNames.ByName.Keys.ShouldBe(["normal", "heading", "subtotal", "total"]);

    [Fact]
    public void A_row_style_name_is_case_sensitive() => RowStyleNames.ByName.ContainsKey("Total").ShouldBeFalse();
}
