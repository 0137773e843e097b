using Kessan.Layout.Formats;
using Kessan.Layout.Reading;

namespace Kessan.Tests.Layout.Reading;

/// <summary>The display formats defined while a layout is read: built-in ones first, then the layout's own in order.</summary>
public class DefinedFormatsTest
{
    private static DisplayFormat Format(string name) => DisplayFormat.BuiltIn["millions"] with { Name = name };

    [Fact]
    public void The_built_in_formats_come_first_then_the_layouts_own_in_the_order_defined()
    {
        var formats = DefinedFormats.BuiltIn.Add(Format("zeta")).Add(Format("alpha"));

        formats.Keys.ShouldBe([.. DisplayFormat.BuiltIn.Keys, "zeta", "alpha"]);
        formats.ContainsKey("alpha").ShouldBeTrue();
        formats.TryGetValue("zeta", out var zeta).ShouldBeTrue();
        zeta.ShouldBe(Format("zeta"));
        formats.ToImmutableDictionary().Count.ShouldBe(DisplayFormat.BuiltIn.Count + 2);
    }

    [Fact]
    public void Adding_a_format_leaves_the_formats_it_was_added_to_unchanged()
    {
        var before = DefinedFormats.BuiltIn;

        _ = before.Add(Format("mine"));

        before.ContainsKey("mine").ShouldBeFalse();
        before.Keys.Length.ShouldBe(DisplayFormat.BuiltIn.Count);
    }

    [Fact]
    public void Format_names_are_case_sensitive() => DefinedFormats.BuiltIn.ContainsKey("Millions").ShouldBeFalse();

    [Fact]
    public void Adding_a_name_that_is_taken_throws() =>
        Should.Throw<ArgumentException>(() => DefinedFormats.BuiltIn.Add(Format("millions")));

    [Fact]
    public void Formats_are_equal_when_they_have_the_same_names_in_the_same_order_and_the_same_formats()
    {
        DefinedFormats.BuiltIn.Add(Format("a")).ShouldBe(DefinedFormats.BuiltIn.Add(Format("a")));
        DefinedFormats.BuiltIn.Add(Format("a")).Add(Format("b")).ShouldNotBe(DefinedFormats.BuiltIn.Add(Format("b")).Add(Format("a")));
        DefinedFormats.BuiltIn.Add(Format("a")).ShouldNotBe(DefinedFormats.BuiltIn.Add(Format("a") with { Decimals = 3 }));
    }
}
