using System.Collections.Immutable;
using Kessan.Layout;

namespace Kessan.Derivation.Planning;

/// <summary>A table of the layout, planned: its rounding and what each cell shows.</summary>
/// <param name="Layout">The table as the layout declares it.</param>
/// <param name="Rounding">Its rounding (the build's, the table's or the layout's).</param>
/// <param name="Cells">The cells, row by row (<c>Layout.Rows.Length × Layout.Columns.Length</c>).</param>
/// <remarks>Immutable.</remarks>
internal sealed record TablePlan(TableLayout Layout, RoundingPolicy Rounding, ImmutableArray<CellPlan> Cells)
{
    /// <summary>The table's id.</summary>
    public string Id => Layout.Id;

    /// <summary>What the cell at <paramref name="row"/> and <paramref name="column"/> shows.</summary>
    public CellPlan CellAt(int row, int column) => Cells[row * Layout.Columns.Length + column];

    /// <summary>The index of the row with id <paramref name="id"/>, or -1.</summary>
    public int IndexOfRow(string id) => Layout.Rows.IndexOf(Layout.Rows.FirstOrDefault(r => r.Id == id)!);

    /// <summary>The index of the column with id <paramref name="id"/>, or -1.</summary>
    public int IndexOfColumn(string id) => Layout.Columns.IndexOf(Layout.Columns.FirstOrDefault(c => c.Id == id)!);
}
