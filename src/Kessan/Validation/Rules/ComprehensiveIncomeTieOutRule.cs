using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: total comprehensive income equals net income plus other comprehensive income, net of tax,
/// for every period, in total and for every equity component where comprehensive income is reported.
/// </summary>
/// <remarks>
/// Uses the concepts with the roles <c>comprehensive-income</c>, <c>net-income</c> and
/// <c>other-comprehensive-income</c>. A missing net income or other comprehensive income in a context
/// counts as nil; a context where neither is reported is not checked.
/// </remarks>
public sealed class ComprehensiveIncomeTieOutRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.ComprehensiveIncomeTieOut;

    /// <inheritdoc/>
    public override string Requirement => "Comprehensive income = net income + other comprehensive income.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var ci = context.Taxonomy.FindByRole(ConceptRole.ComprehensiveIncome);
        var ni = context.Taxonomy.FindByRole(ConceptRole.NetIncome);
        var oci = context.Taxonomy.FindByRole(ConceptRole.OtherComprehensiveIncome);
        if (ci is null || ni is null || oci is null)
        {
            return;
        }
        foreach (var total in context.Facts.ForConcept(ci.Id))
        {
            var n = context.FindLike(ni.Id, total);
            var o = context.FindLike(oci.Id, total);
            if (n is null && o is null)
            {
                continue;
            }
            context.CountCheck(Code);
            var tolerance = context.ToleranceFor(new[] { n, o, total }.OfType<Fact>());
            var sum = (n is null ? default : tolerance.IntervalOf(n)) + (o is null ? default : tolerance.IntervalOf(o));
            if (!sum.Intersects(tolerance.IntervalOf(total)))
            {
                diagnostics.Error(Code,
                    $"{context.Describe(total)} differs from net income plus other comprehensive income {tolerance.Beyond()}.",
                    total.Source,
                    detail: $"comprehensive income {ValidationContext.Figure(total)}; net income {(n is null ? "none" : ValidationContext.Figure(n))}; other comprehensive income {(o is null ? "none" : ValidationContext.Figure(o))}.",
                    related: [.. new[] { n?.Source, o?.Source }.OfType<Kessan.Diagnostics.SourceLocation>()]);
            }
        }
    }
}
