using Kessan.Layout;

namespace Kessan.Derivation;

/// <summary>Options of a build.</summary>
/// <param name="Rounding">A rounding policy for every table, overriding the layout; null to follow the layout.</param>
public sealed record BuildOptions(RoundingPolicy? Rounding = null);
