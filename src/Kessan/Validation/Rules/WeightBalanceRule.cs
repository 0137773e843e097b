using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: in a calculation, an item whose balance type (debit or credit) equals the total's has
/// weight +1, and an item whose balance type differs has weight -1 (XBRL 2.1, section 5.2.5.2).
/// </summary>
/// <remarks>
/// A weight that contradicts the balance types almost always means a sign was stored as printed rather
/// than as the concept defines it, or the wrong balance type was declared. Items or totals without a
/// balance type are not checked.
/// </remarks>
public sealed class WeightBalanceRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.WeightBalance;

    /// <inheritdoc/>
    public override string Requirement => "Calculation weights agree with the debit/credit balance types.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var calc in context.Taxonomy.Calculations)
        {
            var total = context.Taxonomy.GetConcept(calc.TotalId);
            if (total.Balance == BalanceType.None)
            {
                continue;
            }
            foreach (var item in calc.Items)
            {
                var concept = context.Taxonomy.GetConcept(item.ConceptId);
                if (concept.Balance == BalanceType.None)
                {
                    continue;
                }
                context.CountCheck(Code);
                var expected = concept.Balance == total.Balance ? 1 : -1;
                if (item.Weight != expected)
                {
                    var b = concept.Balance.ToString().ToLowerInvariant();
                    var tb = total.Balance.ToString().ToLowerInvariant();
                    diagnostics.Error(Code,
                        $"'{item.ConceptId}' ({b}) enters '{calc.TotalId}' ({tb}) with weight {item.Weight:+0;-0}; "
                        + $"a {(expected > 0 ? "same" : "different")} balance type needs weight {expected:+0;-0}.",
                        item.Location);
                }
            }
        }
    }
}
