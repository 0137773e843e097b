using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>Helpers shared by the tie-out rules.</summary>
internal static class TieOuts
{
    /// <summary>The report others are compared with: the first from a statement of the preferred kind, else the first.</summary>
    public static ReportedFact Reference(FactConflict conflict, ValidationContext context, StatementKind preferred) =>
        conflict.Reports.FirstOrDefault(r => context.KindOf(r) == preferred) ?? conflict.Reports[0];

    /// <summary>
    /// The report other reports of cash are compared with: the balance sheet's; where the balance sheet does
    /// not report the date, the closing balance of a cash-flow statement (the opening cash of a period must
    /// equal the closing cash of the one before); else the first.
    /// </summary>
    public static ReportedFact CashReference(FactConflict conflict, ValidationContext context) =>
        conflict.Reports.FirstOrDefault(r => context.KindOf(r) == StatementKind.BalanceSheet)
        ?? conflict.Reports.FirstOrDefault(r => r.Anchor == FactAnchor.End)
        ?? conflict.Reports[0];

    /// <summary>Reports that disagree with <paramref name="reference"/>.</summary>
    public static IEnumerable<ReportedFact> Disagreeing(FactConflict conflict, ReportedFact reference) =>
        FactSet.DisagreeingWith(conflict.Reports, reference);

    /// <summary>True when the conflict is about the concept holding <paramref name="role"/>.</summary>
    public static bool IsAbout(FactConflict conflict, ValidationContext context, ConceptRole role) =>
        context.Taxonomy.FindByRole(role)?.Id == conflict.Key.ConceptId;

    /// <summary>
    /// True when the conflict is about an actual, consolidated figure (no dimensions): the figures the
    /// statements tie out. Disagreeing targets or segment figures are plain duplicate conflicts, which the
    /// generic rule reports naming their status and members.
    /// </summary>
    public static bool IsConsolidatedActual(FactConflict conflict) =>
        conflict.Key.Status == FactStatus.Actual && conflict.Key.Dimensions.IsEmpty;

    /// <summary>The axis of equity components: the first axis whose members name balance-sheet concepts.</summary>
    public static Axis? EquityComponentAxis(Taxonomy taxonomy) =>
        taxonomy.Axes.FirstOrDefault(a => a.Members.Any(m => m.BalanceConceptId is not null));

    /// <summary>The equity component that is the non-controlling interests, if the package has one.</summary>
    public static (Axis Axis, AxisMember Member)? NoncontrollingMember(Taxonomy taxonomy)
    {
        var axis = EquityComponentAxis(taxonomy);
        var nci = taxonomy.FindByRole(ConceptRole.NoncontrollingInterests);
        var member = axis?.Members.FirstOrDefault(m => m.BalanceConceptId is not null && m.BalanceConceptId == nci?.Id);
        return axis is null || member is null ? null : (axis, member);
    }

    public static string Figure(ReportedFact report, ValidationContext context) =>
        ValidationContext.Figure(report.Value, context.Taxonomy.FindUnit(report.Key.UnitId)!, report.Precision);

    /// <summary>
    /// Counts a check of the declared reconciliation of the cash-flow statement's cash (the concept with role
    /// <c>cash-flow-cash</c>) for each of its reports at the <paramref name="anchor"/> of a cash-flow statement's
    /// period where the balance sheet reports every item of its calculation: the calculation rule (KSN301) checks
    /// that sum and reports a difference at the cell.
    /// </summary>
    public static void CountReconciled(ValidationContext context, string code, FactAnchor anchor)
    {
        if (context.Taxonomy.FindByRole(ConceptRole.CashFlowCash) is not { } cashFlowCash
            || context.Taxonomy.Calculations.FirstOrDefault(c => c.TotalId == cashFlowCash.Id) is not { } reconciliation)
        {
            return;
        }
        foreach (var fact in context.Facts.ForConcept(cashFlowCash.Id).Where(f => f.Status == FactStatus.Actual && f.Dimensions.IsEmpty))
        {
            if (fact.Reports.Any(r => r.Anchor == anchor && context.KindOf(r) == StatementKind.CashFlows)
                && reconciliation.Items.All(i => context.Facts.Find(i.ConceptId, fact.Period) is { } item
                    && item.Reports.Any(r => context.KindOf(r) == StatementKind.BalanceSheet)))
            {
                context.CountCheck(code);
            }
        }
    }

    /// <summary>
    /// Reports, as a warning at the cash-flow statement's definition, that a cash tie-out ran no check although the
    /// package has a cash-flow statement and a balance sheet that report facts, naming what is missing: a tie-out
    /// never passes in silence by checking nothing.
    /// </summary>
    public static void WarnIfCashNotTied(ValidationContext context, DiagnosticBag diagnostics, string code, FactAnchor anchor)
    {
        if (context.Checks.GetValueOrDefault(code) > 0
            || context.Package.Statements.FirstOrDefault(s => s.Kind == StatementKind.CashFlows && Reports(context, s)) is not { } cashFlows
            || !context.Package.Statements.Any(s => s.Kind == StatementKind.BalanceSheet && Reports(context, s)))
        {
            return;
        }
        var which = anchor == FactAnchor.End ? "Ending" : "Beginning";
        var at = anchor == FactAnchor.End ? "end" : "start";
        var cash = context.Taxonomy.FindByRole(ConceptRole.CashFlowCash) ?? context.Taxonomy.FindByRole(ConceptRole.Cash);
        var missing = cash is null
            ? "no concept has 'role: cash'"
            : context.Facts.ForConcept(cash.Id).Any(f => f.Reports.Any(r => r.Anchor == anchor && context.KindOf(r) == StatementKind.CashFlows))
                ? cash.Role == ConceptRole.CashFlowCash
                    ? $"the balance sheet reports the items of '{cash.Id}' (its 'sum') at none of the dates the cash-flow statement reports it at (at: {at})"
                    : $"the balance sheet reports '{cash.Id}' at none of the dates the cash-flow statement reports it at (at: {at}); if the "
                      + "cash-flow statement's cash includes restricted cash, give that line 'role: cash-flow-cash' and a 'sum' of the balance-sheet lines it reconciles to"
                : $"no cash-flow statement reports '{cash.Id}' at the {at} of its periods (a row with 'at: {at}')";
        diagnostics.Warning(code, $"{which} cash was not tied to the balance sheet: {missing}.", cashFlows.Location);
    }

    /// <summary>True when some fact is reported by <paramref name="statement"/>'s fact files.</summary>
    private static bool Reports(ValidationContext context, StatementDefinition statement) =>
        context.Facts.All.Any(f => f.Reports.Any(r => r.StatementId == statement.Id));
}
