using System.Text.RegularExpressions;

namespace Kessan.Document.Assembly;

/// <summary>
/// The inline Markdown literal text of a template may hold: <c>**strong**</c>, <c>*emphasis*</c>, <c>&lt;https://...&gt;</c>
/// and <c>[text](https://...)</c>. Only http, https and mailto addresses make links; any other (<c>javascript:</c>,
/// <c>data:</c>, a relative path) stays the text it is, so that a release never links where a reader cannot see.
/// </summary>
internal static partial class InlineMarkup
{
    /// <summary>The inlines of <paramref name="text"/>: text, with its strong, emphasised and linked spans.</summary>
    public static IEnumerable<Inline> Parse(string text)
    {
        var pos = 0;
        foreach (Match m in Markup().Matches(text))
        {
            if (m.Index > pos)
            {
                yield return new TextInline(text[pos..m.Index]);
            }
            if (m.Groups["strong"].Success)
            {
                yield return new StrongInline([new TextInline(m.Groups["strong"].Value)]);
            }
            else if (m.Groups["em"].Success)
            {
                yield return new EmphasisInline([new TextInline(m.Groups["em"].Value)]);
            }
            else if (m.Groups["ltext"].Success)
            {
                yield return new LinkInline(m.Groups["lurl"].Value, [new TextInline(m.Groups["ltext"].Value)]);
            }
            else
            {
                var url = m.Groups["url"].Value;
                yield return new LinkInline(url, [new TextInline(url)]);
            }
            pos = m.Index + m.Length;
        }
        if (pos < text.Length)
        {
            yield return new TextInline(text[pos..]);
        }
    }

    [GeneratedRegex(@"\*\*(?<strong>[^*]+)\*\*|(?<![*\w])\*(?<em>[^*\s][^*]*)\*(?![*\w])|<(?<url>https?://[^>\s]+)>|\[(?<ltext>[^\[\]]+)\]\((?<lurl>(?:https?://|mailto:)[^()\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
