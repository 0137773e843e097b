using System.Collections.Immutable;
using Kessan.Utility;

namespace Kessan.Xbrl.Inline;

/// <summary>Options of the Inline XBRL output. Equal when every option is equal, the charts compared by content.</summary>
/// <param name="Language">The document's language (<c>xml:lang</c>).</param>
/// <param name="Footer">Text printed at the foot of every page, or null.</param>
/// <param name="Charts">SVG charts to embed, by the id of the section they follow; empty for none.</param>
public sealed record InlineXbrlOptions(string Language = "en", string? Footer = null, ImmutableDictionary<string, string>? Charts = null)
{
    /// <inheritdoc />
    public bool Equals(InlineXbrlOptions? other) =>
        other is not null && Language == other.Language && Footer == other.Footer && ContentEquality.Same(Charts, other.Charts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Language, Footer, ContentEquality.HashOf(Charts));
}
