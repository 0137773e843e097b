using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: a fact of a concept declared <c>non-negative</c> is zero or positive, and one declared
/// <c>non-positive</c> is zero or negative.
/// </summary>
/// <remarks>
/// Values are stored as the concept defines them, not as a statement prints them: a payment, an expense
/// or a loss is a positive amount of the concept that names it, and calculation weights subtract it. A
/// negative payment therefore means a sign was copied as printed.
/// </remarks>
public sealed class SignConventionRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.SignConvention;

    /// <inheritdoc/>
    public override string Requirement => "Values have the sign their concept allows.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var fact in context.Facts.All)
        {
            var concept = context.Taxonomy.GetConcept(fact.ConceptId);
            if (concept.Sign == SignConstraint.Any)
            {
                continue;
            }
            context.CountCheck(Code);
            if (concept.Sign == SignConstraint.NonNegative && fact.Value < 0)
            {
                diagnostics.Error(Code,
                    $"{context.Describe(fact)} is negative, but '{concept.Label}' is never negative; store it as a positive amount (calculations subtract it where needed).",
                    fact.Source,
                    detail: $"value {ValidationContext.Figure(fact)}.");
            }
            else if (concept.Sign == SignConstraint.NonPositive && fact.Value > 0)
            {
                diagnostics.Error(Code,
                    $"{context.Describe(fact)} is positive, but '{concept.Label}' is never positive.",
                    fact.Source,
                    detail: $"value {ValidationContext.Figure(fact)}.");
            }
        }
    }
}
