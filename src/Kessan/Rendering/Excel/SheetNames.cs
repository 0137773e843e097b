using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Kessan.Rendering.Excel;

/// <summary>
/// Worksheet names that Excel accepts: 1 to 31 characters, none of <c>[ ] : * ? / \</c>, no apostrophe at
/// either end, not the reserved <c>History</c>, and unique within the workbook ignoring case.
/// </summary>
/// <remarks>
/// One rule: a sheet is named after its title, shortened readably when it is longer than Excel allows: parenthesised
/// parts dropped ("(Unaudited)"), then long words abbreviated ("Consolidated": "Consol."), then cut at a word. A
/// name already taken is numbered: <c>Consolidated Balance Sheets (2)</c>. Stateless and thread-safe.
/// </remarks>
public static partial class SheetNames
{
    /// <summary>The longest name Excel accepts, in UTF-16 code units.</summary>
    public const int MaxLength = 31;

    private const string Forbidden = "[]:*?/\\";

    /// <summary>True when Excel accepts <paramref name="name"/> as a sheet name (uniqueness aside).</summary>
    public static bool IsValid(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length is > 0 and <= MaxLength
            && name.IndexOfAny(Forbidden.ToCharArray()) < 0
            && name[0] != '\'' && name[^1] != '\''
            && !name.Any(char.IsControl)
            && !string.Equals(name, "History", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Names for sheets in order, each from its title, none equal ignoring case to another or to a <paramref name="reserved"/> name.</summary>
    public static ImmutableArray<string> Assign(IEnumerable<string> titles, IEnumerable<string> reserved)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(reserved);
        var used = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var title in titles)
        {
            var clean = Clean(title);
            var stem = Shorten(clean, MaxLength);
            stem = IsValid(stem) ? stem : "Table";
            var name = used.Contains(stem) ? null : stem;
            for (var n = 2; name is null; n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                var numbered = Shorten(clean, MaxLength - suffix.Length);
                var candidate = (IsValid(numbered) ? numbered : "Table") + suffix;
                if (!used.Contains(candidate))
                {
                    name = candidate;
                }
            }
            used.Add(name);
            names.Add(name);
        }
        return names.ToImmutable();
    }

    /// <summary>
    /// A clean title made to fit <paramref name="length"/>: parenthesised parts dropped, then long words abbreviated,
    /// then small words left out, then cut at a word; never ending in a small word or punctuation.
    /// </summary>
    public static string Shorten(string clean, int length)
    {
        ArgumentNullException.ThrowIfNull(clean);
        if (clean.Length <= length)
        {
            return clean;
        }
        var bare = Clean(Parenthesised().Replace(clean, " "));
        var words = (bare.Length > 0 ? bare : clean).Split(' ').ToList();
        foreach (var step in new Func<List<string>, List<string>>[]
        {
            w => w,
            w => [.. w.Select(x => Abbreviations.TryGetValue(x, out var a) ? a : x)],
            w => [.. w.Where((x, i) => i == 0 || !SmallWords.Contains(x))],
        })
        {
            words = step(words);
            if (string.Join(' ', words) is var joined && joined.Length <= length)
            {
                return joined;
            }
        }
        var cut = Fit(string.Join(' ', words), length).Split(' ').ToList();
        while (cut.Count > 1 && SmallWords.Contains(cut[^1]))
        {
            cut.RemoveAt(cut.Count - 1);
        }
        return string.Join(' ', cut);
    }

    /// <summary>Words a shortened name can do without.</summary>
    private static readonly HashSet<string> SmallWords = new(["of", "for", "and", "the", "to", "in", "on", "by", "&"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of statement titles that are long and have a usual short form.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Consolidated"] = "Consol.",
        ["Statements"] = "Stmts",
        ["Statement"] = "Stmt",
        ["Comprehensive"] = "Compr.",
        ["Shareholders'"] = "Sh.",
        ["Quarterly"] = "Q.",
        ["Information"] = "Info",
        ["Connectivity"] = "Conn.",
        ["Financial"] = "Fin.",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]*\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Parenthesised();

    /// <summary>The text with forbidden characters and control characters made spaces, runs of spaces made one, and no apostrophe or space at either end.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var keep = Forbidden.Contains(c, StringComparison.Ordinal) || char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c;
            if (keep == ' ' && (result.Length == 0 || result[^1] == ' '))
            {
                continue;
            }
            result.Append(keep);
        }
        var cleaned = result.ToString().Trim(' ', '\'').Trim();
        return string.Equals(cleaned, "History", StringComparison.OrdinalIgnoreCase) ? "" : cleaned;
    }

    /// <summary>Clean text cut to <paramref name="length"/>: at the last space when one is far enough in, without trailing punctuation.</summary>
    private static string Fit(string clean, int length)
    {
        if (clean.Length <= length)
        {
            return clean;
        }
        var cut = Cut(clean, length);
        var space = cut.LastIndexOf(' ');
        if (space >= length / 2 && clean[cut.Length] != ' ')
        {
            cut = cut[..space];
        }
        return cut.TrimEnd(' ', ',', ';', '-', '(', '&', '\'', '.');
    }

    /// <summary>The first <paramref name="length"/> code units, one fewer when that would split a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
