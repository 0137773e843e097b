using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: net income for a period is the same in the statement of income, the statement of cash
/// flows and the statement of shareholders' equity; and the part of it the equity statement credits to
/// the parent's components equals net income attributable to the parent in the statement of income.
/// </summary>
/// <remarks>
/// The three statements report net income with the one concept holding the role <c>net-income</c>, so a
/// disagreement shows up as conflicting reports of one fact; this rule reports it naming the statements.
/// The parent's part is the sum of net income over the equity components other than non-controlling
/// interests, compared with the concept holding <c>net-income-attributable-to-parent</c>.
/// </remarks>
public sealed class NetIncomeTieOutRule : ValidationRule, IConflictClaimant
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.NetIncomeTieOut;

    /// <inheritdoc/>
    public override string Requirement => "Net income agrees across the income, cash-flow and equity statements.";

    /// <inheritdoc/>
    public bool Claims(FactConflict conflict, ValidationContext context) =>
        TieOuts.IsAbout(conflict, context, ConceptRole.NetIncome) && TieOuts.IsConsolidatedActual(conflict);

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var netIncome = context.Taxonomy.FindByRole(ConceptRole.NetIncome);
        if (netIncome is null)
        {
            return;
        }
        foreach (var fact in context.Facts.ForConcept(netIncome.Id).Where(f => f.Reports.Length > 1))
        {
            context.CountCheck(Code);
        }
        foreach (var conflict in context.Facts.Conflicts.Where(c => Claims(c, context)))
        {
            var reference = TieOuts.Reference(conflict, context, StatementKind.IncomeStatement);
            foreach (var r in TieOuts.Disagreeing(conflict, reference))
            {
                diagnostics.Error(Code,
                    $"Net income for {context.Package.Calendar.NameOf(conflict.Key.Period)} in '{context.StatementTitle(r)}' differs from '{context.StatementTitle(reference)}' ({reference.Source}).",
                    r.Source,
                    detail: $"here {TieOuts.Figure(r, context)}; in '{context.StatementTitle(reference)}' {TieOuts.Figure(reference, context)}.",
                    related: [reference.Source]);
            }
        }
        CheckParentShare(context, diagnostics, netIncome);
    }

    private void CheckParentShare(ValidationContext context, DiagnosticBag diagnostics, Concept netIncome)
    {
        var parent = context.Taxonomy.FindByRole(ConceptRole.NetIncomeAttributableToParent);
        var axis = TieOuts.EquityComponentAxis(context.Taxonomy);
        if (parent is null || axis is null)
        {
            return;
        }
        var nci = TieOuts.NoncontrollingMember(context.Taxonomy)?.Member.Id;
        var shares = context.Facts.ForConcept(netIncome.Id)
            .Where(f => f.Dimensions.Count == 1 && f.Dimensions.MemberOf(axis.Id) is { } m && m != nci)
            .GroupBy(f => (f.Period, f.Status, f.Unit));
        foreach (var g in shares)
        {
            var attributable = context.Facts.Find(parent.Id, g.Key.Period, DimensionSet.Empty, g.Key.Status);
            if (attributable is null || attributable.Unit != g.Key.Unit)
            {
                continue;
            }
            context.CountCheck(Code);
            var tolerance = context.ToleranceFor(g.Append(attributable));
            var sum = ValueInterval.Exact(0m);
            foreach (var f in g)
            {
                sum += tolerance.IntervalOf(f);
            }
            if (!sum.Intersects(tolerance.IntervalOf(attributable)))
            {
                var first = g.First();
                diagnostics.Error(Code,
                    $"Net income credited to the parent's equity components for {context.Package.Calendar.NameOf(g.Key.Period)} differs from {context.Describe(attributable)}.",
                    first.Source,
                    detail: $"equity statement {ValidationContext.Figure(sum, attributable)}; income statement {ValidationContext.Figure(attributable)}.",
                    related: [attributable.Source]);
            }
        }
    }
}
