using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Kessan.Rendering.Excel;

/// <summary>
/// Worksheet names that Excel accepts: 1 to 31 characters, none of <c>[ ] : * ? / \</c>, no apostrophe at
/// either end, not the reserved <c>History</c>, and unique within the workbook ignoring case.
/// </summary>
/// <remarks>
/// A table's sheet is named after its title when the whole title fits, else after its id when that fits
/// (ids are short and distinct: <c>income-statement</c>), else after the title cut at a word. A name
/// already taken is tried as the id, and then numbered: <c>Operating Results Summary (2)</c>. Stateless
/// and thread-safe.
/// </remarks>
public static class SheetNames
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

    /// <summary>
    /// Names for sheets in order, each from its title and id (either may be empty), none equal ignoring
    /// case to another or to a <paramref name="reserved"/> name.
    /// </summary>
    public static ImmutableArray<string> Assign(IEnumerable<(string Title, string Id)> sheets, IEnumerable<string> reserved)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(reserved);
        var used = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var (title, id) in sheets)
        {
            var cleanTitle = Clean(title);
            var cleanId = Clean(id);
            var candidates = new[]
            {
                cleanTitle.Length <= MaxLength ? cleanTitle : "",
                cleanId.Length <= MaxLength ? cleanId : "",
                Fit(cleanTitle),
                Fit(cleanId),
            }.Where(IsValid).ToList();
            var name = candidates.FirstOrDefault(c => !used.Contains(c));
            if (name is null)
            {
                var stem = candidates.FirstOrDefault() ?? "Table";
                for (var n = 2; name is null; n++)
                {
                    var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                    var candidate = Cut(stem, MaxLength - suffix.Length).TrimEnd() + suffix;
                    if (!used.Contains(candidate))
                    {
                        name = candidate;
                    }
                }
            }
            used.Add(name);
            names.Add(name);
        }
        return names.ToImmutable();
    }

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

    /// <summary>Clean text cut to <see cref="MaxLength"/>: at the last space when one is far enough in, without trailing punctuation.</summary>
    private static string Fit(string clean)
    {
        if (clean.Length <= MaxLength)
        {
            return clean;
        }
        var cut = Cut(clean, MaxLength);
        var space = cut.LastIndexOf(' ');
        if (space >= MaxLength / 2 && clean[cut.Length] != ' ')
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
