using System.Collections.Immutable;
using Kessan.Derivation;
using Kessan.Derivation.Figures;
using Kessan.Diagnostics;

namespace Kessan.Document;

/// <summary>The outcome of deriving a release.</summary>
/// <param name="Document">The document model, or null when the layout has errors (or the build was asked for none: <see cref="BuildOptions.Document"/>).</param>
/// <param name="Figures">Every figure, in order of first appearance.</param>
/// <param name="Diagnostics">Problems found while deriving (layout errors, figures that cannot be derived, literal numbers in text).</param>
/// <param name="Sums">Every sum the tables display (declared or inferred), whatever their rounding policy.</param>
public sealed record BuildResult(ReleaseDocument? Document, ImmutableArray<Figure> Figures, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<DisplayedSum> Sums)
{
    /// <summary>True when a diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The charts of the release, resolved to figures, in the layout's order; empty when the layout has none or the build has errors.</summary>
    public ImmutableArray<ReleaseChart> Charts { get; init; } = [];

    /// <summary>The figure with the given id, or null.</summary>
    public Figure? FindFigure(string id) => Figures.FirstOrDefault(f => f.Id == id);

    /// <inheritdoc/>
    public bool Equals(BuildResult? other) =>
        other is not null && Equals(Document, other.Document) && Figures.SequenceEqual(other.Figures)
        && Diagnostics.SequenceEqual(other.Diagnostics) && Sums.SequenceEqual(other.Sums) && Charts.SequenceEqual(other.Charts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Figures.Length, Diagnostics.Length);
}
