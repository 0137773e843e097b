using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// Plans tables: for each cell, what it shows (nothing, a figure or a text) in which context, from the cell,
/// its row, its column and the table (the slot '$' of one side stands for the other side's value); the
/// table's title, captions, notes, headers and row labels are planned as texts.
/// </summary>
/// <remarks>Used by one planning run only; not thread-safe. Each table is planned once, in the order first asked for.</remarks>
internal sealed class TablePlanner(ReleasePackage package, ReleaseLayout layout, BuildOptions options, FigureRegistry registry, TemplatePlanner templates, DiagnosticBag bag)
{
    private readonly List<TablePlan> planned = [];

    /// <summary>The tables planned so far, in planning order.</summary>
    public ImmutableArray<TablePlan> Planned => [.. planned];

    /// <summary>The plan of the table with id <paramref name="id"/>, or null when it has not been planned.</summary>
    public TablePlan? Find(string id) => planned.Find(p => p.Id == id);

    /// <summary>Plans <paramref name="table"/> unless it has been planned already; returns its plan.</summary>
    public TablePlan Plan(TableLayout table)
    {
        if (Find(table.Id) is { } done)
        {
            return done;
        }
        var rounding = options.Rounding ?? table.Rounding ?? layout.Rounding;
        var cells = new CellPlan[table.Rows.Length * table.Columns.Length];
        var baseCtx = new PlacementContext(table.Period ?? package.Reporting.CurrentYear, table.Status ?? FactStatus.Actual, null, table.Format, table.Id);
        foreach (var caption in table.Captions)
        {
            templates.Plan(caption, baseCtx with { Owner = table.Id + "/caption" });
        }
        if (table.Title is { } title)
        {
            templates.Plan(title, baseCtx with { Owner = table.Id + "/title" });
        }
        foreach (var note in table.Notes)
        {
            templates.Plan(note, baseCtx with { Owner = table.Id + "/note" });
        }
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var column = table.Columns[c];
            foreach (var h in column.Header)
            {
                templates.Plan(h, baseCtx with { Period = column.Period ?? baseCtx.Period, Owner = table.Id + "/header/" + column.Id });
            }
        }
        foreach (var group in table.ColumnGroups)
        {
            templates.Plan(group.Header, baseCtx with { Period = GroupPeriod(table, group) ?? baseCtx.Period, Owner = table.Id + "/group/" + group.Columns[0] });
        }
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var rowCtx = baseCtx with { Period = row.Period ?? baseCtx.Period, Status = row.Status ?? baseCtx.Status, Slot = row.Value, Owner = table.Id + "/" + row.Id + "/label" };
            templates.Plan(row.Label, rowCtx);
            for (var c = 0; c < table.Columns.Length; c++)
            {
                // A heading row has no figures, but may carry text cells (a header printed as a row).
                cells[r * table.Columns.Length + c] = row.Style == RowStyle.Heading && !row.Cells.ContainsKey(table.Columns[c].Id)
                    ? new BlankCell()
                    : PlanCell(table, row, table.Columns[c]);
            }
        }
        var plan = new TablePlan(table, rounding, [.. cells]);
        planned.Add(plan);
        return plan;
    }

    /// <summary>The period a group's header speaks of: its first column's, or null for the table's.</summary>
    public static Period? GroupPeriod(TableLayout table, ColumnGroupLayout group) =>
        table.Columns.First(c => c.Id == group.Columns[0]).Period;

    private CellPlan PlanCell(TableLayout table, RowLayout row, ColumnLayout column)
    {
        row.Cells.TryGetValue(column.Id, out var cell);
        if (cell?.Blank == true)
        {
            return new BlankCell();
        }
        var period = cell?.Period ?? row.Period ?? column.Period ?? table.Period ?? package.Reporting.CurrentYear;
        var dims = Merge(Merge(cell?.Dims ?? DimensionSet.Empty, row.Dims), column.Dims);
        var status = cell?.Status ?? row.Status ?? column.Status ?? table.Status ?? FactStatus.Actual;
        var columnTransforms = column.Value?.HasSlot == true || column.Text is not null;
        var format = cell?.Format ?? (columnTransforms ? column.Format ?? row.Format : row.Format ?? column.Format) ?? table.Format;
        var id = table.Id + "/" + row.Id + "/" + column.Id;
        var headers = table.ColumnGroups.Where(g => g.Columns.Contains(column.Id)).Select(g => g.Header).Concat(column.Header);
        var label = (Labels.Of(row.Label) + " / " + string.Join(" ", headers.Select(Labels.Of).Where(h => h.Length > 0))).Trim();
        var location = cell?.Location ?? row.Location;

        // The slot '$' in one side stands for the other side's expression.
        var slot = row.Value is { HasSlot: false } ? row.Value : column.Value is { HasSlot: false } ? column.Value : null;
        var ctx = new PlacementContext(period, status, slot, format, id);
        if (cell?.Text is { } cellText)
        {
            templates.Plan(cellText, ctx);
            return new TextCell(cellText, ctx);
        }
        if (cell?.Value is { } cellValue)
        {
            return Figure(cellValue);
        }
        if (column.Text is { } columnText)
        {
            templates.Plan(columnText, ctx with { Slot = row.Value });
            return new TextCell(columnText, ctx with { Slot = row.Value });
        }
        if (row.Text is { } rowText)
        {
            templates.Plan(rowText, ctx with { Slot = column.Value });
            return new TextCell(rowText, ctx with { Slot = column.Value });
        }
        Expr? expr;
        if (row.Value is null && column.Value is null)
        {
            return new BlankCell();
        }
        if (row.Value is null || column.Value is null)
        {
            expr = row.Value ?? column.Value;
            if (expr!.HasSlot)
            {
                // A transforming column on a row without a value: nothing to transform.
                return new BlankCell();
            }
        }
        else if (column.Value.HasSlot)
        {
            expr = column.Value.Fill(row.Value);
        }
        else if (row.Value.HasSlot)
        {
            expr = row.Value.Fill(column.Value);
        }
        else
        {
            bag.Error(DiagnosticCodes.BadCell,
                $"Cell '{id}': both the row and the column give a value and neither uses '$' for the other.", location);
            return new BlankCell();
        }
        return Figure(expr);

        CellPlan Figure(Expr e)
        {
            var expression = e.WithDims(dims);
            var placed = ctx with { Slot = slot };
            // Where the package declares what to show instead, a figure it cannot derive is not a figure of the release.
            if ((row.Unavailable ?? column.Unavailable) is { } declared && !registry.CanDerive(expression, placed))
            {
                return new UnavailableCell(declared);
            }
            return registry.Register(expression, placed, format, id, label, location) is { } index ? new FigureCell(index) : new BlankCell();
        }
    }

    private static DimensionSet Merge(DimensionSet first, DimensionSet second) =>
        second.IsEmpty ? first
        : first.IsEmpty ? second
        : second.Values.Aggregate(first, (acc, d) => acc.MemberOf(d.Axis) is null ? acc.With(d.Axis, d.Member) : acc);
}
