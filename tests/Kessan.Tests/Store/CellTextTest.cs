using Kessan.Store.Rollforward;

namespace Kessan.Tests.Store;

/// <summary>A value written into a fact file's cell as the cell was written before: scale, decimals, percent, negatives.</summary>
public sealed class CellTextTest
{
    [Theory]
    [InlineData("\"16,027,134\"", 16_027_134_000, 17_000_123_456, "17,000,123")]          // thousands: 456 yen round down
    [InlineData("\"16,027,134\"", 16_027_134_000, 17_000_123_500, "17,000,124")]          // half away from zero
    [InlineData("\"51,109\"", 51_109_000_000, 106_248_486_000, "106,248")]                 // millions
    [InlineData("(194)", -194_000_000, -240_500_000, "(241)")]                             // parentheses kept, half away from zero
    [InlineData("239", 239_000_000, -12_000_000, "-12")]                                   // a negative where there was none
    [InlineData("10.00", 10, 8.75, "8.75")]                                                // decimals kept
    [InlineData("1,750.00", 1750, 11, "11.00")]
    [InlineData("12.5%", 0.125, 0.0831, "8.3%")]                                           // a percentage
    [InlineData("-", 0, 2_688_000, "2,688")]                                               // a zero: the scale from the precision
    public void A_value_is_written_like_the_cell_it_replaces(string original, decimal originalValue, decimal value, string expected)
    {
        var decimals = original == "-" ? -3 : 0;

        CellText.Like(original.Trim('"'), originalValue, value, decimals).ShouldBe(expected);
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_not_written()
    {
        CellText.Like("n/a", 0, 1, 0).ShouldBeNull();
    }

    [Fact]
    public void Cells_are_replaced_in_place_and_later_cells_of_the_line_move()
    {
        var text = "# comment, with a comma\nconcept,FY2011,FY2012\nRevenues,\"97,314,605\",\"106,248,486\"\nCosts,1,2\n";

        var (edited, columns) = CsvCellEditor.Edit(text, [(3, 10, ""), (3, 23, "106,300,000"), (4, 9, "10")]);

        edited.ShouldBe("# comment, with a comma\nconcept,FY2011,FY2012\nRevenues,,\"106,300,000\"\nCosts,1,10\n");
        columns[(3, 23)].ShouldBe(11);
        CsvCellEditor.CellAt(edited, 3, 11).ShouldBe("106,300,000");
    }
}
