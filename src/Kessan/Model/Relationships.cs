using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>A concept with a weight of +1 or -1, as it enters a sum.</summary>
/// <param name="ConceptId">The concept.</param>
/// <param name="Weight">+1 or -1.</param>
/// <param name="Location">Where the item is written.</param>
public sealed record WeightedConcept(string ConceptId, int Weight, SourceLocation Location)
{
    /// <summary>Formats as written in a package: <c>Revenues</c> or <c>-InterestExpense</c>.</summary>
    public override string ToString() => (Weight < 0 ? "-" : "") + ConceptId;
}

/// <summary>What an item of a sum that has no fact counts as.</summary>
public enum MissingItems
{
    /// <summary>As in XBRL: an item without a fact counts as zero, so a statement may leave nil lines out
    /// (the default). The sum is checked when the total and at least one item are reported.</summary>
    Nil = 0,

    /// <summary>An item without a fact is unknown: the sum is checked only when every item is reported.
    /// For breakdowns that are disclosed for some periods only.</summary>
    Unknown = 1,
}

/// <summary>
/// A calculation: a total equals the weighted sum of its items, for every period, dimension set, unit
/// and status in which the total is reported. A concept may be an item of several totals.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record CalculationRelationship
{
    /// <summary>The total.</summary>
    public required string TotalId { get; init; }

    /// <summary>The items and their weights.</summary>
    public required ImmutableArray<WeightedConcept> Items { get; init; }

    /// <summary>How missing items count.</summary>
    public MissingItems MissingItems { get; init; }

    /// <summary>Where the relationship is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <inheritdoc/>
    public bool Equals(CalculationRelationship? other) =>
        other is not null && TotalId == other.TotalId && Items.SequenceEqual(other.Items)
        && MissingItems == other.MissingItems && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TotalId, Items.Length, MissingItems, Location);
}

/// <summary>
/// A roll-forward: for a duration, the closing balance of an instant concept equals its opening balance
/// plus the weighted changes reported for the duration (cash: opening cash + net change = closing cash;
/// equity: opening balance + each movement = closing balance, per equity component).
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record RollForward
{
    /// <summary>The balance (an instant concept).</summary>
    public required string BalanceId { get; init; }

    /// <summary>The changes (duration concepts), with weights; empty means the balance must not change.</summary>
    public required ImmutableArray<WeightedConcept> Changes { get; init; }

    /// <summary>Where the roll-forward is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <inheritdoc/>
    public bool Equals(RollForward? other) =>
        other is not null && BalanceId == other.BalanceId && Changes.SequenceEqual(other.Changes) && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(BalanceId, Changes.Length, Location);
}
