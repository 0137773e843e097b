using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: a fact (a concept for one period, dimension set, unit and status) reported in several
/// places has one value: every report agrees with the others after rounding to the least precise of them.
/// </summary>
/// <remarks>
/// Net income, cash and total equity appear in several statements; a disagreement there is reported by
/// the tie-out rule that owns it (<see cref="IConflictClaimant"/>). Every other disagreement is reported
/// here, once per conflicting report, at the report that differs from the first.
/// </remarks>
public sealed class ConflictingFactsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.ConflictingFacts;

    /// <inheritdoc/>
    public override string Requirement => "A fact reported in several places has one value.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var fact in context.Facts.All.Where(f => f.Reports.Length > 1))
        {
            context.CountCheck(Code);
        }
        foreach (var conflict in context.Facts.Conflicts)
        {
            if (context.IsClaimed(conflict))
            {
                continue;
            }
            var first = conflict.Reports[0];
            var unit = context.Taxonomy.FindUnit(conflict.Key.UnitId)!;
            foreach (var other in FactSet.DisagreeingWith(conflict.Reports, first))
            {
                var k = conflict.Key;
                diagnostics.Error(Code,
                    $"{context.Describe(k.ConceptId, k.Period, k.Dimensions, k.Status)} is reported here with a value that differs from {first.Source}.",
                    other.Source,
                    detail: $"here {ValidationContext.Figure(other.Value, unit, other.Precision)}; at {first.Source} {ValidationContext.Figure(first.Value, unit, first.Precision)}.",
                    related: [first.Source]);
            }
        }
    }
}
