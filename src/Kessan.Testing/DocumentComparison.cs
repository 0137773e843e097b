using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kessan.Document;

namespace Kessan.Testing;

/// <summary>
/// A difference between a model document and a generated release: a table cell, a header cell, a row
/// count, a whole table, or a text line of the model document that the release does not reproduce.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record DocumentDifference
{
    /// <summary>The <see cref="Row"/> of a difference about a whole table (one side has it, the other not).</summary>
    public const string WholeTable = "(table)";

    /// <summary>The <see cref="Row"/> of a difference in the number of body rows.</summary>
    public const string RowCount = "(row count)";

    /// <summary>The <see cref="Row"/> of a difference in the number of header lines.</summary>
    public const string HeaderCount = "(header rows)";

    /// <summary>The <see cref="Row"/> of a difference in the header line with the given 1-based number.</summary>
    public static string HeaderLine(int number) => "(header " + number.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>The table's title (the model document's for a matched table), or null for a text line.</summary>
    public string? Table { get; init; }

    /// <summary>The row's label in the model document, or one of <see cref="WholeTable"/>, <see cref="RowCount"/>,
    /// <see cref="HeaderCount"/>, <see cref="HeaderLine"/>; null for a text line.</summary>
    public string? Row { get; init; }

    /// <summary>0 for the label column, 1..n for the value columns; null for a whole table, a count or a text line.</summary>
    public int? Column { get; init; }

    /// <summary>The model document's text ("" when only the release has the table).</summary>
    public required string Document { get; init; }

    /// <summary>
    /// The release's text ("" when it has no counterpart); for a text line, the most similar text of the
    /// release, which is shown to help but is not part of the difference's identity.
    /// </summary>
    public required string Kessan { get; init; }

    /// <summary>The 1-based line of the model document it is at (for ordering and for readers).</summary>
    public int Line { get; init; }

    /// <summary>
    /// The id of the figure the release shows in the differing cell, or null (a label, a header, a text
    /// line, a count); for checking an explanation against the figure. Not part of the <see cref="Key"/>.
    /// </summary>
    public string? FigureId { get; init; }

    /// <summary>True for a text line of the model document that the release does not reproduce.</summary>
    public bool IsText => Table is null;

    /// <summary>What identifies the difference: table, row, column and both texts; the document's text alone for a text line.</summary>
    public (string? Table, string? Row, int? Column, string Document, string Kessan) Key =>
        IsText ? (null, null, null, Document, "") : (Table, Row, Column, Document, Kessan);

    /// <inheritdoc/>
    public override string ToString() => IsText
        ? $"line {Line}: text \"{Document}\" (closest: \"{Kessan}\")"
        : $"line {Line}: {Table} / {Row}{(Column is { } c ? " / column " + c.ToString(CultureInfo.InvariantCulture) : "")}: document \"{Document}\", Kessan \"{Kessan}\"";
}

