namespace Kessan.Xbrl.Inline;

/// <summary>Options of the Inline XBRL output.</summary>
/// <param name="Language">The document's language (<c>xml:lang</c>).</param>
/// <param name="Footer">Text printed at the foot of every page, or null.</param>
/// <param name="Charts">SVG charts to embed, by the id of the section they follow; empty for none.</param>
public sealed record InlineXbrlOptions(string Language = "en", string? Footer = null, IReadOnlyDictionary<string, string>? Charts = null);
