using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>A1 references and quoted sheet names in formulas and links.</summary>
public sealed class CellReferencesTest
{
    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(5, 2, "B5")]
    [InlineData(10, 26, "Z10")]
    [InlineData(1, 27, "AA1")]
    [InlineData(3, 52, "AZ3")]
    [InlineData(7, 702, "ZZ7")]
    [InlineData(1048576, 703, "AAA1048576")]
    [InlineData(1, 16384, "XFD1")]
    public void A_reference_is_the_columns_letters_and_the_row(int row, int column, string reference)
    {
        CellReferences.Of(row, column).ShouldBe(reference);
        XlsxWorkbook.Parse(reference).ShouldBe((row, column));
    }

    [Theory]
    [InlineData("Income", "'Income'")]
    [InlineData("Shareholders' Equity", "'Shareholders'' Equity'")]
    public void A_sheet_name_is_quoted_with_its_apostrophes_doubled(string name, string quoted)
    {
        CellReferences.QuotedSheet(name).ShouldBe(quoted);
    }
}
