using System.Collections.Immutable;
using System.Xml.Linq;

namespace Kessan.Xbrl;

/// <summary>The measures of a unit: numerators, and denominators for a divide.</summary>
/// <param name="Id">The unit's id in XBRL documents.</param>
/// <param name="Numerators">The measures, or the numerator's.</param>
/// <param name="Denominators">The denominator's measures; empty unless the unit divides.</param>
public sealed record XbrlUnitMeasures(string Id, ImmutableArray<XName> Numerators, ImmutableArray<XName> Denominators)
{
    /// <inheritdoc/>
    public bool Equals(XbrlUnitMeasures? other) =>
        other is not null && Id == other.Id && Numerators.SequenceEqual(other.Numerators) && Denominators.SequenceEqual(other.Denominators);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Numerators.Length, Denominators.Length);
}
