using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>change(x) | change(current, prior)</c>: the difference x - x@prior (the prior period's actual figure), or
/// current - prior. Requirement: one or two arguments of one unit.
/// </summary>
public sealed class ChangeFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "change";

    /// <inheritdoc/>
    public override string Signature => "change(x) | change(current, prior)";

    /// <inheritdoc/>
    public override string Documentation => "Difference: x - x@prior (the prior period's actual figure), or current - prior.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (!CurrentAndPrior(call, period, status, evaluator).TryGet(out var pair, out var problem)
            || !ValueArithmetic.Combine('-', pair.Current, pair.Prior, call.ToString(), period).TryGet(out var difference, out problem))
        {
            return problem;
        }
        return ValueArithmetic.Wrap(Name, call, difference, period, pair.Current.Provenance, pair.Prior.Provenance);
    }
}
