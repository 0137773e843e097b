using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>avg(x)</c>: the average of a balance over a duration, (x@start + x@end) / 2. Requirement: one argument,
/// a context that is a duration, and the balance at both its ends.
/// </summary>
public sealed class AvgFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "avg";

    /// <inheritdoc/>
    public override string Signature => "avg(x)";

    /// <inheritdoc/>
    public override string Documentation => "Average of a balance over a duration: (x@start + x@end) / 2.";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (Arity(call, 1) is { } arity)
        {
            return arity;
        }
        if (period.IsInstant)
        {
            return new DerivationProblem($"'{call}' averages over a duration; its context is an instant.");
        }
        if (!evaluator.Evaluate(call.Args[0], period.StartInstant, status).TryGet(out var start, out var problem)
            || !evaluator.Evaluate(call.Args[0], period.EndInstant, status).TryGet(out var end, out problem)
            || !ValueArithmetic.Combine('+', start, end, call.ToString(), period).TryGet(out var sum, out problem))
        {
            return problem;
        }
        var half = Rational.One / Rational.FromInteger(2);
        return ValueArithmetic.Wrap(Name, call, ValueArithmetic.Scale(sum, half, sum.Unit), period, start.Provenance, end.Provenance);
    }
}
