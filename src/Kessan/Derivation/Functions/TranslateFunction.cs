using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>translate(x)</c>: a convenience translation, x divided by the package's rate (units of the reporting
/// currency per unit of the target currency). Requirement: one argument, a package that declares a
/// translation, and an amount or per-share figure in the reporting currency.
/// </summary>
public sealed class TranslateFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "translate";

    /// <inheritdoc/>
    public override string Signature => "translate(x)";

    /// <inheritdoc/>
    public override string Documentation =>
        "Convenience translation: x divided by the package's rate (JPY per unit of the target currency).";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (Arity(call, 1) is { } arity)
        {
            return arity;
        }
        var package = evaluator.Package;
        if (package.Translation is not { } t)
        {
            return new DerivationProblem("The package has no convenience translation.");
        }
        if (!evaluator.Evaluate(call.Args[0], period, status).TryGet(out var v, out var problem))
        {
            return problem;
        }
        Unit unit;
        if (v.Unit.Kind == UnitKind.Currency && v.Unit == package.Reporting.Currency)
        {
            unit = t.Currency;
        }
        else if (v.Unit.Kind == UnitKind.PerShare && v.Unit.Currency == package.Reporting.Currency.Currency)
        {
            unit = Unit.PerShareOf(t.Currency.Currency!);
        }
        else
        {
            return new DerivationProblem($"'{call}' translates {v.Unit.Id}; only {package.Reporting.Currency.Id} amounts are translated.");
        }
        return ValueArithmetic.Wrap(Name, call, ValueArithmetic.Scale(v, Rational.One / Rational.FromDecimal(t.Rate), unit), period, v.Provenance);
    }
}
