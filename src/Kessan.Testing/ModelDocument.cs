using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Kessan.Testing;

/// <summary>A line of a table of a model document: its label (the first cell) and its other cells.</summary>
/// <param name="Line">The 1-based line number in the model document.</param>
/// <param name="Label">The first cell, normalised.</param>
/// <param name="Cells">The other cells, normalised; empty cells are kept.</param>
public sealed record ModelTableLine(int Line, string Label, ImmutableArray<string> Cells)
{
    /// <summary>The line as it reads: its cells joined by " | ", without trailing empty cells, on single spaces.</summary>
    public string Text => ModelDocument.CollapseWhitespace(string.Join(" | ", [Label, .. Cells]).TrimEnd(' ', '|'));
}

/// <summary>
/// A table of a model document: a maximal run of lines that contain a tab. Its leading lines whose first
/// cell is empty are its header lines; the others are its rows.
/// </summary>
/// <param name="Line">The 1-based line number of its first line.</param>
/// <param name="Title">The nearest non-empty line without a tab above it, normalised; empty when there is none.</param>
/// <param name="HeaderLines">The header lines.</param>
/// <param name="Rows">The body rows.</param>
public sealed record ModelTable(int Line, string Title, ImmutableArray<ModelTableLine> HeaderLines, ImmutableArray<ModelTableLine> Rows)
{
    /// <summary>
    /// What identifies the table to a reader: its first header line and its first row (enough to tell apart
    /// the tables that share a title, such as the full-year and fourth-quarter ones).
    /// </summary>
    public string Summary => string.Join(" / ", new[] { HeaderLines.FirstOrDefault()?.Text, Rows.FirstOrDefault()?.Text }.Where(t => !string.IsNullOrEmpty(t)));
}

/// <summary>A non-empty line of a model document that holds no tab: a heading, a sentence, a note.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Text">The line, normalised (markdown markup and list markers removed).</param>
/// <param name="Paragraph">
/// The run of consecutive text lines the line belongs to, joined by spaces (a heading or sentence the
/// document wraps over two lines reads whole in it).
/// </param>
public sealed record ModelTextLine(int Line, string Text, string Paragraph)
{
    /// <summary>True when the line holds a digit: a figure, a date or a period name.</summary>
    public bool HasDigit => Text.Any(char.IsDigit);
}

/// <summary>
/// A model document: the text of a published earnings release, as plain text in which table cells are
/// separated by tabs and emphasis, links and escapes are written in Markdown. It is read as tables and
/// text lines so that a generated release can be compared with it (<see cref="DocumentComparison"/>).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed partial class ModelDocument
{
    private ModelDocument(ImmutableArray<ModelTable> tables, ImmutableArray<ModelTextLine> textLines)
    {
        Tables = tables;
        TextLines = textLines;
    }

    /// <summary>The tables, in document order.</summary>
    public ImmutableArray<ModelTable> Tables { get; }

    /// <summary>The text lines, in document order.</summary>
    public ImmutableArray<ModelTextLine> TextLines { get; }

    /// <summary>Reads a model document from a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ModelDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The model document '{Path.GetFullPath(path)}' does not exist.", path);
        }
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Parses the text of a model document.</summary>
    public static ModelDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var tables = ImmutableArray.CreateBuilder<ModelTable>();
        var textLines = ImmutableArray.CreateBuilder<ModelTextLine>();
        var title = "";
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                var start = i;
                var run = new List<ModelTableLine>();
                while (i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal))
                {
                    var cells = lines[i].Split('\t').Select(Normalize).ToArray();
                    run.Add(new ModelTableLine(i + 1, cells[0], [.. cells.Skip(1)]));
                    i++;
                }
                var headers = run.TakeWhile(l => l.Label.Length == 0).Count();
                tables.Add(new ModelTable(start + 1, title, [.. run.Take(headers)], [.. run.Skip(headers)]));
            }
            else if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }
            else
            {
                var start = i;
                var paragraph = new List<(int Line, string Text)>();
                while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]) && !lines[i].Contains('\t', StringComparison.Ordinal))
                {
                    paragraph.Add((i + 1, NormalizeTextLine(lines[i])));
                    i++;
                }
                var joined = Normalize(string.Join(' ', lines[start..i]));
                joined = ListMarker().Replace(joined, "");
                foreach (var (line, lineText) in paragraph.Where(p => p.Text.Length > 0))
                {
                    textLines.Add(new ModelTextLine(line, lineText, joined));
                }
                var last = paragraph.FindLastIndex(p => p.Text.Length > 0);
                if (last >= 0)
                {
                    title = paragraph[last].Text;
                }
            }
        }
        return new ModelDocument(tables.ToImmutable(), textLines.ToImmutable());
    }

    /// <summary>
    /// Normalises a piece of a model document: Markdown escapes (<c>\$</c>) become the character, strong
    /// emphasis markers (<c>**</c>) and emphasis around words (<c>*word*</c>) are removed, autolinks
    /// (<c>&lt;http://…&gt;</c>) become their address, and whitespace is collapsed to single spaces and
    /// trimmed. A lone asterisk (a footnote mark) is kept.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Escaped punctuation is set aside (as a private-use character) so that markup removal leaves it alone.
        var protectedText = EscapedPunctuation().Replace(text, m => ((char)(PrivateUse + m.Groups[1].Value[0])).ToString());
        protectedText = Autolink().Replace(protectedText, "$1");
        protectedText = protectedText.Replace("**", "", StringComparison.Ordinal);
        protectedText = Emphasis().Replace(protectedText, "$1");
        var sb = new StringBuilder(protectedText.Length);
        foreach (var c in protectedText)
        {
            sb.Append(c >= PrivateUse && c < PrivateUse + 128 ? (char)(c - PrivateUse) : c);
        }
        return CollapseWhitespace(sb.ToString());
    }

    /// <summary>Collapses every run of whitespace (including no-break spaces) to one space, and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Normalises a text line: <see cref="Normalize"/>, and a leading list marker ("- ") removed.</summary>
    public static string NormalizeTextLine(string text) => ListMarker().Replace(Normalize(text), "");

    private const char PrivateUse = '\uE000';

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex EscapedPunctuation();

    [GeneratedRegex(@"<((?:https?|mailto):[^<>\s]+)>")]
    private static partial Regex Autolink();

    [GeneratedRegex(@"(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\p{L}\p{N}*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[-+*] +")]
    private static partial Regex ListMarker();
}
