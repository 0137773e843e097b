namespace Kessan.Model;

/// <summary>
/// Namespace prefixes the XBRL files Kessan writes use for namespaces other than the company's: a company's
/// <c>xbrl_prefix</c> may not be one of them, nor start with <c>xml</c> (reserved by XML Namespaces).
/// </summary>
public static class XbrlPrefixes
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "xbrli", "link", "xlink", "xbrldi", "xbrldt", "iso4217", "ix", "ixt", "ixt-sec", "xs", "xsi", "us-gaap", "dei", "srt", "html",
    };

    /// <summary>True when <paramref name="prefix"/> is taken by another namespace.</summary>
    public static bool IsReserved(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Reserved.Contains(prefix) || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
    }
}
