using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>abs(x)</c>: the absolute value; when the inputs' rounding allows values of either sign, its interval
/// starts at zero. Requirement: one argument.
/// </summary>
public sealed class AbsFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "abs";

    /// <inheritdoc/>
    public override string Signature => "abs(x)";

    /// <inheritdoc/>
    public override string Documentation => "Absolute value.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (Arity(call, 1) is { } arity)
        {
            return arity;
        }
        if (!evaluator.Evaluate(call.Args[0], period, status).TryGet(out var v, out var problem))
        {
            return problem;
        }
        var result = v.Value.Sign >= 0 ? v : ValueArithmetic.Negate(v, call, period);
        if (v.Low is { } low && v.High is { } high && low.Sign < 0 && high.Sign > 0)
        {
            // The inputs allow values of either sign: the absolute value is at least zero.
            result = result with { Low = Rational.Zero, High = Rational.Max(-low, high) };
        }
        return ValueArithmetic.Wrap(Name, call, result, period, v.Provenance);
    }
}
