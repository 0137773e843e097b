using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>restated(x)</c>: a per-share figure declared on the shares of its date, restated for every later split,
/// x divided by the product of the ratios of the splits after the date. Requirement: one argument; a figure
/// written without a period needs a context that is a date.
/// </summary>
public sealed class RestatedFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "restated";

    /// <inheritdoc/>
    public override string Signature => "restated(x)";

    /// <inheritdoc/>
    public override string Documentation =>
        "A per-share figure declared on the shares of its date, restated for every later split: x divided by the product of the ratios of the splits after the date.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (Arity(call, 1) is { } arity)
        {
            return arity;
        }
        if (!period.IsInstant && call.Args[0] is RefExpr { Period.Anchor: PeriodAnchor.Context })
        {
            return new DerivationProblem($"'{call}' restates a figure at a date; its context is a duration.");
        }
        if (!evaluator.Evaluate(call.Args[0], period, status).TryGet(out var v, out var problem))
        {
            return problem;
        }
        var date = v.Provenance.Period?.End ?? period.End;
        var factor = Rational.FromDecimal(evaluator.Package.Shares.SplitFactorAfter(date));
        return ValueArithmetic.Wrap(Name, call, ValueArithmetic.Scale(v, Rational.One / factor, v.Unit), period, v.Provenance);
    }
}
