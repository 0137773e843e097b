using System.Collections.Immutable;
using System.Xml.Linq;

namespace Kessan.Xbrl;

/// <summary>An explicit dimension of a hypercube: its domain, the members a context may give it, and its default.</summary>
/// <param name="Dimension">The dimension (an axis).</param>
/// <param name="Domain">The head of its domain (not usable in a context: it is the default).</param>
/// <param name="Members">The members a context may give the dimension.</param>
/// <param name="Default">The dimension's default (a context without the dimension stands for it), or null.</param>
public sealed record XbrlDimension(XName Dimension, XName Domain, ImmutableArray<XName> Members, XName? Default)
{
    /// <inheritdoc/>
    public bool Equals(XbrlDimension? other) =>
        other is not null && Dimension == other.Dimension && Domain == other.Domain && Default == other.Default && Members.SequenceEqual(other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dimension, Domain, Members.Length);
}

/// <summary>
/// A closed hypercube on the context's segment, joined to its primary items by an <c>all</c> relationship in
/// its own extended link role, as a definition linkbase states it (XBRL Dimensions 1.0).
/// </summary>
/// <param name="Table">The hypercube element.</param>
/// <param name="Role">The extended link role of its relationships.</param>
/// <param name="PrimaryItems">The concepts whose facts it constrains.</param>
/// <param name="Dimensions">Its dimensions.</param>
public sealed record XbrlHypercube(XName Table, string Role, ImmutableArray<XName> PrimaryItems, ImmutableArray<XbrlDimension> Dimensions)
{
    /// <inheritdoc/>
    public bool Equals(XbrlHypercube? other) =>
        other is not null && Table == other.Table && Role == other.Role && PrimaryItems.SequenceEqual(other.PrimaryItems) && Dimensions.SequenceEqual(other.Dimensions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Table, Role, PrimaryItems.Length, Dimensions.Length);
}
