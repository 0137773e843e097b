using System.Collections.Immutable;
using Kessan.Document;
using Kessan.Layout;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>
/// A table in a <c>div.table-block</c> with its title, captions and notes: a header row per line of the column
/// headers (under the rows of headers over groups of columns, each spanning its columns), then a row per line item whose label is its row header. A figure cell is <c>td.num</c> holding the
/// figure's text (<see cref="FigureText"/>) without the <c>span</c> of a figure in text. With data attributes,
/// the table, each row and each figure cell are named (<c>data-table</c>, <c>data-row</c>, <c>data-figure</c>).
/// </summary>
internal sealed class TableBlockRenderer : NodeRenderer<HtmlRenderer, TableBlock>
{
    /// <summary>The number of columns (besides the labels) from which a table is set in smaller type.</summary>
    public const int DenseColumns = 7;

    /// <summary>The most body rows of a table that is kept on one page.</summary>
    public const int ShortRows = 16;

    protected override void Write(HtmlRenderer renderer, TableBlock node)
    {
        var w = renderer.Writer;
        var data = renderer.Options.DataAttributes;
        // A short table is kept on one page; a longer one may break between rows, its header repeated on each page,
        // its first and last rows never alone (Css).
        var blockClass = node.Rows.Length <= ShortRows ? "table-block short" : "table-block";
        w.Write($"<div class=\"{blockClass}\" id=\"table-{HtmlRenderer.Encode(node.Id)}\">\n");
        if (!node.Title.IsEmpty)
        {
            w.Write("<p class=\"table-title\">");
            renderer.WriteInlines(node.Title);
            w.Write("</p>\n");
        }
        foreach (var caption in node.Captions)
        {
            w.Write("<p class=\"table-caption\">");
            renderer.WriteInlines(caption);
            w.Write("</p>\n");
        }
        var numeric = Enumerable.Range(0, node.ColumnCount).Select(node.IsFigureColumn).ToList();
        // A table of many columns is set smaller, so that it fits the width of a page without shrinking the page.
        var tableClass = node.ColumnCount >= DenseColumns ? "figures dense" : "figures";
        w.Write($"<table class=\"{tableClass}\"");
        if (data)
        {
            w.Write($" data-table=\"{HtmlRenderer.Encode(node.Id)}\"");
        }
        w.Write(">\n");
        if (node.HeaderRows.Length + node.GroupRows.Length > 0)
        {
            w.Write("<thead>\n");
            foreach (var groups in node.GroupRows)
            {
                WriteGroupRow(renderer, node, groups);
            }
            for (var h = 0; h < node.HeaderRows.Length; h++)
            {
                var header = node.HeaderRows[h];
                w.Write("<tr><th class=\"label\">");
                if (h < node.LabelHeader.Length)
                {
                    renderer.WriteInlines(node.LabelHeader[h]);
                }
                w.Write("</th>");
                for (var c = 0; c < node.ColumnCount; c++)
                {
                    w.Write(numeric[c] ? "<th class=\"num\">" : "<th>");
                    renderer.WriteInlines(header[c]);
                    w.Write("</th>");
                }
                w.Write("</tr>\n");
            }
            w.Write("</thead>\n");
        }
        w.Write("<tbody>\n");
        foreach (var row in node.Rows)
        {
            var css = row.Style switch { RowStyle.Heading => "heading", RowStyle.Subtotal => "subtotal", RowStyle.Total => "total", _ => "line" };
            w.Write($"<tr class=\"{css}\"");
            if (data)
            {
                w.Write($" data-row=\"{HtmlRenderer.Encode(row.Id)}\"");
            }
            w.Write($"><th class=\"label indent-{Math.Min(row.Indent, 4)}\" scope=\"row\">");
            renderer.WriteInlines(row.Label);
            w.Write("</th>");
            for (var c = 0; c < row.Cells.Length; c++)
            {
                // Text in a number column ("-") aligns with the numbers; a cell that shows what the package declares
                // instead of a figure says it holds none.
                var cell = row.Cells[c];
                w.Write(!numeric[c] || cell.Content.IsEmpty ? "<td" : cell.Numeric && cell.FigureId is null ? "<td class=\"num unavailable\"" : "<td class=\"num\"");
                if (data && cell.FigureId is { } id)
                {
                    w.Write($" data-figure=\"{HtmlRenderer.Encode(id)}\"");
                }
                w.Write('>');
                foreach (var inline in cell.Content)
                {
                    // A figure cell's number is written without the span of a figure in text; the cell is the figure's place.
                    if (inline is FigureInline f && cell.FigureId is not null)
                    {
                        renderer.Write(new FigureText(f));
                    }
                    else
                    {
                        renderer.Write(inline);
                    }
                }
                w.Write("</td>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</tbody>\n</table>\n");
        foreach (var note in node.Notes)
        {
            w.Write("<p class=\"table-note\">");
            renderer.WriteInlines(note);
            w.Write("</p>\n");
        }
        w.Write("</div>\n");
    }

    /// <summary>A row of headers over groups of columns: each spans its columns; a column no group covers has an empty header.</summary>
    private static void WriteGroupRow(HtmlRenderer renderer, TableBlock node, ImmutableArray<ColumnSpan> groups)
    {
        var w = renderer.Writer;
        w.Write("<tr class=\"groups\"><th class=\"label\"></th>");
        for (var c = 0; c < node.ColumnCount;)
        {
            if (groups.FirstOrDefault(g => g.First == c) is { } group)
            {
                w.Write(group.Count > 1 ? $"<th class=\"group\" colspan=\"{group.Count}\" scope=\"colgroup\">" : "<th class=\"group\" scope=\"col\">");
                renderer.WriteInlines(group.Content);
                w.Write("</th>");
                c += group.Count;
            }
            else
            {
                w.Write("<th></th>");
                c++;
            }
        }
        w.Write("</tr>\n");
    }
}
