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

/// <summary>A statement's extended link role: where its presentation and calculation links are.</summary>
/// <param name="StatementId">The statement's id in the package.</param>
/// <param name="Title">Its title (the role's definition).</param>
/// <param name="Role">The role's URI: the company namespace, <c>/role/</c> and the statement id.</param>
/// <param name="Heading">The abstract element at the head of its presentation.</param>
/// <param name="Concepts">The elements of its concepts, in the order the package defines them.</param>
public sealed record XbrlStatementRole(string StatementId, string Title, string Role, XName Heading, ImmutableArray<XName> Concepts)
{
    /// <inheritdoc/>
    public bool Equals(XbrlStatementRole? other) => other is not null && StatementId == other.StatementId && Title == other.Title
        && Role == other.Role && Heading == other.Heading && Concepts.SequenceEqual(other.Concepts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StatementId, Role, Concepts.Length);
}

/// <summary>The calculations of one extended link role of the calculation linkbase.</summary>
/// <param name="Role">The role's URI.</param>
/// <param name="Title">What the role holds (its definition).</param>
/// <param name="Calculations">Its relationships; at most one per total (Calculations 1.1 adds up every item of a total in a role).</param>
public sealed record XbrlCalculationNetwork(string Role, string Title, ImmutableArray<XbrlCalculation> Calculations)
{
    /// <inheritdoc/>
    public bool Equals(XbrlCalculationNetwork? other) => other is not null && Role == other.Role && Title == other.Title
        && Calculations.SequenceEqual(other.Calculations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Role, Calculations.Length);
}
