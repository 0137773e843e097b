using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a table of a layout's <c>tables:</c>: its id (required, unique in the layout: KSN006 at the second),
/// its columns (<see cref="ColumnReader"/>), headers over groups of them (<see cref="ColumnGroupReader"/>), rows
/// (<see cref="RowReader"/>), title, captions, label header and
/// notes, and the defaults of its cells; then checks the rows and columns its declared sums name
/// (<see cref="CrossReferenceChecker.CheckTotals"/>).
/// </summary>
internal sealed class TableReader
{
    private readonly ExpressionReader expressions;
    private readonly CellContextReader context;
    private readonly ColumnReader columnReader;
    private readonly RowReader rowReader;
    private readonly ColumnGroupReader groupReader;
    private readonly CrossReferenceChecker checker;
    private readonly DiagnosticBag bag;

    public TableReader(ReleasePackage package, ExpressionReader expressions, CrossReferenceChecker checker, DiagnosticBag bag)
    {
        this.expressions = expressions;
        context = new CellContextReader(package, bag);
        columnReader = new ColumnReader(expressions, context, bag);
        rowReader = new RowReader(expressions, context, bag);
        groupReader = new ColumnGroupReader(expressions, bag);
        this.checker = checker;
        this.bag = bag;
    }

    /// <summary>
    /// The table at <paramref name="node"/>, and the formats it names; null when it is not a mapping, has no id,
    /// or has the id of an <paramref name="earlier"/> table.
    /// </summary>
    public (TableLayout? Table, LayoutReferences References) ReadTable(YamlFile file, YamlNode node, ImmutableArray<TableLayout> earlier)
    {
        var t = file.AsMapping(node, "table", "id", "title", "captions", "label_header", "period", "status", "format", "rounding", "columns", "column_groups", "rows", "notes");
        if (t is null)
        {
            return (null, LayoutReferences.None);
        }
        var id = t.String("id", required: true, context: "a table")?.Trim();
        if (id is null)
        {
            return (null, LayoutReferences.None);
        }
        if (earlier.Any(x => x.Id == id))
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Table '{id}' is defined twice.", t.LocationOf("id"));
            return (null, LayoutReferences.None);
        }
        var (columns, columnReferences) = ReadColumns(t, id);
        var (rows, rowReferences) = ReadRows(t, id, columns);
        var captions = expressions.ReadLines(t, "captions");
        var labelHeader = expressions.ReadLines(t, "label_header");
        var notes = expressions.ReadLines(t, "notes");
        var table = new TableLayout
        {
            Id = id,
            Title = t.Has("title") ? expressions.ReadTemplate(t, "title") : null,
            Captions = captions,
            LabelHeader = labelHeader,
            Period = context.ReadPeriod(t),
            Status = t.Choice("status", FactStatusNames.ByName),
            Format = CellContextReader.ReadFormatName(t),
            Rounding = t.Choice("rounding", RoundingPolicies.ByName),
            Columns = columns,
            Rows = rows,
            ColumnGroups = groupReader.ReadGroups(t, id, columns),
            Notes = notes,
            Location = t.KeyLocationOf("id"),
        };
        checker.CheckTotals(table);
        return (table, columnReferences.Then(rowReferences).Then(LayoutReferences.ToFormatsOf(table.Title, table.Format, t)));
    }

    private (ImmutableArray<ColumnLayout> Columns, LayoutReferences References) ReadColumns(MappingReader t, string id)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnLayout>();
        var references = LayoutReferences.None;
        foreach (var node in t.List("columns", required: true) ?? [])
        {
            var (column, columnReferences) = columnReader.ReadColumn(t.File, node, id, columns);
            if (column is not null)
            {
                columns.Add(column);
            }
            references = references.Then(columnReferences);
        }
        return (columns.ToImmutable(), references);
    }

    private (ImmutableArray<RowLayout> Rows, LayoutReferences References) ReadRows(MappingReader t, string id, ImmutableArray<ColumnLayout> columns)
    {
        var rows = ImmutableArray.CreateBuilder<RowLayout>();
        var references = LayoutReferences.None;
        var rowNumber = 0;
        foreach (var node in t.List("rows", required: true) ?? [])
        {
            rowNumber++;
            var (row, rowReferences) = rowReader.ReadRow(t.File, node, rowNumber, id, rows, columns);
            if (row is not null)
            {
                rows.Add(row);
            }
            references = references.Then(rowReferences);
        }
        return (rows.ToImmutable(), references);
    }
}