/// <summary>
/// Compares a generated release with a model document.
/// </summary>
/// <remarks>
/// <para>Tables: the release's tables are taken in document order; each is matched with the next unmatched
/// table of the model document (after the one matched last, else from the start) whose title equals, case-
/// and whitespace-insensitively, the release table's title, one of its captions, or the nearest text above
/// it (a heading, section title or paragraph: the model document's rule for a title is the nearest line
/// without a tab above the table). Within a matched pair the header lines (the release's header rows with an
/// empty first cell for the label column) and then the body rows are compared by index, label and every
/// cell; a missing cell reads as empty. Tables on one side only and differing counts of header lines or rows
/// are differences too.</para>
/// <para>Text: every text line of the model document that holds a digit must equal, after normalisation, a
/// text of the release: its title, a heading, a section title, a paragraph, a list item, or a table's title,
/// caption or note (or its whole paragraph must, when the document wraps one heading or sentence over
/// several lines). A line that appears several times is one difference.</para>
/// </remarks>
public static partial class DocumentComparison
{
    /// <summary>Every difference, in the model document's order.</summary>
    public static ImmutableArray<DocumentDifference> Compare(ModelDocument model, ReleaseDocument release)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(release);
        var differences = new List<DocumentDifference>();
        CompareTables(model, release, differences);
        CompareText(model, release, differences);
        return [.. differences.OrderBy(d => d.Line)];
    }

    /// <summary>Every text of the release a model document's text line may equal, normalised, in document order.</summary>
    public static ImmutableArray<string> Texts(ReleaseDocument release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var texts = new List<string> { Plain(release.Title) };
        foreach (var block in ReleaseDocument.Walk(release.Blocks))
        {
            switch (block)
            {
                case HeadingBlock h:
                    texts.Add(Plain(h.Content));
                    break;
                case SectionBlock s:
                    texts.Add(Plain(s.Title));
                    break;
                case ParagraphBlock p:
                    texts.Add(Plain(p.Content));
                    break;
                case ListBlock l:
                    texts.AddRange(l.Items.Select(Plain));
                    break;
                case TableBlock t:
                    texts.Add(Plain(t.Title));
                    texts.AddRange(t.Captions.Select(Plain));
                    texts.AddRange(t.Notes.Select(Plain));
                    break;
            }
        }
        return [.. texts.Where(t => t.Length > 0)];
    }

    /// <summary>
    /// The text most similar to <paramref name="text"/> by the share of words (and numbers) they have in
    /// common (of the words either has); "" when none shares at least a third of them.
    /// </summary>
    public static string Closest(string text, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var words = Words(text);
        var best = "";
        var bestScore = MinimumSimilarity;
        foreach (var candidate in candidates)
        {
            var other = Words(candidate);
            var common = words.Count(other.Contains);
            var score = common == 0 ? 0 : (double)common / (words.Count + other.Count - common);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Just under a third: a text is similar when it shares at least a third of the words.</summary>
    private const double MinimumSimilarity = (1.0 / 3) - 1e-9;

    private sealed record ReleaseTable(TableBlock Table, string Name, ImmutableArray<string> Titles);

    private static void CompareTables(ModelDocument model, ReleaseDocument release, List<DocumentDifference> differences)
    {
        var matched = new bool[model.Tables.Length];
        var last = -1;
        foreach (var table in ReleaseTables(release))
        {
            var index = FindModelTable(model, matched, table.Titles, last);
            if (index < 0 && last + 1 < model.Tables.Length && !matched[last + 1] && Width(model.Tables[last + 1]) == table.Table.ColumnCount)
            {
                // No title fits (the model document's title line may have a typo): take the next model
                // table in order when it has as many columns; a title difference shows up as a text difference.
                index = last + 1;
            }
            if (index < 0)
            {
                differences.Add(new DocumentDifference
                {
                    Table = table.Name,
                    Row = DocumentDifference.WholeTable,
                    Document = "",
                    Kessan = Summary(table.Table),
                    Line = last >= 0 ? model.Tables[last].Line : 0,
                });
                continue;
            }
            matched[index] = true;
            last = index;
            CompareTable(model.Tables[index], table.Table, differences);
        }
        for (var i = 0; i < model.Tables.Length; i++)
        {
            if (!matched[i])
            {
                var t = model.Tables[i];
                differences.Add(new DocumentDifference { Table = t.Title, Row = DocumentDifference.WholeTable, Document = t.Summary, Kessan = "", Line = t.Line });
            }
        }
    }

    private static int Width(ModelTable table) =>
        table.HeaderLines.Concat(table.Rows).Select(r => r.Cells.Length).DefaultIfEmpty(0).Max();

    private static int FindModelTable(ModelDocument model, bool[] matched, ImmutableArray<string> titles, int last)
    {
        bool Fits(int i) => !matched[i] && titles.Any(t => string.Equals(t, model.Tables[i].Title, StringComparison.OrdinalIgnoreCase));
        for (var i = last + 1; i < model.Tables.Length; i++)
        {
            if (Fits(i))
            {
                return i;
            }
        }
        for (var i = 0; i <= last && i < model.Tables.Length; i++)
        {
            if (Fits(i))
            {
                return i;
            }
        }
        return -1;
    }

    private static void CompareTable(ModelTable model, TableBlock release, List<DocumentDifference> differences)
    {
        var headers = release.HeaderLines.Select(h => (IReadOnlyList<string>)["", .. h.Select(Plain)]).ToList();
        if (model.HeaderLines.Length != headers.Count)
        {
            differences.Add(Count(model, DocumentDifference.HeaderCount, model.HeaderLines.Length, headers.Count, model.Line));
        }
        for (var i = 0; i < Math.Min(model.HeaderLines.Length, headers.Count); i++)
        {
            CompareLine(model.Title, DocumentDifference.HeaderLine(i + 1), model.HeaderLines[i], headers[i], [], differences);
        }
        var rows = release.Rows.Select(r => (IReadOnlyList<string>)[Plain(r.Label), .. r.Cells.Select(c => ModelDocument.CollapseWhitespace(c.PlainText))]).ToList();
        if (model.Rows.Length != rows.Count)
        {
            var line = model.Rows.Length > 0 ? model.Rows[0].Line : model.Line;
            differences.Add(Count(model, DocumentDifference.RowCount, model.Rows.Length, rows.Count, line));
        }
        for (var i = 0; i < Math.Min(model.Rows.Length, rows.Count); i++)
        {
            IReadOnlyList<string?> figureIds = [null, .. release.Rows[i].Cells.Select(c => c.FigureId)];
            CompareLine(model.Title, model.Rows[i].Label, model.Rows[i], rows[i], figureIds, differences);
        }
    }

    private static DocumentDifference Count(ModelTable model, string row, int document, int kessan, int line) => new()
    {
        Table = model.Title,
        Row = row,
        Document = document.ToString(CultureInfo.InvariantCulture),
        Kessan = kessan.ToString(CultureInfo.InvariantCulture),
        Line = line,
    };

    private static void CompareLine(
        string table, string row, ModelTableLine model, IReadOnlyList<string> release, IReadOnlyList<string?> figureIds, List<DocumentDifference> differences)
    {
        IReadOnlyList<string> document = [model.Label, .. model.Cells];
        for (var c = 0; c < Math.Max(document.Count, release.Count); c++)
        {
            var d = c < document.Count ? document[c] : "";
            var k = c < release.Count ? release[c] : "";
            if (!string.Equals(d, k, StringComparison.Ordinal))
            {
                differences.Add(new DocumentDifference
                {
                    Table = table,
                    Row = row,
                    Column = c,
                    Document = d,
                    Kessan = k,
                    Line = model.Line,
                    FigureId = c < figureIds.Count ? figureIds[c] : null,
                });
            }
        }
    }

    private static void CompareText(ModelDocument model, ReleaseDocument release, List<DocumentDifference> differences)
    {
        var texts = Texts(release);
        var known = texts.ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in model.TextLines.Where(l => l.HasDigit))
        {
            if (known.Contains(line.Text) || known.Contains(line.Paragraph) || !reported.Add(line.Text))
            {
                continue;
            }
            differences.Add(new DocumentDifference { Document = line.Text, Kessan = Closest(line.Text, texts), Line = line.Line });
        }
    }

    /// <summary>The release's tables, each with the name differences give it and the titles it answers to.</summary>
    private static List<ReleaseTable> ReleaseTables(ReleaseDocument release)
    {
        var tables = new List<ReleaseTable>();
        var above = "";
        // A table that follows another with no text between them continues it (the second half of a
        // statement split over two tables) and answers to the same titles.
        var continued = ImmutableArray<string>.Empty;
        foreach (var block in ReleaseDocument.Walk(release.Blocks))
        {
            switch (block)
            {
                case HeadingBlock h:
                    above = Plain(h.Content);
                    continued = [];
                    break;
                case SectionBlock s when s.Title.Length > 0:
                    above = Plain(s.Title);
                    continued = [];
                    break;
                case ParagraphBlock p:
                    above = Plain(p.Content);
                    continued = [];
                    break;
                case ListBlock l when l.Items.Length > 0:
                    above = Plain(l.Items[^1]);
                    continued = [];
                    break;
                case TableBlock t:
                    var title = Plain(t.Title);
                    var captions = t.Captions.Select(Plain).Where(c => c.Length > 0).ToList();
                    var name = title.Length > 0 ? title : captions.Count > 0 ? captions[^1] : above;
                    ImmutableArray<string> titles = [.. new[] { title }.Concat(captions).Append(above).Concat(continued).Where(x => x.Length > 0).Distinct(StringComparer.Ordinal)];
                    tables.Add(new ReleaseTable(t, name, titles));
                    above = t.Notes.Length > 0 ? Plain(t.Notes[^1]) : name;
                    continued = t.Notes.Length > 0 ? [] : titles;
                    break;
            }
        }
        return tables;
    }

    private static string Summary(TableBlock table)
    {
        static string Line(IEnumerable<string> cells) => ModelDocument.CollapseWhitespace(string.Join(" | ", cells).TrimEnd(' ', '|'));
        var header = table.HeaderLines.FirstOrDefault() is { IsDefault: false } first ? Line(["", .. first.Select(Plain)]) : "";
        var row = table.Rows.Length > 0 ? Line([Plain(table.Rows[0].Label), .. table.Rows[0].Cells.Select(c => c.PlainText)]) : "";
        return string.Join(" / ", new[] { header, row }.Where(x => x.Length > 0));
    }

    private static string Plain(ImmutableArray<Inline> content) => ModelDocument.CollapseWhitespace(Inlines.PlainText(content));

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
