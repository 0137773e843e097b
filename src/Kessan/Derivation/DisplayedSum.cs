using System.Collections.Immutable;

namespace Kessan.Derivation;

/// <summary>A sum a table displays: the weighted sum of the terms' displayed values is zero (the total has weight -1).</summary>
/// <param name="TableId">The table.</param>
/// <param name="Footed">True when the table's rounding is footed.</param>
/// <param name="Terms">Figure ids and weights.</param>
/// <param name="Description">The sum as a reader sees it.</param>
public sealed record DisplayedSum(string TableId, bool Footed, ImmutableArray<(string FigureId, int Weight)> Terms, string Description)
{
    /// <inheritdoc/>
    public bool Equals(DisplayedSum? other) => other is not null && TableId == other.TableId && Footed == other.Footed
        && Description == other.Description && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TableId, Description, Terms.Length);
}
