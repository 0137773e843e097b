using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: non-controlling interests roll forward: the balance sheet's non-controlling interests at
/// the end of a period equal those at its start plus the period's movements credited to them in the
/// equity statement; and the net income the equity statement credits to them equals the net income
/// attributable to non-controlling interests in the statement of income.
/// </summary>
/// <remarks>
/// The movements are the facts of the changes of the <c>total-equity</c> roll-forward on the equity
/// component whose balance concept holds the role <c>noncontrolling-interests</c>.
/// </remarks>
public sealed class NoncontrollingInterestTieOutRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.NoncontrollingInterestTieOut;

    /// <inheritdoc/>
    public override string Requirement => "Non-controlling interests roll forward and tie to the income statement.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var nci = context.Taxonomy.FindByRole(ConceptRole.NoncontrollingInterests);
        var component = TieOuts.NoncontrollingMember(context.Taxonomy);
        if (nci is null || component is null)
        {
            return;
        }
        var (axis, member) = component.Value;
        var dims = DimensionSet.Of(axis.Id, member.Id);
        CheckIncome(context, diagnostics, dims);

        var total = context.Taxonomy.FindByRole(ConceptRole.TotalEquity);
        var roll = total is null ? null : context.Taxonomy.RollForwards.FirstOrDefault(r => r.BalanceId == total.Id);
        if (roll is null)
        {
            return;
        }
        var periods = roll.Changes.SelectMany(c => context.Facts.ForConcept(c.ConceptId))
            .Where(f => f.Dimensions == dims).Select(f => (f.Period, f.Status)).Distinct();
        foreach (var (period, status) in periods)
        {
            var opening = context.Facts.Find(nci.Id, period.StartInstant, DimensionSet.Empty, status);
            var closing = context.Facts.Find(nci.Id, period.EndInstant, DimensionSet.Empty, status);
            if (opening is null || closing is null)
            {
                continue;
            }
            context.CountCheck(Code);
            var used = new List<(Fact Fact, int Weight)>();
            foreach (var c in roll.Changes)
            {
                if (context.Facts.Find(c.ConceptId, period, dims, status) is { } f && f.Unit == closing.Unit)
                {
                    used.Add((f, c.Weight));
                }
            }
            var tolerance = context.ToleranceFor(used.Select(u => u.Fact).Append(opening).Append(closing));
            var changes = ValueInterval.Exact(0m);
            foreach (var (f, weight) in used)
            {
                changes += tolerance.IntervalOf(f).Scale(weight);
            }
            if (!(tolerance.IntervalOf(closing) - tolerance.IntervalOf(opening)).Intersects(changes))
            {
                diagnostics.Error(Code,
                    $"{context.Describe(closing)} does not equal the opening balance plus the movements credited to non-controlling interests for {context.Package.Calendar.NameOf(period)}.",
                    closing.Source,
                    detail: $"opening {ValidationContext.Figure(opening)}; closing {ValidationContext.Figure(closing)}; movements {ValidationContext.Figure(changes, closing)}.",
                    related: [opening.Source, .. used.Select(u => u.Fact.Source)]);
            }
        }
    }

    private void CheckIncome(ValidationContext context, DiagnosticBag diagnostics, DimensionSet dims)
    {
        var ni = context.Taxonomy.FindByRole(ConceptRole.NetIncome);
        var attributable = context.Taxonomy.FindByRole(ConceptRole.NetIncomeAttributableToNoncontrollingInterests);
        if (ni is null || attributable is null)
        {
            return;
        }
        foreach (var share in context.Facts.ForConcept(ni.Id).Where(f => f.Dimensions == dims))
        {
            var income = context.Facts.Find(attributable.Id, share.Period, DimensionSet.Empty, share.Status);
            if (income is null || income.Unit != share.Unit)
            {
                continue;
            }
            context.CountCheck(Code);
            var tolerance = context.ToleranceFor([share, income]);
            if (!tolerance.IntervalOf(share).Intersects(tolerance.IntervalOf(income)))
            {
                diagnostics.Error(Code,
                    $"Net income credited to non-controlling interests in the equity statement for {context.Package.Calendar.NameOf(share.Period)} differs from {context.Describe(income)}.",
                    share.Source,
                    detail: $"equity statement {ValidationContext.Figure(share)}; income statement {ValidationContext.Figure(income)}.",
                    related: [income.Source]);
            }
        }
    }
}
