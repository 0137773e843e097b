using System.Text.RegularExpressions;

namespace Kessan.Diagnostics;

/// <summary>
/// How a message names text it found in a package: a name (it has a letter and is short: a concept, a column, a
/// period name) or a date written as one (2013-03-31, or a range of two) is quoted; anything else (a figure typed where a name belongs, a long text) is not, since
/// unreleased figures never appear in messages: the message says what kind of text it was, and the text goes
/// into the diagnostic's detail, which <c>--show-figures</c> prints.
/// </summary>
public static partial class Quoting
{
    /// <summary>The longest text quoted in a message.</summary>
    public const int MaxQuoted = 60;

    /// <summary>True when <paramref name="text"/> may be quoted in a message.</summary>
    public static bool IsName(string text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= MaxQuoted && (text.Any(char.IsAsciiLetter) || DateLike().IsMatch(text));

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(\.\.[0-9]{4}-[0-9]{2}-[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    /// <summary><c>'text'</c> for a name, else <paramref name="instead"/> (such as "this header").</summary>
    public static string NameOr(string text, string instead) => IsName(text) ? "'" + text + "'" : instead;

    /// <summary>The detail to attach: null for a name (the message quotes it), else the text itself.</summary>
    public static string? DetailUnlessName(string text) => IsName(text) ? null : text;
}
