using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: the cash and cash equivalents a statement of cash flows reports at the end of each of its
/// periods equal the cash and cash equivalents of the balance sheet at that date.
/// </summary>
/// <remarks>
/// The cash-flow statement reports its closing cash with the concept holding the role <c>cash</c>, anchored
/// to the end of its column's period (<c>at: end</c>); the balance sheet reports the same fact. Reports of
/// cash that disagree with the balance sheet (other than opening balances, see
/// <see cref="BeginningCashTieOutRule"/>) are reported here.
/// </remarks>
public sealed class EndingCashTieOutRule : ValidationRule, IConflictClaimant
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.EndingCashTieOut;

    /// <inheritdoc/>
    public override string Requirement => "Ending cash in the cash-flow statement = cash in the balance sheet.";

    /// <inheritdoc/>
    public bool Claims(FactConflict conflict, ValidationContext context) =>
        TieOuts.IsAbout(conflict, context, ConceptRole.Cash) && TieOuts.IsConsolidatedActual(conflict)
        && TieOuts.Disagreeing(conflict, TieOuts.CashReference(conflict, context)).Any(r => r.Anchor != FactAnchor.Start);

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        TieOuts.CountReconciled(context, Code, FactAnchor.End);
        var cash = context.Taxonomy.FindByRole(ConceptRole.Cash);
        if (cash is null)
        {
            TieOuts.WarnIfCashNotTied(context, diagnostics, Code, FactAnchor.End);
            return;
        }
        foreach (var fact in context.Facts.ForConcept(cash.Id))
        {
            if (fact.Reports.Any(r => r.Anchor == FactAnchor.End) && fact.Reports.Any(r => context.KindOf(r) == StatementKind.BalanceSheet))
            {
                context.CountCheck(Code);
            }
        }
        foreach (var conflict in context.Facts.Conflicts.Where(c => Claims(c, context)))
        {
            var reference = TieOuts.CashReference(conflict, context);
            foreach (var r in TieOuts.Disagreeing(conflict, reference).Where(r => r.Anchor != FactAnchor.Start))
            {
                var when = r.ColumnPeriod is { } column
                    ? "at the end of " + context.Package.Calendar.NameOf(column)
                    : "at " + context.Package.Calendar.NameOf(conflict.Key.Period);
                diagnostics.Error(Code,
                    $"Cash and cash equivalents {when} in '{context.StatementTitle(r)}' differ from '{context.StatementTitle(reference)}' ({reference.Source}).",
                    r.Source,
                    detail: $"here {TieOuts.Figure(r, context)}; in '{context.StatementTitle(reference)}' {TieOuts.Figure(reference, context)}.",
                    related: [reference.Source]);
            }
        }
        TieOuts.WarnIfCashNotTied(context, diagnostics, Code, FactAnchor.End);
    }
}
