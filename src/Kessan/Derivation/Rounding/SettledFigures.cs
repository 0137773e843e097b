using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Diagnostics;

namespace Kessan.Derivation.Rounding;

/// <summary>The figures with rounding settled, and what footing could not do as asked.</summary>
/// <param name="Figures">Every figure, in the plan's order, with its footing adjustment when it was moved.</param>
/// <param name="Diagnostics">Groups of sums footing could not make hold, or could not prove it moved the fewest figures for.</param>
/// <remarks>Immutable.</remarks>
internal sealed record SettledFigures(ImmutableArray<Figure> Figures, ImmutableArray<Diagnostic> Diagnostics);
