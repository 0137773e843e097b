using Kessan.Layout;

namespace Kessan.Derivation;

/// <summary>Options of a build.</summary>
/// <param name="Rounding">A rounding policy for every table, overriding the layout; null to follow the layout.</param>
/// <param name="Document">
/// Whether to assemble the document model the renderers read. Assembling it reports nothing, so <c>kessan check</c>,
/// which renders nothing, goes without: every figure is still derived, rounded and footed, and every chart resolved.
/// </param>
public sealed record BuildOptions(RoundingPolicy? Rounding = null, bool Document = true);
