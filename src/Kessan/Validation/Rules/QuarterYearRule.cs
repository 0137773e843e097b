using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: figures for parts of a period agree with the period, where the data allows: when
/// reported sub-periods (quarters, halves, nine months) exactly cover a longer reported period, their sum
/// equals it within rounding; and a concept that is never negative has no part larger than the whole.
/// </summary>
/// <remarks>
/// Only flows add up over time, so only durations of monetary and quantity concepts are checked:
/// weighted-average share counts, per-share figures and ratios of a quarter are not parts of the year's.
/// Both checks compare facts of the same concept, dimensions, unit and status. Closing balances of the
/// last quarter and of the year are the same instant, and therefore the same fact.
/// </remarks>
public sealed class QuarterYearRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.QuarterYear;

    /// <inheritdoc/>
    public override string Requirement => "Quarters and halves agree with the year they belong to.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        var groups = context.Facts.All
            .Where(f => f.Period.IsDuration && IsFlow(context.Taxonomy.GetConcept(f.ConceptId)))
            .GroupBy(f => (f.ConceptId, f.Dimensions, f.Status, f.Unit));
        foreach (var g in groups)
        {
            var facts = g.OrderBy(f => f.Period.Start).ThenByDescending(f => f.Period.End).ToList();
            if (facts.Count < 2)
            {
                continue;
            }
            var concept = context.Taxonomy.GetConcept(g.Key.ConceptId);
            foreach (var whole in facts)
            {
                var parts = facts.Where(p => whole.Period.StrictlyContains(p.Period)).ToList();
                if (parts.Count == 0)
                {
                    continue;
                }
                if (concept.Sign == SignConstraint.NonNegative)
                {
                    foreach (var part in parts)
                    {
                        context.CountCheck(Code);
                        if (part.Interval.Lower > whole.Interval.Upper)
                        {
                            diagnostics.Error(Code,
                                $"{context.Describe(part)} is larger than {context.Describe(whole)}, though '{concept.Label}' is never negative.",
                                part.Source,
                                detail: $"part {ValidationContext.Figure(part)}; whole {ValidationContext.Figure(whole)}.",
                                related: [whole.Source]);
                        }
                    }
                }
                foreach (var tiling in Tilings(whole.Period, parts))
                {
                    context.CountCheck(Code);
                    var tolerance = context.ToleranceFor(tiling.Append(whole));
                    var sum = ValueInterval.Exact(0m);
                    foreach (var p in tiling)
                    {
                        sum += tolerance.IntervalOf(p);
                    }
                    if (!sum.Intersects(tolerance.IntervalOf(whole)))
                    {
                        var names = string.Join(" + ", tiling.Select(p => context.Package.Calendar.NameOf(p.Period)));
                        diagnostics.Error(Code,
                            $"{context.Describe(whole)} does not equal the sum of {names} {tolerance.Beyond()}.",
                            whole.Source,
                            detail: $"whole {ValidationContext.Figure(whole)}; parts sum to {ValidationContext.Figure(sum, whole)}.",
                            related: [.. tiling.Select(p => p.Source)]);
                    }
                }
            }
        }
    }

    private static bool IsFlow(Concept concept) => concept.ItemType is ItemType.Monetary or ItemType.Quantity;

    /// <summary>Every chain of contiguous parts that runs from the start of the whole to its end.</summary>
    private static IEnumerable<ImmutableArray<Fact>> Tilings(Period whole, List<Fact> parts)
    {
        var results = new List<ImmutableArray<Fact>>();
        Walk(whole.Start, []);
        return results;

        void Walk(DateOnly cursor, ImmutableArray<Fact> chain)
        {
            if (results.Count >= 16)
            {
                return;
            }
            foreach (var p in parts.Where(p => p.Period.Start == cursor))
            {
                var next = chain.Add(p);
                if (p.Period.End == whole.End)
                {
                    results.Add(next);
                }
                else
                {
                    Walk(p.Period.End.AddDays(1), next);
                }
            }
        }
    }
}
