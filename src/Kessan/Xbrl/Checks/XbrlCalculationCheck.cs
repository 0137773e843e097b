using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Xbrl.Checks;

/// <summary>The outcome of a calculation check.</summary>
/// <param name="Bindings">The number of summations checked (one per calculation and context and unit in which it binds).</param>
/// <param name="Diagnostics">The inconsistencies found.</param>
public sealed record XbrlCalculationResult(int Bindings, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <inheritdoc/>
    public bool Equals(XbrlCalculationResult? other) => other is not null && Bindings == other.Bindings && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Bindings, Diagnostics.Length);
}

/// <summary>
/// Checks the facts of an XBRL instance against calculation relationships, as XBRL Calculations 1.1 does
/// with round-to-nearest: each numeric fact stands for the interval its <c>decimals</c> allows,
/// [v − ½·10^−d, v + ½·10^−d] (a point for <c>INF</c>); a summation is consistent when the weighted sum of
/// its contributing items' intervals intersects the interval of the total.
/// </summary>
/// <remarks>
/// <para>
/// A calculation binds in every context and unit in which its total has a fact and at least one
/// contributing item has one (contexts and units are compared by what they say, not by id); missing
/// items count as nil, except for a relationship marked <see cref="XbrlCalculation.CompleteOnly"/>, or a
/// total for which <c>missingIsNil</c> says no, which are checked only when every item is reported.
/// Duplicate facts (the same concept, context and unit, as an Inline XBRL document has when it shows a
/// figure twice) stand for the intersection of their intervals; when that is empty they disagree
/// (<see cref="XbrlCodes.InconsistentCalculation"/>). A fact with digits beyond its decimals stands for
/// no interval (<see cref="XbrlCodes.ExcessDigits"/>). Either is reported once, at its facts, and the
/// summations it takes part in are not checked. Nil and non-numeric facts take no part.
/// </para>
/// <para>Messages carry no figures; the detail of a diagnostic does. Thread-safe.</para>
/// </remarks>
public static class XbrlCalculationCheck
{
    /// <summary>Checks <paramref name="instance"/> against <paramref name="calculations"/>.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="calculations">The relationships.</param>
    /// <param name="missingIsNil">Whether a missing item of the summation of a total fact counts as nil; null: always (Calculations 1.1).</param>
    public static XbrlCalculationResult Check(XbrlInstance instance, IEnumerable<XbrlCalculation> calculations, Func<XbrlFact, bool>? missingIsNil = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(calculations);
        return XbrlCalculationFacts.Of(instance).Check(calculations, missingIsNil);
    }
}
