using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kessan.Model;

namespace Kessan.Rendering.Excel;

/// <summary>The font of a cell.</summary>
internal enum FontKind
{
    Regular = 0,
    Bold,
    Title,
    Italic,
    Link,
}

/// <summary>The horizontal alignment of a cell.</summary>
internal enum CellAlign
{
    General = 0,
    Left,
    Center,
    Right,
}

/// <summary>How a cell looks: font, alignment, indentation, wrapping, a rule above totals, and the number format.</summary>
internal sealed record CellStyle
{
    public static CellStyle Default { get; } = new();

    public FontKind Font { get; init; }

    public CellAlign Align { get; init; }

    public int Indent { get; init; }

    public bool Wrap { get; init; }

    public bool TopBorder { get; init; }

    /// <summary>The number format code, or null for General.</summary>
    public string? NumberFormat { get; init; }
}

/// <summary>A cell of a planned sheet; rows and columns count from 1.</summary>
internal abstract record SheetCell(int Row, int Column, CellStyle Style)
{
    public string Reference => CellReferences.Of(Row, Column);
}

/// <summary>Text (a label, a heading, a note, a text cell of a table).</summary>
internal sealed record SheetText(int Row, int Column, CellStyle Style, string Text) : SheetCell(Row, Column, Style);

/// <summary>
/// A figure as a number: its displayed value in display units, exact to its decimals, and optionally a
/// formula over other cells of the sheet that recomputes to the same value (which is then its cached value).
/// </summary>
internal sealed record SheetNumber(int Row, int Column, CellStyle Style, string FigureId, Rational Value, int Decimals, string? Formula = null)
    : SheetCell(Row, Column, Style)
{
    /// <summary>The value as the cell stores it: invariant, exact, no exponent.</summary>
    public string ValueText => Value.ToString(Decimals);
}

/// <summary>A link from a cell to a place in the workbook (<c>'Sheet'!A1</c>).</summary>
internal sealed record SheetLink(string Reference, string Location, string Display);

/// <summary>One worksheet, laid out: every cell, the frozen panes, the column widths and the links.</summary>
internal sealed record SheetPlan
{
    public required string Name { get; init; }

    /// <summary>What the sheet shows, for the contents sheet.</summary>
    public required string Title { get; init; }

    /// <summary>Cells in row order, then column order.</summary>
    public required ImmutableArray<SheetCell> Cells { get; init; }

    /// <summary>Rows frozen at the top (title, captions and header rows).</summary>
    public int FrozenRows { get; init; }

    /// <summary>Columns frozen at the left (the label column).</summary>
    public int FrozenColumns { get; init; }

    /// <summary>Width of each column from A, in characters.</summary>
    public ImmutableArray<double> ColumnWidths { get; init; } = [];

    public ImmutableArray<SheetLink> Links { get; init; } = [];

    /// <summary>Ranges merged into one cell (<c>C3:D3</c>): headers over groups of columns.</summary>
    public ImmutableArray<string> MergedRanges { get; init; } = [];
}

/// <summary>A1-style cell references.</summary>
internal static class CellReferences
{
    /// <summary>The column's letters: 1 is A, 27 is AA.</summary>
    public static string Column(int column)
    {
        var letters = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return letters.ToString();
    }

    /// <summary>The reference of a cell: row 5, column 2 is B5.</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sheet name quoted for a reference: <c>'Operating Results'</c>, apostrophes doubled.</summary>
    public static string QuotedSheet(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
