using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Kessan.Diagnostics;

namespace Kessan.Ingest;

/// <summary>A cell of a CSV record with the place it starts.</summary>
internal readonly record struct CsvCell(string Text, SourceLocation Location);

/// <summary>A CSV record: its cells and the line it starts on.</summary>
internal sealed record CsvRecord(int Line, ImmutableArray<CsvCell> Cells);

/// <summary>
/// Reads RFC 4180 CSV with CsvHelper, keeping the line and column where every cell starts. Lines that
/// begin with '#' are comments; blank lines (empty or only spaces) are skipped. Malformed records are
/// reported as KSN101 and left out.
/// </summary>
internal static class CsvRecords
{
    public static ImmutableArray<CsvRecord> Read(string path, string text, DiagnosticBag bag)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        var lines = new LineIndex(text);
        var badLines = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            AllowComments = true,
            Comment = '#',
            IgnoreBlankLines = true,
            DetectDelimiter = false,
            TrimOptions = TrimOptions.None,
            BadDataFound = args =>
            {
                var line = lines.StartLine(args.Context.Parser!.CharCount, args.RawRecord);
                if (badLines.Add(line))
                {
                    bag.Error(DiagnosticCodes.CsvSyntax,
                        "Malformed CSV: a quote is out of place or never closed. Quote a whole cell (\"1,234\") and double quotes inside it.",
                        new SourceLocation(path, line));
                }
            },
        };
        var records = ImmutableArray.CreateBuilder<CsvRecord>();
        using var parser = new CsvParser(new StringReader(text), config);
        try
        {
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                var line = lines.StartLine(parser.CharCount, raw);
                // CsvHelper checks the fields, and raises BadDataFound, only when they are read: read them
                // before asking whether the record is bad.
                var fields = parser.Record ?? [];
                if (badLines.Contains(line) || IsBlank(raw))
                {
                    continue;
                }
                var positions = FieldPositions(raw, line);
                var cells = ImmutableArray.CreateBuilder<CsvCell>(fields.Length);
                for (var i = 0; i < fields.Length; i++)
                {
                    var (l, c) = i < positions.Count ? positions[i] : (line, 0);
                    cells.Add(new CsvCell(fields[i], new SourceLocation(path, l, c)));
                }
                records.Add(new CsvRecord(line, cells.MoveToImmutable()));
            }
        }
        catch (CsvHelperException e)
        {
            var line = e.Context?.Parser is { } p ? p.RawRow : 0;
            bag.Error(DiagnosticCodes.CsvSyntax, "Malformed CSV; reading stopped here.", new SourceLocation(path, (int)Math.Max(0, line)));
        }
        return records.ToImmutable();
    }

    /// <summary>
    /// True when a line ends at <paramref name="i"/>: a '\n', or a '\r' not followed by '\n' (old Mac files,
    /// which CsvHelper reads as lines too).
    /// </summary>
    private static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    /// <summary>True for a line of spaces or tabs only, which is blank like an empty line.</summary>
    private static bool IsBlank(string raw) => raw.AsSpan().Trim(" \t\r\n").IsEmpty;

    /// <summary>
    /// Line numbers of character offsets. CsvHelper's own line count (<c>RawRow</c>) is one too high for
    /// a record whose quote runs to the end of the file, so lines are counted from the record's offset.
    /// </summary>
    private sealed class LineIndex
    {
        private readonly List<int> newlines = [];

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsLineBreak(text, i))
                {
                    newlines.Add(i);
                }
            }
        }

        /// <summary>The 1-based line on which a record starts, given the offset just past its raw text.</summary>
        public int StartLine(long endOffset, string raw)
        {
            var start = (int)Math.Max(0, endOffset - raw.Length);
            var index = newlines.BinarySearch(start);
            // The number of newlines before the start offset, plus one.
            return (index >= 0 ? index : ~index) + 1;
        }
    }

    /// <summary>The (line, column) where each field of a raw record starts, honouring quotes.</summary>
    private static List<(int Line, int Column)> FieldPositions(string raw, int startLine)
    {
        var result = new List<(int, int)> { (startLine, 1) };
        var line = startLine;
        var column = 1;
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var ch = raw[i];
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (IsLineBreak(raw, i))
            {
                line++;
                column = 0;
            }
            else if (ch == ',' && !quoted)
            {
                result.Add((line, column + 1));
            }
            column++;
        }
        return result;
    }
}
