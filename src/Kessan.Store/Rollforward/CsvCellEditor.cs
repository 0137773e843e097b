
namespace Kessan.Store.Rollforward;

/// <summary>
/// Replaces cells of a CSV text, each named by the line and column it starts at (as Kessan's diagnostics name them),
/// leaving every other byte as it was: comments, quoting, spacing and line ends.
/// </summary>
public static class CsvCellEditor
{
    /// <summary>
    /// The text with each cell at (line, column) replaced by its new text, quoted when it holds a comma or a quote.
    /// </summary>
    public static string Replace(string text, IEnumerable<(int Line, int Column, string Text)> edits) => Edit(text, edits).Text;

    /// <summary>
    /// The text with each cell at (line, column) replaced, and where each edited cell starts once edited: a cell
    /// written longer or shorter moves the cells after it on its line.
    /// </summary>
    public static (string Text, Dictionary<(int Line, int Column), int> Columns) Edit(string text, IEnumerable<(int Line, int Column, string Text)> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var columns = new Dictionary<(int, int), int>();
        foreach (var group in edits.GroupBy(e => e.Line))
        {
            var index = group.Key - 1;
            if (index < 0 || index >= lines.Length)
            {
                continue;
            }
            var line = lines[index];
            var moved = 0;
            foreach (var (_, column, replacement) in group.OrderBy(e => e.Column))
            {
                var start = column - 1 + moved;
                if (start < 0 || start > line.Length)
                {
                    continue;
                }
                var end = CellEnd(line, start);
                var written = Quote(replacement);
                line = string.Concat(line.AsSpan(0, start), written, line.AsSpan(end));
                columns[(group.Key, column)] = start + 1;
                moved += written.Length - (end - start);
            }
            lines[index] = line;
        }
        return (string.Join('\n', lines), columns);
    }

    /// <summary>The raw text of the cell starting at (<paramref name="line"/>, <paramref name="column"/>), quotes undone; null when there is none.</summary>
    public static string? CellAt(string text, int line, int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length || column < 1 || column - 1 > lines[line - 1].Length)
        {
            return null;
        }
        var raw = lines[line - 1][(column - 1)..CellEnd(lines[line - 1], column - 1)];
        return raw.StartsWith('"') && raw.EndsWith('"') && raw.Length >= 2 ? raw[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : raw;
    }

    /// <summary>The 0-based position of the column named <paramref name="name"/> in the file's header (its first line that is not a comment), or -1.</summary>
    public static int ColumnIndex(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0 && !l.StartsWith('#'));
        return header is null ? -1 : Array.IndexOf(header.TrimEnd('\r').Split(',').Select(c => c.Trim()).ToArray(), name);
    }

    /// <summary>The 1-based column where the cell at 0-based <paramref name="index"/> of line <paramref name="line"/> starts, or null.</summary>
    public static int? CellStart(string text, int line, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length || index < 0)
        {
            return null;
        }
        var l = lines[line - 1];
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var end = CellEnd(l, start);
            if (end >= l.Length || l[end] != ',')
            {
                return null;
            }
            start = end + 1;
        }
        return start + 1;
    }

    /// <summary>Where the cell starting at <paramref name="start"/> ends (the index of its comma, or of the line's end).</summary>
    private static int CellEnd(string line, int start)
    {
        if (start < line.Length && line[start] == '"')
        {
            var i = start + 1;
            while (i < line.Length)
            {
                if (line[i] == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return line.Length;
        }
        var comma = line.IndexOf(',', start);
        var end = comma < 0 ? line.Length : comma;
        return end > start && line[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>A cell's text as CSV writes it: quoted, with quotes doubled, when it holds a comma or a quote.</summary>
    public static string Quote(string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
