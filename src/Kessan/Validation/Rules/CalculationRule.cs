using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: for every calculation relationship and every context (period, dimensions, unit, status)
/// in which its total is reported, the total equals the weighted sum of its items within rounding.
/// </summary>
/// <remarks>
/// Precision-aware, as XBRL Calculations 1.1: each figure stands for the interval of values that round
/// to it (13,537 in millions stands for [13,536.5, 13,537.5] million); the summation is consistent when
/// the interval of the total and the interval of the weighted sum of the items intersect. When every
/// figure of the sum has the same precision and comes from a statement that foots exactly
/// (<c>footing: exact</c>), the sum must hold exactly.
/// <para>
/// A missing item counts as nil only where a statement reports the total: the total is an actual,
/// consolidated fact (no dimensions) for one of the periods of a statement that presents the total, so
/// the statement's lines are complete and a line it leaves out is nil (the fourth-quarter cash-flow
/// statement leaves out lines that were nil in the quarter). Anywhere else (targets, segments, periods
/// no statement covers) a missing item is unknown and the sum is checked only when every item is
/// reported; so is every sum whose relationship declares <c>missing_items: unknown</c>. Sums without
/// any reported item are not checked.
/// </para>
/// </remarks>
public sealed class CalculationRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.Calculation;

    /// <inheritdoc/>
    public override string Requirement => "Every total equals the weighted sum of its items, within rounding.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var calc in context.Taxonomy.Calculations)
        {
            foreach (var total in context.Facts.ForConcept(calc.TotalId))
            {
                var items = new List<(WeightedConcept Item, Fact Fact)>();
                var missing = 0;
                foreach (var item in calc.Items)
                {
                    var f = context.FindLike(item.ConceptId, total);
                    if (f is null)
                    {
                        missing++;
                    }
                    else
                    {
                        items.Add((item, f));
                    }
                }
                var missingIsNil = calc.MissingItems == MissingItems.Nil && context.IsStatementFact(total);
                if (items.Count == 0 || (missing > 0 && !missingIsNil))
                {
                    continue;
                }
                context.CountCheck(Code);
                var tolerance = context.ToleranceFor(items.Select(x => x.Fact).Append(total));
                var sum = ValueInterval.Exact(0m);
                foreach (var (item, f) in items)
                {
                    sum += tolerance.IntervalOf(f).Scale(item.Weight);
                }
                var totalInterval = tolerance.IntervalOf(total);
                if (sum.Intersects(totalInterval))
                {
                    continue;
                }
                var lines = string.Join("; ", items.Select(x =>
                    (x.Item.Weight < 0 ? "minus " : "plus ") + context.Taxonomy.GetConcept(x.Item.ConceptId).Label + " " + ValidationContext.Figure(x.Fact)));
                diagnostics.Error(Code,
                    $"{context.Describe(total)} does not equal the sum of its items {tolerance.Beyond()}.",
                    ValidationContext.LocationNear(total, items.Select(x => x.Fact)),
                    detail: $"total {ValidationContext.Figure(total)}; items sum to {ValidationContext.Figure(sum, total)} ({lines}); " +
                            $"off by {ValidationContext.Figure(ValueInterval.Exact(sum.DistanceTo(totalInterval)), total)} {tolerance.Beyond()}.",
                    related: [.. items.Select(x => x.Fact.Source), calc.Location]);
            }
        }
    }
}
