using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>Worksheet names from sheet titles by one rule: the title, shortened readably, valid for Excel and unique.</summary>
public sealed class SheetNamesTest
{
    private static string NameOf(string title, params string[] taken) => SheetNames.Assign([title], taken).Single();

    [Theory]
    [InlineData("Operating Results Summary", "Operating Results Summary")]
    [InlineData("Consolidated Balance Sheets (Unaudited)", "Consolidated Balance Sheets")]
    [InlineData("Consolidated Statements of Income (Unaudited)", "Consol. Stmts of Income")]
    [InlineData("Quarterly Consolidated Statements of Cash Flows (Unaudited)", "Q. Consol. Stmts of Cash Flows")]
    [InlineData("Number of Contracts for Connectivity Services", "Number Contracts Conn. Services")]
    [InlineData("Cash [Flows]: Q4 * 3/31 ? a\\b", "Cash Flows Q4 3 31 a b")]
    [InlineData("'Quoted'", "Quoted")]
    [InlineData("History", "Table")]
    [InlineData("", "Table")]
    [InlineData("  Line\tbreaks\nand   spaces  ", "Line breaks and spaces")]
    public void A_name_is_the_title_shortened_readably(string title, string expected)
    {
        var name = NameOf(title);

        name.ShouldBe(expected);
        SheetNames.IsValid(name).ShouldBeTrue();
    }

    [Fact]
    public void A_long_title_is_cut_at_a_word_and_never_ends_in_a_small_word()
    {
        var name = NameOf("Reconciliation of Segment Operating Income to Consolidated Operating Income before Taxes");

        name.Length.ShouldBeLessThanOrEqualTo(SheetNames.MaxLength);
        name.ShouldBe("Reconciliation Segment");
    }

    [Fact]
    public void A_title_already_taken_is_numbered_shortened_so_that_the_number_fits()
    {
        var names = SheetNames.Assign(
        [
            "Operating Results Summary",
            "Operating Results Summary",
            "operating results summary",
            "Quarterly Consolidated Statements of Income (Unaudited)",
            "Quarterly Consolidated Statements of Income (Unaudited) (continued)",
        ], []);

        names.ShouldBe(["Operating Results Summary", "Operating Results Summary (2)", "operating results summary (3)",
            "Q. Consol. Stmts of Income", "Q. Consol. Stmts of Income (2)"]);
    }

    [Fact]
    public void A_reserved_name_is_never_given_ignoring_case()
    {
        NameOf("CONTENTS", "Contents").ShouldBe("CONTENTS (2)");
    }

    [Fact]
    public void Many_tables_with_the_same_long_title_all_get_valid_distinct_names()
    {
        var title = new string('x', 40) + " Consolidated Statements of Comprehensive Income";
        var names = SheetNames.Assign(Enumerable.Repeat(title, 150), ["Contents"]);

        names.ShouldAllBe(n => SheetNames.IsValid(n));
        names.Select(n => n.ToUpperInvariant()).ShouldBeUnique();
        names[^1].ShouldEndWith(" (150)");
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var name = NameOf(new string('a', 30) + "\U0001F4C8" + " and more text to cut");

        name.ShouldBe(new string('a', 30));
        SheetNames.IsValid(name).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Income", true)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    [InlineData("'a", false)]
    [InlineData("a'", false)]
    [InlineData("history", false)]
    [InlineData("1234567890123456789012345678901", true)]
    [InlineData("12345678901234567890123456789012", false)]
    public void Validity_follows_excels_rules(string name, bool valid)
    {
        SheetNames.IsValid(name).ShouldBe(valid);
    }
}
