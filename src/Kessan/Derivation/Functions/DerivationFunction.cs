using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// A function an expression can call, such as <c>yoy(Revenues)</c>: its name, how it is called, what it
/// computes, and the computation. Each function is a class of its own whose documentation states what it
/// computes and what it requires; <see cref="DerivationFunctions.Default"/> lists every one, and an
/// architecture test checks that each class is listed exactly once.
/// </summary>
/// <remarks>Functions are stateless and thread-safe. Only Kessan defines them (the computation is internal).</remarks>
public abstract class DerivationFunction
{
    /// <summary>The name expressions call it by.</summary>
    public abstract string Name { get; }

    /// <summary>How it is called, e.g. <c>yoy(x) | yoy(current, prior)</c>.</summary>
    public abstract string Signature { get; }

    /// <summary>What it computes, exactly, in one paragraph for listings.</summary>
    public abstract string Documentation { get; }

    /// <summary>The value of <paramref name="call"/> at <paramref name="period"/> with default status <paramref name="status"/>, or why there is none.</summary>
    internal abstract Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator);

    /// <summary>A problem when <paramref name="call"/> does not have <paramref name="n"/> arguments; otherwise null.</summary>
    private protected static DerivationProblem? Arity(CallExpr call, int n) =>
        call.Args.Length == n ? null : new DerivationProblem($"'{call.Function}' takes {n} argument{(n == 1 ? "" : "s")}.");

    /// <summary>
    /// The current and prior values of a comparison: <c>f(x)</c> compares x with the prior period's actual x (a
    /// target or forecast is compared with the prior actual result), <c>f(current, prior)</c> compares two
    /// expressions. Both must have one unit.
    /// </summary>
    private protected static Outcome<(DerivedValue Current, DerivedValue Prior)> CurrentAndPrior(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (call.Args.Length is not (1 or 2))
        {
            return new DerivationProblem($"'{call.Function}' takes one or two arguments.");
        }
        if (!evaluator.Evaluate(call.Args[0], period, status).TryGet(out var current, out var problem))
        {
            return problem;
        }
        var prior = call.Args.Length == 2
            ? evaluator.Evaluate(call.Args[1], period, status)
            : evaluator.Evaluate(call.Args[0], evaluator.Package.Calendar.Shift(period, -1), FactStatus.Actual);
        if (!prior.TryGet(out var priorValue, out problem))
        {
            return problem;
        }
        if (current.Unit != priorValue.Unit)
        {
            return new DerivationProblem($"'{call}' compares figures of different units ({current.Unit.Id} and {priorValue.Unit.Id}).");
        }
        return (current, priorValue);
    }
}
