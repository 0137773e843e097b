using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: for every roll-forward and every duration in which it can be checked, the closing balance
/// equals the opening balance plus the weighted changes reported for the duration, within rounding,
/// in every dimension context (each equity component separately, and the total).
/// </summary>
/// <remarks>
/// The durations checked are those for which a change is reported, plus the durations of the
/// statements that present the balance (so that a balance with no reported change must not move).
/// A check needs both the opening and the closing balance; changes without a fact count as nil.
/// </remarks>
public sealed class RollForwardRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.RollForward;

    /// <inheritdoc/>
    public override string Requirement => "Closing balance = opening balance + changes, for every roll-forward.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var roll in context.Taxonomy.RollForwards)
        {
            var balance = context.Taxonomy.GetConcept(roll.BalanceId);
            var durations = new HashSet<Period>();
            foreach (var change in roll.Changes)
            {
                foreach (var f in context.Facts.ForConcept(change.ConceptId))
                {
                    durations.Add(f.Period);
                }
            }
            foreach (var sid in balance.Statements)
            {
                foreach (var p in context.Package.FindStatement(sid)?.Periods ?? [])
                {
                    if (p.IsDuration)
                    {
                        durations.Add(p);
                    }
                }
            }
            var openings = context.Facts.ForConcept(roll.BalanceId);
            foreach (var period in durations.OrderBy(p => p))
            {
                foreach (var opening in openings.Where(f => f.Period == period.StartInstant))
                {
                    var closing = context.FindLike(roll.BalanceId, opening, period.EndInstant);
                    if (closing is null)
                    {
                        continue;
                    }
                    context.CountCheck(Code);
                    var used = new List<(WeightedConcept Change, Fact Fact)>();
                    foreach (var change in roll.Changes)
                    {
                        var f = context.Facts.Find(change.ConceptId, period, opening.Dimensions, opening.Status);
                        if (f is not null && f.Unit == opening.Unit)
                        {
                            used.Add((change, f));
                        }
                    }
                    var tolerance = context.ToleranceFor(used.Select(u => u.Fact).Append(opening).Append(closing));
                    var changes = ValueInterval.Exact(0m);
                    foreach (var (change, f) in used)
                    {
                        changes += tolerance.IntervalOf(f).Scale(change.Weight);
                    }
                    var movement = tolerance.IntervalOf(closing) - tolerance.IntervalOf(opening);
                    if (movement.Intersects(changes))
                    {
                        continue;
                    }
                    var name = context.Package.Calendar.NameOf(period);
                    var lines = used.Count == 0
                        ? "no changes reported"
                        : string.Join("; ", used.Select(u => (u.Change.Weight < 0 ? "minus " : "plus ")
                            + context.Taxonomy.GetConcept(u.Change.ConceptId).Label + " " + ValidationContext.Figure(u.Fact)));
                    diagnostics.Error(Code,
                        $"{context.Describe(closing)} does not equal the opening balance plus the changes reported for {name} {tolerance.Beyond()}.",
                        ValidationContext.LocationNear(closing, used.Select(u => u.Fact).Append(opening)),
                        detail: $"opening {ValidationContext.Figure(opening)}; closing {ValidationContext.Figure(closing)}; changes {ValidationContext.Figure(changes, closing)} ({lines}).",
                        related: [opening.Source, .. used.Select(u => u.Fact.Source), roll.Location]);
                }
            }
        }
    }
}
