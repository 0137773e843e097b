using System.Globalization;
using Kessan.Document;

namespace Kessan.Rendering.Excel;

/// <summary>
/// What each table's sheet is titled, from the table itself and its own part of the document, never from an earlier
/// section: the table's title; else, after another table under the same heading (a statement split in two), that
/// table's title with "(continued)"; else the heading it stands under in its section (or the section's title); else
/// its first caption; else its id in words ("tanshin-results": "Tanshin results").
/// </summary>
internal static class SheetTitles
{
    /// <summary>Every table of <paramref name="document"/> in document order, with its sheet's title.</summary>
    public static IEnumerable<(TableBlock Table, string Title)> Of(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<(TableBlock, string)>();
        Walk(document.Blocks, null, result);
        return result;
    }

    private static void Walk(IEnumerable<Block> blocks, string? sectionTitle, List<(TableBlock, string)> result)
    {
        // The heading the next table stands under in this list of blocks, and the title of the last table under it.
        var heading = sectionTitle;
        string? previousTitle = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SectionBlock s:
                    Walk(s.Blocks, s.Title.IsEmpty ? null : Text(s.Title), result);
                    break;
                case HeadingBlock h when Text(h.Content).Length > 0:
                    heading = Text(h.Content);
                    previousTitle = null;
                    break;
                case TableBlock t:
                    var title = Text(t.Title) is { Length: > 0 } own ? own
                        : previousTitle is not null ? Continued(previousTitle)
                        : heading is { Length: > 0 } ? heading
                        : t.Captions.Select(Text).FirstOrDefault(c => c.Length > 0) ?? Words(t.Id);
                    result.Add((t, title));
                    previousTitle = title;
                    break;
            }
        }
    }

    private static string Continued(string title)
    {
        const string Suffix = " (continued)";
        return title.EndsWith(Suffix, StringComparison.Ordinal) ? title : title + Suffix;
    }

    /// <summary>An id as words: hyphens and underscores made spaces, the first letter capitalised.</summary>
    private static string Words(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Table" : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    private static string Text(System.Collections.Immutable.ImmutableArray<Inline> content) =>
        string.Join(' ', Inlines.PlainText(content).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
