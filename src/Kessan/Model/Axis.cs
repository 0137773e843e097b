using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>A member of an axis: one segment, brand, service or equity component.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record AxisMember
{
    /// <summary>Identifier unique within its axis.</summary>
    public required string Id { get; init; }

    /// <summary>Label for readers.</summary>
    public required string Label { get; init; }

    /// <summary>
    /// For a member of an equity-component axis: the balance-sheet concept whose balance this component
    /// is (for example <c>AdditionalPaidInCapital</c>); null otherwise.
    /// </summary>
    public string? BalanceConceptId { get; init; }

    /// <summary>+1, or -1 when the balance-sheet concept is shown as a deduction (treasury stock).</summary>
    public int BalanceWeight { get; init; } = 1;

    /// <summary>Where the member is defined.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>
/// A dimension along which facts are broken down: segments, brands, services, equity components.
/// </summary>
/// <remarks>Immutable; equality by value (members compared element by element).</remarks>
public sealed record Axis
{
    /// <summary>Package-unique identifier, e.g. <c>Segment</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Label for readers.</summary>
    public required string Label { get; init; }

    /// <summary>The members, in presentation order.</summary>
    public required ImmutableArray<AxisMember> Members { get; init; }

    /// <summary>
    /// True when the members are exhaustive: a fact without this axis equals the sum of the same fact on
    /// each member. False when the total includes amounts no member carries (segment eliminations).
    /// </summary>
    public bool Aggregates { get; init; }

    /// <summary>Where the axis is defined.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The member with the given id, or null.</summary>
    public AxisMember? FindMember(string id)
    {
        foreach (var m in Members)
        {
            if (m.Id == id)
            {
                return m;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Axis? other) =>
        other is not null && Id == other.Id && Label == other.Label && Members.SequenceEqual(other.Members)
        && Aggregates == other.Aggregates && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Label, Members.Length, Aggregates);
}
