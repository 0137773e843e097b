using System.Text;
using System.Text.RegularExpressions;

namespace Kessan.Rendering.Html;

/// <summary>
/// Writes the plain text of the release as HTML: escaped, with web addresses (<c>http://</c>, <c>https://</c>,
/// <c>www.</c>) and e-mail addresses made links, and footnote marks written as Unicode superscript digits
/// (¹ ² ³ ⁴ ⁵) set as <c>&lt;sup class="fn"&gt;</c> with ordinary digits, so that every mark is drawn in the text's
/// own font (no font has all of them in the same design, and a fallback font would set some marks differently).
/// Nothing of the text becomes markup but these two: a link's address is escaped and only http, https and mailto
/// links are made.
/// </summary>
internal static partial class PlainTextMarkup
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The text as HTML; with <paramref name="links"/> false (text that is already a link's) no links are made.</summary>
    public static string ToHtml(string text, bool links = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!links)
        {
            var marked = new StringBuilder(text.Length);
            WriteMarks(marked, text);
            return marked.ToString();
        }
        if (!MayHoldMarkup(text))
        {
            return HtmlRenderer.Encode(text);
        }
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (Match m in Address().Matches(text))
        {
            WriteMarks(html, text[at..m.Index]);
            // Punctuation that ends a sentence or a parenthesis is not part of the address.
            var address = m.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?', '\'');
            var href = address.Contains('@', StringComparison.Ordinal) && !address.Contains("://", StringComparison.Ordinal) ? "mailto:" + address
                : address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + address : address;
            html.Append("<a href=\"").Append(HtmlRenderer.Encode(href)).Append("\">");
            WriteMarks(html, address);
            html.Append("</a>");
            at = m.Index + address.Length;
        }
        WriteMarks(html, text[at..]);
        return html.ToString();
    }

    private static bool MayHoldMarkup(string text) =>
        text.AsSpan().IndexOfAny(Superscripts) >= 0 || text.Contains('@', StringComparison.Ordinal)
        || text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes <paramref name="text"/> escaped, its runs of superscript digits as <c>sup</c> elements.</summary>
    private static void WriteMarks(StringBuilder html, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && Superscripts.IndexOf(text[i], StringComparison.Ordinal) < 0)
            {
                i++;
            }
            html.Append(HtmlRenderer.Encode(text[start..i]));
            if (i == text.Length)
            {
                break;
            }
            html.Append("<sup class=\"fn\">");
            while (i < text.Length && Superscripts.IndexOf(text[i], StringComparison.Ordinal) is var digit and >= 0)
            {
                html.Append((char)('0' + digit));
                i++;
            }
            html.Append("</sup>");
        }
    }

    /// <summary>A web address (with its scheme, or starting www.) or an e-mail address, in running text.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[A-Za-z0-9\-._~%/?#\[\]@!$&'*+,;=:]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
