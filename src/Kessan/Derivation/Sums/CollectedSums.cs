using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Diagnostics;

namespace Kessan.Derivation.Sums;

/// <summary>Every sum the tables display, and what collecting them found wrong.</summary>
/// <param name="Sums">The sums, table by table in planning order.</param>
/// <param name="Diagnostics">Declared sums that name no row or do not hold on the exact values.</param>
/// <remarks>Immutable.</remarks>
internal sealed record CollectedSums(ImmutableArray<CheckedSum> Sums, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The sums as the build reports them.</summary>
    public ImmutableArray<DisplayedSum> Displayed(ImmutableArray<Figure> figures) => [.. Sums.Select(s => s.ToDisplayed(figures))];
}
