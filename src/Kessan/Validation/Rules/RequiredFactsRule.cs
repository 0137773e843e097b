using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation.Rules;

/// <summary>
/// Requirement: every statement reports each of its concepts for each of its periods, unless the concept
/// says it is optional (<c>required: false</c>) or lists the periods it is required for.
/// </summary>
/// <remarks>
/// Only the consolidated fact (no dimensions) of an actual result is required. For a balance presented in
/// a statement of durations (cash in the cash-flow statement, balances in the equity statement) both the
/// opening and the closing balance are required.
/// </remarks>
public sealed class RequiredFactsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Code => DiagnosticCodes.MissingFact;

    /// <inheritdoc/>
    public override string Requirement => "Every statement reports each of its lines for each of its periods.";

    /// <inheritdoc/>
    public override void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var statement in context.Package.Statements)
        {
            foreach (var concept in context.Taxonomy.Concepts.Where(c => c.Statements.Contains(statement.Id)))
            {
                if (concept.Requirement == Model.Requirement.None)
                {
                    continue;
                }
                var periods = concept.Requirement == Model.Requirement.ListedPeriods
                    ? statement.Periods.Where(p => concept.RequiredPeriods.Contains(p))
                    : statement.Periods;
                var needed = new SortedSet<Period>();
                foreach (var p in periods)
                {
                    if (concept.PeriodType == PeriodType.Instant)
                    {
                        needed.Add(p.StartInstant);
                        needed.Add(p.EndInstant);
                    }
                    else if (p.IsDuration)
                    {
                        needed.Add(p);
                    }
                }
                foreach (var p in needed)
                {
                    context.CountCheck(Code);
                    if (context.Facts.Find(concept.Id, p) is null)
                    {
                        diagnostics.Error(Code,
                            $"'{statement.Title}' has no fact for {context.Describe(concept.Id, p)}.",
                            concept.Location);
                    }
                }
            }
        }
    }
}
