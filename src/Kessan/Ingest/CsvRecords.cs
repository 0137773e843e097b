using System.Collections.Immutable;
using System.Text;
using Kessan.Diagnostics;

namespace Kessan.Ingest;

/// <summary>A cell of a CSV record with the place it starts (a struct: a fact file has millions of cells).</summary>
/// <param name="Text">The cell's text, quotes removed.</param>
/// <param name="Path">The file.</param>
/// <param name="Line">The line it starts on.</param>
/// <param name="Column">The column it starts at.</param>
internal readonly record struct CsvCell(string Text, string Path, int Line, int Column)
{
    /// <summary>Where the cell starts.</summary>
    public SourceLocation Location => new(Path, Line, Column);
}

/// <summary>A CSV record: its cells and the line it starts on.</summary>
internal sealed record CsvRecord(int Line, ImmutableArray<CsvCell> Cells);

/// <summary>
/// Reads RFC 4180 CSV in one pass, keeping the line and column where every cell starts (which a general CSV
/// library does not report, and which every diagnostic of a fact file names). Lines that begin with '#' are
/// comments; blank lines (empty or only spaces and tabs) are skipped; lines end with LF, CRLF or a lone CR. A
/// record with a quote out of place (in an unquoted cell, after a closing quote, or never closed) is reported
/// once as KSN101 at the line it starts on and left out; a quote never closed runs to the end of the file. A line
/// of more than <see cref="MaxCells"/> cells is reported as KSN101 and left out without keeping its cells.
/// Records are read as they are asked for, so that a large file is never held as records all at once.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The most cells a line may have: far more than any fact file has columns.</summary>
    public const int MaxCells = 10_000;

    public static IEnumerable<CsvRecord> Read(string path, string text, DiagnosticBag bag)
    {
        var scanner = new Scanner(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        var cells = ImmutableArray.CreateBuilder<CsvCell>();
        var cell = new StringBuilder();
        while (!scanner.AtEnd)
        {
            var line = scanner.Line;
            if (scanner.Current == '#')
            {
                scanner.SkipLine();
                continue;
            }
            cells.Clear();
            var bad = false;
            var blank = true;
            var count = 0;
            while (true)
            {
                var (cellLine, cellColumn) = (scanner.Line, scanner.Column);
                var quoted = !scanner.AtEnd && scanner.Current == '"';
                bad |= quoted ? scanner.ReadQuoted(cell) : scanner.ReadUnquoted(cell);
                if (++count <= MaxCells)
                {
                    var value = cell.ToString();
                    blank &= !quoted && value.AsSpan().Trim(" \t").IsEmpty;
                    cells.Add(new CsvCell(value, path, cellLine, cellColumn));
                }
                if (!scanner.AtEnd && scanner.Current == ',')
                {
                    scanner.Advance();
                    continue;
                }
                scanner.SkipLineBreak();
                break;
            }
            if (count > MaxCells)
            {
                bag.Error(DiagnosticCodes.CsvSyntax,
                    $"This line has more than {MaxCells:N0} cells, far more than a fact file has columns; check its commas.",
                    new SourceLocation(path, line));
            }
            else if (bad)
            {
                bag.Error(DiagnosticCodes.CsvSyntax,
                    "Malformed CSV: a quote is out of place or never closed. Quote a whole cell (\"1,234\") and double quotes inside it.",
                    new SourceLocation(path, line));
            }
            else if (!(blank && cells.Count == 1))
            {
                yield return new CsvRecord(line, cells.ToImmutable());
            }
        }
    }

    /// <summary>A position in the text with its 1-based line and column.</summary>
    private sealed class Scanner(string text, int start)
    {
        private int index = start;

        public int Line { get; private set; } = 1;

        public int Column { get; private set; } = 1;

        public bool AtEnd => index >= text.Length;

        public char Current => text[index];

        private bool AtLineBreak => !AtEnd && Current is '\n' or '\r';

        /// <summary>Moves past the current character; a line ends after a LF, or after a CR not followed by a LF.</summary>
        public void Advance()
        {
            var ch = text[index++];
            if (ch == '\n' || (ch == '\r' && (AtEnd || Current != '\n')))
            {
                Line++;
                Column = 1;
            }
            else
            {
                Column++;
            }
        }

        public void SkipLineBreak()
        {
            var line = Line;
            while (!AtEnd && Line == line)
            {
                Advance();
            }
        }

        public void SkipLine()
        {
            while (!AtEnd && !AtLineBreak)
            {
                Advance();
            }
            SkipLineBreak();
        }

        /// <summary>Reads an unquoted cell up to a comma or the end of the line; true when it holds a quote.</summary>
        public bool ReadUnquoted(StringBuilder cell)
        {
            cell.Clear();
            var bad = false;
            while (!AtEnd && Current != ',' && !AtLineBreak)
            {
                bad |= Current == '"';
                cell.Append(Current);
                Advance();
            }
            return bad;
        }

        /// <summary>
        /// Reads a quoted cell, doubled quotes standing for one; true when the quote is never closed or text follows
        /// the closing quote before the next comma or line end.
        /// </summary>
        public bool ReadQuoted(StringBuilder cell)
        {
            cell.Clear();
            Advance();
            while (true)
            {
                if (AtEnd)
                {
                    return true;
                }
                if (Current == '"')
                {
                    Advance();
                    if (AtEnd || Current != '"')
                    {
                        break;
                    }
                }
                cell.Append(Current);
                Advance();
            }
            var trailing = new StringBuilder();
            ReadUnquoted(trailing);
            cell.Append(trailing);
            return trailing.Length > 0;
        }
    }
}
