using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>dividend_per_share(dividend_per_share)</c>: the annual dividend per share of a period, restated for
/// splits, the sum of restated(dividend per share) over the record dates in the period. Requirement: the
/// dividend-per-share concept written without a period, a context that is a duration, and at least one
/// record date in it.
/// </summary>
public sealed class DividendPerShareFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "dividend_per_share";

    /// <inheritdoc/>
    public override string Signature => "dividend_per_share(dividend_per_share)";

    /// <inheritdoc/>
    public override string Documentation =>
        "Annual dividend per share of a period, restated for splits: the sum of restated(dividend per share) over record dates in the period.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator) =>
        Arity(call, 1) is { } arity ? arity : Dividends.PerShareSum(call, period, status, evaluator, restate: true);
}
