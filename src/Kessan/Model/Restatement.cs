using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>
/// A comparative the package states differently from the release that first published it, declared on purpose
/// (<c>restatements:</c> in package.yaml): the release's notes list it as restated, and the store's check accepts the
/// difference instead of warning of it.
/// </summary>
/// <param name="ConceptId">The concept.</param>
/// <param name="Period">The period restated.</param>
/// <param name="Dimensions">The dimensions; empty for the total.</param>
/// <param name="Reason">Why, as the notes print it.</param>
/// <param name="Location">Where package.yaml declares it.</param>
public sealed record Restatement(string ConceptId, Period Period, DimensionSet Dimensions, string Reason, SourceLocation Location);
