using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>carried(balance)</c>: a balance that does not change (its concept rolls forward with no changes) at a
/// date it is not reported at: its value at the reported dates, which must all agree. Requirement: one
/// concept written without a period, a context that is a date, a concept declared with <c>rollforward: []</c>,
/// and at least one reported value, all equal.
/// </summary>
public sealed class CarriedFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "carried";

    /// <inheritdoc/>
    public override string Signature => "carried(balance)";

    /// <inheritdoc/>
    public override string Documentation =>
        "A balance that does not change (its concept rolls forward with no changes) at a date it is not reported at: its value at the reported dates, which must all agree.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (Arity(call, 1) is { } arity)
        {
            return arity;
        }
        if (call.Args[0] is not RefExpr r || r.Period.Anchor != PeriodAnchor.Context)
        {
            return new DerivationProblem($"'{call}' carries a balance written without a period: carried(Concept).");
        }
        if (!period.IsInstant)
        {
            return new DerivationProblem($"'{call}' carries a balance to a date; its context is a duration.");
        }
        var package = evaluator.Package;
        if (package.Taxonomy.FindConcept(r.ConceptId) is not { } concept)
        {
            return new DerivationProblem($"Concept '{r.ConceptId}' is not defined.");
        }
        if (!package.Taxonomy.RollForwards.Any(x => x.BalanceId == concept.Id && x.Changes.IsEmpty))
        {
            return new DerivationProblem($"'{call}': '{concept.Label}' does not declare that it never changes (rollforward: []), so its value at an unreported date is unknown.");
        }
        if (package.Facts.Find(r.ConceptId, period, r.Dimensions, r.Status ?? status) is not null)
        {
            // Reported at the date itself: the fact, as written.
            return evaluator.Evaluate(r with { Period = new PeriodSpec(PeriodAnchor.Absolute, period, period.ToString()) }, period, status);
        }
        var reported = package.Facts.ForConcept(r.ConceptId).Where(f => f.Dimensions == r.Dimensions && f.Status == (r.Status ?? status)).ToList();
        if (reported.Count == 0)
        {
            return new DerivationProblem($"'{call}': '{concept.Label}' is reported at no date.");
        }
        if (reported.Any(f => f.Value != reported[0].Value))
        {
            return new DerivationProblem($"'{call}': '{concept.Label}' is reported with different values at different dates, so it cannot be carried.");
        }
        var nearest = reported.OrderBy(f => Math.Abs(f.Period.End.DayNumber - period.End.DayNumber)).First();
        if (!evaluator.Evaluate(r with { Period = new PeriodSpec(PeriodAnchor.Absolute, nearest.Period, nearest.Period.ToString()) }, period, status)
            .TryGet(out var v, out var problem))
        {
            return problem;
        }
        return ValueArithmetic.Wrap(Name, call, v, period, v.Provenance);
    }
}
