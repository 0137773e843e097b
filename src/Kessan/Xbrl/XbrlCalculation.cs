using System.Collections.Immutable;
using System.Xml.Linq;

namespace Kessan.Xbrl;

/// <summary>A contributing item of a calculation over XBRL concepts.</summary>
/// <param name="Concept">The item's concept.</param>
/// <param name="Weight">Its weight: +1 or -1.</param>
public sealed record XbrlCalculationItem(XName Concept, int Weight);

/// <summary>
/// A calculation relationship over XBRL concepts (a summation and its contributing items), as a calculation
/// linkbase states it. <see cref="CompleteOnly"/> marks a relationship whose items may be undisclosed: it is
/// checked only where every item is reported.
/// </summary>
/// <param name="Total">The summation concept.</param>
/// <param name="Items">The contributing items.</param>
/// <param name="CompleteOnly">True when a missing item is unknown rather than nil.</param>
public sealed record XbrlCalculation(XName Total, ImmutableArray<XbrlCalculationItem> Items, bool CompleteOnly)
{
    /// <inheritdoc/>
    public bool Equals(XbrlCalculation? other) =>
        other is not null && Total == other.Total && CompleteOnly == other.CompleteOnly && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, Items.Length, CompleteOnly);
}
