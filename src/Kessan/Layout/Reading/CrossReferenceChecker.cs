using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Layout.Formats;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Layout.Reading;

/// <summary>
/// Checks that the names a layout refers to exist (KSN503, with the nearest name as a hint): the rows and columns
/// a table's declared sums name, as each table is read; once every file is read, the formats, the tables and
/// narratives the document shows, and the sections, tables, rows and columns charts name. When a layout file could
/// not be read, what it may define is not reported as missing. A layout without a document is KSN004.
/// </summary>
internal sealed class CrossReferenceChecker
{
    private readonly ReleasePackage package;
    private readonly DiagnosticBag bag;

    public CrossReferenceChecker(ReleasePackage package, DiagnosticBag bag)
    {
        this.package = package;
        this.bag = bag;
    }

    /// <summary>
    /// Checks the names the last draft refers to, in this order: formats, tables, narratives, charts, and that
    /// there is a document.
    /// </summary>
    public void Check(LayoutDraft draft)
    {
        var formats = draft.Formats;
        var tables = draft.Tables;
        foreach (var (name, location) in draft.References.Formats.Where(f => !draft.Unreadable && !formats.ContainsKey(f.Id) && PhraseFormats.Find(f.Id) is null))
        {
            bag.Error(DiagnosticCodes.UnknownName,
                $"Format '{name}' is not defined.{Suggestions.Hint(name, formats.Keys.Concat(PhraseFormats.Names))}", location);
        }
        foreach (var (id, location) in draft.References.Tables.Where(t => !draft.Unreadable && tables.All(x => x.Id != t.Id)))
        {
            bag.Error(DiagnosticCodes.UnknownName, $"Table '{id}' is not defined.{Suggestions.Hint(id, tables.Select(t => t.Id))}", location);
        }
        foreach (var (id, location) in draft.References.Narratives.Where(n => package.Narratives.All(x => x.Id != n.Id)))
        {
            bag.Error(DiagnosticCodes.UnknownName,
                $"Narrative '{id}' is not in the package (narrative: in package.yaml).{Suggestions.Hint(id, package.Narratives.Select(n => n.Id))}", location);
        }
        CheckCharts(draft);
        if (draft.Blocks is null && !draft.Unreadable)
        {
            bag.Error(DiagnosticCodes.MissingKey, "No layout file has a 'document' section.",
                package.LayoutFiles.IsEmpty ? null : new SourceLocation(package.LayoutFiles[0].Path));
        }
    }

    /// <summary>
    /// Checks that every row a row's declared sum names is a row of the table, and every column a column's is a
    /// column of it. A row written 'table/row' is a row of another table, which the builder resolves.
    /// </summary>
    public void CheckTotals(TableLayout table)
    {
        foreach (var row in table.Rows)
        {
            // 'table/row' names a row of another table; the builder resolves it.
            foreach (var w in row.TotalOf.Where(w => !w.Id.Contains('/', StringComparison.Ordinal) && table.Rows.All(r => r.Id != w.Id)))
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Row '{w.Id}' is not a row of table '{table.Id}'.{Suggestions.Hint(w.Id, table.Rows.Select(r => r.Id))}", w.Location);
            }
        }
        foreach (var column in table.Columns)
        {
            foreach (var w in column.TotalOf.Where(w => table.Columns.All(c => c.Id != w.Id)))
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Column '{w.Id}' is not a column of table '{table.Id}'.", w.Location);
            }
        }
    }

    /// <summary>
    /// A chart must name a section of the document, a table, and rows and columns of that table, and have as
    /// many columns as its kind draws: one for a bar chart or a waterfall, two or more for grouped bars; a
    /// waterfall needs a starting total, at least one change and an ending total.
    /// </summary>
    private void CheckCharts(LayoutDraft draft)
    {
        var sections = new List<string>();
        CollectSections(draft.Blocks ?? [], sections);
        foreach (var chart in draft.Charts)
        {
            if (!draft.Unreadable && !sections.Contains(chart.Section.Id))
            {
                bag.Error(DiagnosticCodes.UnknownName,
                    $"Chart '{chart.Id}': '{chart.Section.Id}' is not a section of the document.{Suggestions.Hint(chart.Section.Id, sections)}",
                    chart.Section.Location);
            }
            var table = draft.Tables.FirstOrDefault(t => t.Id == chart.Table.Id);
            if (table is null)
            {
                if (!draft.Unreadable)
                {
                    bag.Error(DiagnosticCodes.UnknownName,
                        $"Chart '{chart.Id}': table '{chart.Table.Id}' is not defined.{Suggestions.Hint(chart.Table.Id, draft.Tables.Select(t => t.Id))}",
                        chart.Table.Location);
                }
                continue;
            }
            var unknown = false;
            foreach (var row in chart.Rows.Where(r => table.Rows.All(x => x.Id != r.Id)))
            {
                bag.Error(DiagnosticCodes.UnknownName,
                    $"Chart '{chart.Id}': row '{row.Id}' is not a row of table '{table.Id}'.{Suggestions.Hint(row.Id, table.Rows.Select(r => r.Id))}", row.Location);
                unknown = true;
            }
            foreach (var column in chart.Columns.Where(r => table.Columns.All(x => x.Id != r.Id)))
            {
                bag.Error(DiagnosticCodes.UnknownName,
                    $"Chart '{chart.Id}': column '{column.Id}' is not a column of table '{table.Id}'.{Suggestions.Hint(column.Id, table.Columns.Select(r => r.Id))}",
                    column.Location);
                unknown = true;
            }
            if (unknown)
            {
                continue;
            }
            var columnCount = chart.Columns.IsEmpty ? table.Columns.Length : chart.Columns.Length;
            var rowCount = chart.Rows.IsEmpty ? table.Rows.Count(r => r.Style != RowStyle.Heading) : chart.Rows.Length;
            var problem = chart.Kind switch
            {
                ChartKind.Bar when columnCount != 1 => "a bar chart draws one column; name it with 'columns: [id]'",
                ChartKind.GroupedBar when columnCount < 2 => "grouped bars need two or more columns; draw one column as kind 'bar'",
                ChartKind.Waterfall when columnCount != 1 => "a waterfall draws one column; name it with 'columns: [id]'",
                ChartKind.Waterfall when rowCount < 3 => "a waterfall needs a starting total, at least one change and an ending total: three rows or more",
                _ when rowCount == 0 => "it has no rows to draw",
                _ => null,
            };
            if (problem is not null)
            {
                bag.Error(DiagnosticCodes.InvalidValue, $"Chart '{chart.Id}': {problem}.", chart.Location);
            }
        }
    }

    private static void CollectSections(ImmutableArray<BlockLayout> blocks, List<string> ids)
    {
        foreach (var s in blocks.OfType<SectionBlockLayout>())
        {
            ids.Add(s.Id);
            CollectSections(s.Blocks, ids);
        }
    }
}
