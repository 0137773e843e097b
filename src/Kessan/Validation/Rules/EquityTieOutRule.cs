using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: the balances of the statement of shareholders' equity equal the balance sheet at the same
/// date: total equity, and each equity component (accumulated deficit, accumulated other comprehensive
/// income, common stock, treasury stock, additional paid-in capital, non-controlling interests).
/// </summary>
/// <remarks>
/// The equity statement reports its balances with the concept holding the role <c>total-equity</c>: without
/// dimensions for the total column (the same fact as the balance sheet's total equity), and on each member
/// of the equity-component axis for the other columns. Each member names the balance-sheet concept it
/// equals (<c>balance_concept</c>) and the weight (-1 for treasury stock, which the balance sheet shows as a
/// deduction). Components are compared where the balance sheet reports the concept at that date.
/// </remarks>
public sealed class EquityTieOutRule : ValidationRule, IConflictClaimant
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.EquityTieOut;

    /// <inheritdoc/>
    public override string Requirement => "Equity-statement balances = balance-sheet equity lines.";

    /// <inheritdoc/>
    public bool Claims(FactConflict conflict, ValidationContext context) =>
        TieOuts.IsAbout(conflict, context, ConceptRole.TotalEquity)
        && conflict.Key.Status == FactStatus.Actual
        && (conflict.Key.Dimensions.IsEmpty
            || (conflict.Key.Dimensions.Count == 1 && TieOuts.EquityComponentAxis(context.Taxonomy) is { } axis
                && conflict.Key.Dimensions.MemberOf(axis.Id) is not null));

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var total = context.Taxonomy.FindByRole(ConceptRole.TotalEquity);
        if (total is null)
        {
            return;
        }
        foreach (var conflict in context.Facts.Conflicts.Where(c => Claims(c, context)))
        {
            var reference = TieOuts.Reference(conflict, context, StatementKind.BalanceSheet);
            foreach (var r in TieOuts.Disagreeing(conflict, reference))
            {
                diagnostics.Error(Code,
                    $"{context.Describe(conflict.Key.ConceptId, conflict.Key.Period, conflict.Key.Dimensions)} in '{context.StatementTitle(r)}' differs from '{context.StatementTitle(reference)}' ({reference.Source}).",
                    r.Source,
                    detail: $"here {TieOuts.Figure(r, context)}; in '{context.StatementTitle(reference)}' {TieOuts.Figure(reference, context)}.",
                    related: [reference.Source]);
            }
        }
        foreach (var fact in context.Facts.ForConcept(total.Id).Where(f => f.Reports.Length > 1))
        {
            context.CountCheck(Code);
        }

        var axis = TieOuts.EquityComponentAxis(context.Taxonomy);
        if (axis is null)
        {
            return;
        }
        foreach (var fact in context.Facts.ForConcept(total.Id))
        {
            if (fact.Dimensions.Count != 1 || fact.Dimensions.MemberOf(axis.Id) is not { } memberId
                || axis.FindMember(memberId) is not { BalanceConceptId: { } balanceId } member)
            {
                continue;
            }
            var line = context.Facts.Find(balanceId, fact.Period, DimensionSet.Empty, fact.Status);
            if (line is null || line.Unit != fact.Unit)
            {
                continue;
            }
            context.CountCheck(Code);
            var tolerance = context.ToleranceFor([fact, line]);
            var expected = tolerance.IntervalOf(line).Scale(member.BalanceWeight);
            if (!expected.Intersects(tolerance.IntervalOf(fact)))
            {
                diagnostics.Error(Code,
                    $"{context.Describe(fact)} in the equity statement differs from {context.Describe(line)} in the balance sheet{(member.BalanceWeight < 0 ? " (shown as a deduction)" : "")}.",
                    fact.Source,
                    detail: $"equity statement {ValidationContext.Figure(fact)}; balance sheet {ValidationContext.Figure(line)}.",
                    related: [line.Source]);
            }
        }
    }
}
