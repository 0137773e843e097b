using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kessan.Tests.Rendering.Html;

/// <summary>
/// Reads the HTML the renderer writes as XML, which proves it well-formed: every element closed in order,
/// every attribute quoted, every entity valid. The only HTML-specific forms are the doctype and void
/// elements such as <c>&lt;meta&gt;</c>, which are made XML before parsing.
/// </summary>
internal static partial class HtmlDocument
{
    public const string Doctype = "<!DOCTYPE html>\n";

    /// <summary>Parses a standalone page; fails when it does not start with the HTML5 doctype or is not well formed.</summary>
    public static XElement Parse(string html)
    {
        html.ShouldStartWith(Doctype);
        var xml = VoidElement().Replace(html[Doctype.Length..], m => m.Value.EndsWith("/>", StringComparison.Ordinal) ? m.Value : m.Value[..^1] + "/>");
        return XDocument.Parse(xml, LoadOptions.None).Root!;
    }

    /// <summary>Every element with the given name, in document order.</summary>
    public static IEnumerable<XElement> All(this XElement root, string name) => root.DescendantsAndSelf(name);

    /// <summary>The space-separated classes of an element.</summary>
    public static string[] Classes(this XElement e) => ((string?)e.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("<(?:meta|br|hr|img|link|input|col|wbr)\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex VoidElement();
}
