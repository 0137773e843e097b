using System.Collections.Immutable;
using Kessan.Utility;

namespace Kessan.Rendering.Html;

/// <summary>Options of the HTML output. Equal when every option is equal, the charts compared by content.</summary>
/// <param name="Language">The document's language (<c>lang</c>).</param>
/// <param name="Footer">Text printed at the foot of every page (the company and the release), or null.</param>
/// <param name="Charts">SVG charts to embed, by the id of the section they follow; empty for none.</param>
public sealed record HtmlOptions(string Language = "en", string? Footer = null, ImmutableDictionary<string, string>? Charts = null)
{
    /// <summary>
    /// True (the default) to name figures, tables and rows in <c>data-figure</c>, <c>data-table</c> and
    /// <c>data-row</c> attributes; false for XHTML 1.1, which has no <c>data-</c> attributes.
    /// </summary>
    public bool DataAttributes { get; init; } = true;

    /// <inheritdoc />
    public bool Equals(HtmlOptions? other) =>
        other is not null && Language == other.Language && Footer == other.Footer && DataAttributes == other.DataAttributes
        && ContentEquality.Same(Charts, other.Charts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Language, Footer, DataAttributes, ContentEquality.HashOf(Charts));
}
