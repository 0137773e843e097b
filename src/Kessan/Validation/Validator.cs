using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Validation.Rules;

namespace Kessan.Validation;

/// <summary>The outcome of validating a package.</summary>
/// <param name="Diagnostics">Every violation, rule by rule in rule order.</param>
/// <param name="Checks">How many checks each rule performed, by code.</param>
public sealed record ValidationReport(ImmutableArray<Diagnostic> Diagnostics, ImmutableSortedDictionary<string, int> Checks)
{
    /// <summary>True when at least one violation is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <inheritdoc/>
    public bool Equals(ValidationReport? other) =>
        other is not null && Diagnostics.SequenceEqual(other.Diagnostics) && Checks.SequenceEqual(other.Checks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Diagnostics.Length, Checks.Count);
}

/// <summary>
/// The second stage: runs every validation rule over a loaded package and collects the violations.
/// </summary>
/// <remarks>Thread-safe: each call works on its own context.</remarks>
public static class Validator
{
    /// <summary>
    /// The rules Kessan runs, in order. Fact-level rules come first, then relationships between facts,
    /// then the tie-outs between statements. An architecture test checks that every rule class is here.
    /// </summary>
    public static ImmutableArray<ValidationRule> DefaultRules { get; } =
    [
        new ConflictingFactsRule(),
        new RequiredFactsRule(),
        new SignConventionRule(),
        new CalculationRule(),
        new DimensionAggregationRule(),
        new RollForwardRule(),
        new WeightBalanceRule(),
        new QuarterYearRule(),
        new BalanceSheetBalancesRule(),
        new NetIncomeTieOutRule(),
        new EndingCashTieOutRule(),
        new BeginningCashTieOutRule(),
        new EquityTieOutRule(),
        new ComprehensiveIncomeTieOutRule(),
        new NoncontrollingInterestTieOutRule(),
    ];

    /// <summary>Validates a package with <see cref="DefaultRules"/>.</summary>
    public static ValidationReport Validate(ReleasePackage package) => Validate(package, DefaultRules);

    /// <summary>Validates a package with the given rules, in order.</summary>
    public static ValidationReport Validate(ReleasePackage package, ImmutableArray<ValidationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(package);
        var context = new ValidationContext(package, rules);
        var bag = new DiagnosticBag();
        foreach (var rule in rules)
        {
            rule.Validate(context, bag);
        }
        return new ValidationReport(bag.ToImmutable(), context.Checks.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }
}
