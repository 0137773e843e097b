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

    /// <summary>The index of the first row with id <paramref name="id"/>, or -1.</summary>
    public int IndexOfRow(string id) => IndexOf(Layout.Rows, static r => r.Id, id);

    /// <summary>The index of the first column with id <paramref name="id"/>, or -1.</summary>
    public int IndexOfColumn(string id) => IndexOf(Layout.Columns, static c => c.Id, id);

    // A plain scan by id: the rows and columns are records, so ImmutableArray.IndexOf would compare them whole.
    private static int IndexOf<T>(ImmutableArray<T> items, Func<T, string> idOf, string id)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (idOf(items[i]) == id)
            {
                return i;
            }
        }
        return -1;
    }
}
