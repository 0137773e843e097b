using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: the cash and cash equivalents a statement of cash flows reports at the beginning of a
/// period equal the balance sheet at the end of the day before the period starts (and the closing cash
/// of the previous period).
/// </summary>
/// <remarks>
/// The opening cash is reported with the concept holding the role <c>cash</c>, anchored to the start of
/// its column's period (<c>at: start</c>), which is the previous balance-sheet date; a disagreement shows
/// up as conflicting reports of one fact and is reported here. Where the balance sheet does not report that
/// date, the opening cash is compared with the closing cash of the previous period (<c>at: end</c>).
/// </remarks>
public sealed class BeginningCashTieOutRule : ValidationRule, IConflictClaimant
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.BeginningCashTieOut;

    /// <inheritdoc/>
    public override string Requirement => "Beginning cash in the cash-flow statement = the prior balance sheet's cash.";

    /// <inheritdoc/>
    public bool Claims(FactConflict conflict, ValidationContext context) =>
        TieOuts.IsAbout(conflict, context, ConceptRole.Cash) && TieOuts.IsConsolidatedActual(conflict)
        && TieOuts.Disagreeing(conflict, TieOuts.CashReference(conflict, context)).Any(r => r.Anchor == FactAnchor.Start);

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        TieOuts.CountReconciled(context, Code, FactAnchor.Start);
        var cash = context.Taxonomy.FindByRole(ConceptRole.Cash);
        if (cash is null)
        {
            TieOuts.WarnIfCashNotTied(context, diagnostics, Code, FactAnchor.Start);
            return;
        }
        foreach (var fact in context.Facts.ForConcept(cash.Id))
        {
            if (fact.Reports.Any(r => r.Anchor == FactAnchor.Start) && fact.Reports.Length > 1)
            {
                context.CountCheck(Code);
            }
        }
        foreach (var conflict in context.Facts.Conflicts.Where(c => Claims(c, context)))
        {
            var reference = TieOuts.CashReference(conflict, context);
            foreach (var r in TieOuts.Disagreeing(conflict, reference).Where(r => r.Anchor == FactAnchor.Start))
            {
                var period = r.ColumnPeriod is { } column ? context.Package.Calendar.NameOf(column) : context.Package.Calendar.NameOf(conflict.Key.Period);
                var against = reference.Anchor == FactAnchor.End && reference.ColumnPeriod is { } prior
                    ? "the closing balance of " + context.Package.Calendar.NameOf(prior)
                    : "the balance at " + conflict.Key.Period;
                diagnostics.Error(Code,
                    $"Cash and cash equivalents at the beginning of {period} in '{context.StatementTitle(r)}' differ from {against} in '{context.StatementTitle(reference)}' ({reference.Source}).",
                    r.Source,
                    detail: $"here {TieOuts.Figure(r, context)}; in '{context.StatementTitle(reference)}' {TieOuts.Figure(reference, context)}.",
                    related: [reference.Source]);
            }
        }
        TieOuts.WarnIfCashNotTied(context, diagnostics, Code, FactAnchor.Start);
    }
}
