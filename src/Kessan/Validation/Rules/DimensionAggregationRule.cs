using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: along an axis whose members are exhaustive (<c>aggregates: true</c>), a fact reported
/// without that axis equals the sum of the same fact reported for each member, within rounding.
/// </summary>
/// <remarks>
/// The network-services revenue by service, contracts by brand, and each movement of the equity statement
/// by equity component are checked this way. Members without a fact count as nil. Axes whose totals
/// include amounts no member carries (segment eliminations) declare <c>aggregates: false</c> and are not
/// checked.
/// </remarks>
public sealed class DimensionAggregationRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.DimensionAggregation;

    /// <inheritdoc/>
    public override string Requirement => "A total equals the sum of its breakdown along an exhaustive axis, within rounding.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var axis in context.Taxonomy.Axes.Where(a => a.Aggregates))
        {
            var groups = context.Facts.All
                .Where(f => f.Dimensions.MemberOf(axis.Id) is not null)
                .GroupBy(f => (f.ConceptId, f.Period, Others: f.Dimensions.Without(axis.Id), f.Status, f.Unit));
            foreach (var g in groups)
            {
                var total = context.Facts.Find(g.Key.ConceptId, g.Key.Period, g.Key.Others, g.Key.Status);
                if (total is null || total.Unit != g.Key.Unit)
                {
                    continue;
                }
                context.CountCheck(Code);
                var members = g.ToList();
                var tolerance = context.ToleranceFor(members.Append(total));
                var sum = ValueInterval.Exact(0m);
                foreach (var m in members)
                {
                    sum += tolerance.IntervalOf(m);
                }
                if (sum.Intersects(tolerance.IntervalOf(total)))
                {
                    continue;
                }
                var lines = string.Join("; ", members.Select(m =>
                    (axis.FindMember(m.Dimensions.MemberOf(axis.Id)!)?.Label ?? "") + " " + ValidationContext.Figure(m)));
                diagnostics.Error(Code,
                    $"{context.Describe(total)} does not equal the sum of its breakdown by {axis.Label} {tolerance.Beyond()}.",
                    ValidationContext.LocationNear(total, members),
                    detail: $"total {ValidationContext.Figure(total)}; members sum to {ValidationContext.Figure(sum, total)} ({lines}).",
                    related: [.. members.Select(m => m.Source)]);
            }
        }
    }
}
