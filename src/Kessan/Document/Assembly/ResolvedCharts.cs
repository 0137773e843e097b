using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Document.Assembly;

/// <summary>The charts of a release, resolved to figures, and what resolving them found.</summary>
/// <param name="Charts">The charts, in the layout's order.</param>
/// <param name="Diagnostics">Waterfalls whose bars do not add up as displayed.</param>
/// <remarks>Immutable.</remarks>
internal sealed record ResolvedCharts(ImmutableArray<ReleaseChart> Charts, ImmutableArray<Diagnostic> Diagnostics);
