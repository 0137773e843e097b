using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>declared_total(dividend_per_share)</c>: the sum of the dividends per share as declared over the record
/// dates in a period. Requirement: the dividend-per-share concept written without a period, a context that is
/// a duration, at least one record date in it, and no stock split between the dates, because per-share
/// amounts of different shares cannot be added.
/// </summary>
public sealed class DeclaredTotalFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "declared_total";

    /// <inheritdoc/>
    public override string Signature => "declared_total(dividend_per_share)";

    /// <inheritdoc/>
    public override string Documentation =>
        "The sum of dividends per share as declared over record dates in a period; refused when the dates straddle a split, because per-share amounts of different shares cannot be added.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator) =>
        Arity(call, 1) is { } arity ? arity : Dividends.PerShareSum(call, period, status, evaluator, restate: false);
}
