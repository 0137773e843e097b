using Kessan.Document;
using Kessan.Layout;

namespace Kessan.Rendering.Html.Renderers;

/// <summary>
/// A table in a <c>div.table-block</c> with its title, captions and notes: a header row per line of the column
/// headers, then a row per line item whose label is its row header. A figure cell is <c>td.num</c> holding the
/// figure's text (<see cref="FigureText"/>) without the <c>span</c> of a figure in text. With data attributes,
/// the table, each row and each figure cell are named (<c>data-table</c>, <c>data-row</c>, <c>data-figure</c>).
/// </summary>
internal sealed class TableBlockRenderer : NodeRenderer<HtmlRenderer, TableBlock>
{
    /// <summary>The number of columns (besides the labels) from which a table is set in smaller type.</summary>
    public const int DenseColumns = 7;

    protected override void Write(HtmlRenderer renderer, TableBlock node)
    {
        var w = renderer.Writer;
        var data = renderer.Options.DataAttributes;
        w.Write($"<div class=\"table-block\" id=\"table-{HtmlRenderer.Encode(node.Id)}\">\n");
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
        var numeric = Enumerable.Range(0, node.ColumnCount).Select(c => node.Rows.Any(row => row.Cells[c].Numeric)).ToList();
        // A table of many columns is set smaller, so that it fits the width of a page without shrinking the page.
        var tableClass = node.ColumnCount >= DenseColumns ? "figures dense" : "figures";
        w.Write($"<table class=\"{tableClass}\"");
        if (data)
        {
            w.Write($" data-table=\"{HtmlRenderer.Encode(node.Id)}\"");
        }
        w.Write(">\n");
        if (node.HeaderRows.Length > 0)
        {
            w.Write("<thead>\n");
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
            var css = row.Style switch { RowStyle.Heading => "heading", RowStyle.Total => "total", _ => "line" };
            w.Write($"<tr class=\"{css}\"");
            if (data)
            {
                w.Write($" data-row=\"{HtmlRenderer.Encode(row.Id)}\"");
            }
            w.Write($"><th class=\"label indent-{Math.Min(row.Indent, 4)}\" scope=\"row\">");
            renderer.WriteInlines(row.Label);
            w.Write("</th>");
            foreach (var cell in row.Cells)
            {
                // A number column's cell that shows what the package declares instead of a figure aligns with the
                // numbers, and says it holds none.
                w.Write(!cell.Numeric ? "<td" : cell.FigureId is null ? "<td class=\"num unavailable\"" : "<td class=\"num\"");
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
}
