using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>yoy(x) | yoy(current, prior)</c>: the year-on-year change as a ratio, x / x@prior - 1 (the prior
/// period's actual figure, also for a target), or current / prior - 1, on the unrounded inputs.
/// Requirement: one or two arguments of one unit, and a prior figure that is not zero.
/// </summary>
public sealed class YoyFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "yoy";

    /// <inheritdoc/>
    public override string Signature => "yoy(x) | yoy(current, prior)";

    /// <inheritdoc/>
    public override string Documentation =>
        "Year-on-year change as a ratio: x / x@prior - 1 (the prior period's actual figure, also for a target), or current / prior - 1; computed on the unrounded inputs.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (!CurrentAndPrior(call, period, status, evaluator).TryGet(out var pair, out var problem))
        {
            return problem;
        }
        var (current, prior) = pair;
        if (prior.Value.IsZero)
        {
            return new DerivationProblem($"'{call}': the prior figure is zero, so there is no year-on-year change.");
        }
        if (!ValueArithmetic.Combine('/', current, prior, call.ToString(), period).TryGet(out var ratio, out problem)
            || !ValueArithmetic.Combine('-', ratio, ValueArithmetic.Constant(Rational.One), call.ToString(), period).TryGet(out var result, out problem))
        {
            return problem;
        }
        return ValueArithmetic.Wrap(Name, call, result, period, current.Provenance, prior.Provenance);
    }
}
