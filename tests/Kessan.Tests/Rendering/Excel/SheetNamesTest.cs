using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>Worksheet names from table titles and ids: valid for Excel and unique.</summary>
public sealed class SheetNamesTest
{
    private static string NameOf(string title, string id, params string[] taken) => SheetNames.Assign([(title, id)], taken).Single();

    [Theory]
    [InlineData("Operating Results Summary", "operating-results", "Operating Results Summary")]
    [InlineData("Consolidated Statements of Income (Unaudited)", "income-statement", "income-statement")]
    [InlineData("", "highlights", "highlights")]
    [InlineData("Cash [Flows]: Q4 * 3/31 ? a\\b", "cash", "Cash Flows Q4 3 31 a b")]
    [InlineData("'Quoted'", "quoted", "Quoted")]
    [InlineData("History", "history-table", "history-table")]
    [InlineData("  Line\tbreaks\nand   spaces  ", "x", "Line breaks and spaces")]
    public void A_name_is_the_title_when_it_fits_else_the_id(string title, string id, string expected)
    {
        NameOf(title, id).ShouldBe(expected);
    }

    [Fact]
    public void A_long_title_with_a_long_id_is_cut_at_a_word_to_31_characters()
    {
        var name = NameOf("Quarterly Consolidated Statements of Cash Flows (Unaudited)", "quarterly-cash-flows-operating-investing");

        name.ShouldBe("Quarterly Consolidated");
        name.Length.ShouldBeLessThanOrEqualTo(SheetNames.MaxLength);
    }

    [Fact]
    public void A_title_already_taken_names_the_sheet_by_its_id_and_then_by_number()
    {
        var names = SheetNames.Assign(
        [
            ("Operating Results Summary", "operating-results"),
            ("Operating Results Summary", "q4-operating-results"),
            ("Operating Results Summary", "q4-operating-results"),
            ("operating results summary", "Q4-OPERATING-RESULTS"),
        ], []);

        names.ShouldBe(["Operating Results Summary", "q4-operating-results", "Operating Results Summary (2)", "operating results summary (3)"]);
    }

    [Fact]
    public void A_reserved_name_is_never_given_ignoring_case()
    {
        NameOf("Contents", "toc", "Contents").ShouldBe("toc");
        NameOf("CONTENTS", "contents", "Contents").ShouldBe("CONTENTS (2)");
    }

    [Fact]
    public void A_name_without_title_or_id_is_table()
    {
        SheetNames.Assign([("", ""), ("[]", "?")], []).ShouldBe(["Table (2)", "Table (3)"]);
    }

    [Fact]
    public void Many_tables_with_the_same_long_title_all_get_valid_distinct_names()
    {
        var title = new string('x', 40) + " Consolidated Statements of Comprehensive Income";
        var names = SheetNames.Assign(Enumerable.Range(0, 150).Select(_ => (title, new string('y', 35))), ["Contents"]);

        names.ShouldAllBe(n => SheetNames.IsValid(n));
        names.Select(n => n.ToUpperInvariant()).ShouldBeUnique();
        // The first takes the title cut at a word, the second the id cut, the rest are numbered.
        names[1].ShouldBe(new string('y', 31));
        names[^1].ShouldEndWith(" (149)");
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var title = new string('a', 30) + "\U0001F4C8" + " and more text to cut";

        var name = NameOf(title, new string('b', 40));

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
