using Kessan.Document;
using Kessan.Layout;

namespace Kessan.Rendering.Markdown.Renderers;

/// <summary>
/// A table as a GitHub pipe table: its title in bold, captions, one header row (header lines joined with
/// <c>&lt;br&gt;</c>, under the headers of the groups of columns it belongs to), numeric columns right-aligned, headings and totals in bold, indentation as em spaces,
/// then its notes.
/// </summary>
internal sealed class TableBlockRenderer : NodeRenderer<MarkdownRenderer, TableBlock>
{
    protected override void Write(MarkdownRenderer renderer, TableBlock node)
    {
        var w = renderer.Writer;
        if (!node.Title.IsEmpty)
        {
            w.Write("**");
            renderer.WriteInlines(node.Title);
            w.Write("**\n\n");
        }
        foreach (var caption in node.Captions)
        {
            renderer.WriteInlines(caption);
            w.Write("\n\n");
        }
        // GitHub-flavoured Markdown has one header row and no spans: a column's header is the headers of the groups
        // over it, then its own lines, joined with <br>.
        var header = Enumerable.Range(0, node.ColumnCount)
            .Select(c => string.Join("<br>", node.GroupRows.SelectMany(g => g.Where(s => s.Covers(c)).Select(s => renderer.CellText(s.Content)))
                .Concat(node.HeaderRows.Select(h => renderer.CellText(h[c]))).Where(s => s.Length > 0)))
            .ToList();
        var labelHeader = string.Join("<br>", node.LabelHeader.Select(x => renderer.CellText(x)).Where(s => s.Length > 0));
        w.Write("| " + labelHeader + " |" + string.Concat(header.Select(h => " " + h + " |")) + "\n");
        var numeric = Enumerable.Range(0, node.ColumnCount).Select(node.IsFigureColumn).ToList();
        w.Write("|---|" + string.Concat(numeric.Select(n => n ? "---:|" : "---|")) + "\n");
        foreach (var row in node.Rows)
        {
            var label = renderer.CellText(row.Label);
            label = string.Concat(Enumerable.Repeat("&emsp;", row.Indent)) + (row.Style == RowStyle.Heading || row.Style == RowStyle.Total ? Bold(label) : label);
            w.Write("| " + label + " |");
            foreach (var cell in row.Cells)
            {
                var text = renderer.CellText(cell.Content);
                w.Write(" " + (row.Style == RowStyle.Total && text.Length > 0 ? Bold(text) : text) + " |");
            }
            w.Write('\n');
        }
        w.Write('\n');
        foreach (var note in node.Notes)
        {
            renderer.WriteInlines(note);
            w.Write("\n\n");
        }
    }

    private static string Bold(string text) => text.Trim().Length == 0 ? text : "**" + text + "**";
}
