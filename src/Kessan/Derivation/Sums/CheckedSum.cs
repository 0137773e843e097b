using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Diagnostics;

namespace Kessan.Derivation.Sums;

/// <summary>
/// A sum a table displays, checked on the exact values: the weighted sum of the terms is zero (the total has
/// weight -1). Its terms are figures of the plan, by index.
/// </summary>
/// <param name="TableId">The table that displays it.</param>
/// <param name="Footed">True when the table's rounding is footed, so the sum must hold as displayed.</param>
/// <param name="Terms">Figure indexes and weights, the total first.</param>
/// <param name="Description">The sum as a reader sees it.</param>
/// <param name="Location">Where the layout declares it (or the row that implies it).</param>
/// <remarks>Immutable.</remarks>
internal sealed record CheckedSum(string TableId, bool Footed, ImmutableArray<(int Figure, int Weight)> Terms, string Description, SourceLocation Location)
{
    /// <summary>The sum as the build reports it: its terms named by figure id.</summary>
    public DisplayedSum ToDisplayed(ImmutableArray<Figure> figures) =>
        new(TableId, Footed, [.. Terms.Select(t => (figures[t.Figure].Id, t.Weight))], Description);
}
