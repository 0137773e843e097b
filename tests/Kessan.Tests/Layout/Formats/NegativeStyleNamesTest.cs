using Kessan.Layout.Formats;

namespace Kessan.Tests.Layout.Formats;

/// <summary>The words a custom format writes for how negatives look.</summary>
public class NegativeStyleNamesTest
{
    [Fact]
    public void Every_negative_style_has_exactly_one_name() =>
        NegativeStyleNames.ByName.Values.ShouldBe(Enum.GetValues<NegativeStyle>(), ignoreOrder: true);

    [Fact]
    public void Negative_styles_are_named_in_the_order_an_invalid_style_lists_them() =>
        NegativeStyleNames.ByName.Keys.ShouldBe(["parentheses", "minus"]);

    [Fact]
    public void A_negative_style_name_is_case_sensitive() => NegativeStyleNames.ByName.ContainsKey("Minus").ShouldBeFalse();
}
