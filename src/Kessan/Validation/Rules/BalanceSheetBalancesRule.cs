using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: at every balance-sheet date, total assets equal total liabilities and equity, within rounding.
/// </summary>
/// <remarks>Uses the concepts with the roles <c>assets</c> and <c>liabilities-and-equity</c>.</remarks>
public sealed class BalanceSheetBalancesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.BalanceSheetBalances;

    /// <inheritdoc/>
    public override string Requirement => "Assets = liabilities + equity at every balance-sheet date.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var assets = context.Taxonomy.FindByRole(ConceptRole.Assets);
        var other = context.Taxonomy.FindByRole(ConceptRole.LiabilitiesAndEquity);
        if (assets is null || other is null)
        {
            return;
        }
        foreach (var a in context.Facts.ForConcept(assets.Id))
        {
            var le = context.FindLike(other.Id, a);
            if (le is null)
            {
                continue;
            }
            context.CountCheck(Code);
            var tolerance = context.ToleranceFor([a, le]);
            if (!tolerance.IntervalOf(a).Intersects(tolerance.IntervalOf(le)))
            {
                diagnostics.Error(Code,
                    $"The balance sheet does not balance at {context.Package.Calendar.NameOf(a.Period)}: {context.Describe(a)} differs from {context.Describe(le)}.",
                    le.Source,
                    detail: $"assets {ValidationContext.Figure(a)}; liabilities and equity {ValidationContext.Figure(le)}.",
                    related: [a.Source]);
            }
        }
    }
}
