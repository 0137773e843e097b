using System.Collections.Immutable;
using System.Text;
using Kessan.Rendering;
using Kessan.Xbrl.Writing;

namespace Kessan.Xbrl.Inline;

/// <summary><c>release.ixbrl.html</c>: the HTML release as an Inline XBRL 1.1 document.</summary>
public sealed class IxbrlFormat : IDependentOutputFormat
{
    /// <inheritdoc/>
    public string Name => "ixbrl";

    /// <inheritdoc/>
    public string FileName => "release.ixbrl.html";

    /// <inheritdoc/>
    public string Description => "the release as Inline XBRL 1.1 (XHTML): every figure that shows a fact tagged with its element, context, unit and precision";

    /// <inheritdoc/>
    public int Weight => 7;

    /// <inheritdoc/>
    public ImmutableArray<string> Requires => [XbrlSchemaFormat.FormatName];

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return XbrlVocabulary.For(output.Package).Problem;
    }

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var options = new InlineXbrlOptions(Footer: output.Footer, Charts: output.Charts);
        return Encoding.UTF8.GetBytes(InlineXbrlRenderer.Render(output.Package, output.Build, options));
    }
}
