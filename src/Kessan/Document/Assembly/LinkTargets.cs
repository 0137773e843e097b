using System.Globalization;
using System.Text;

namespace Kessan.Document.Assembly;

/// <summary>Which link targets a release may carry: http, https and mailto, with the characters that could end or break an address in any format percent-encoded.</summary>
internal static class LinkTargets
{
    /// <summary>The address as a release writes it, or null if a release may not link to it.</summary>
    public static string? Allowed(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Contains(InlineMarkup.Hole, StringComparison.Ordinal))
        {
            return null;
        }
        var scheme = url.IndexOf(':', StringComparison.Ordinal);
        if (scheme <= 0 || url[..scheme].ToLowerInvariant() is not ("http" or "https" or "mailto"))
        {
            return null;
        }
        if (url[..scheme].ToLowerInvariant() != "mailto" && !url[(scheme + 1)..].StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var sb = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '\'' or '`' or '\\' or '{' or '}' or '|' or '^' or '\u007f')
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
