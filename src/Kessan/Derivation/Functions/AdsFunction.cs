using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>ads(shares)</c>: ADS equivalents, a number of shares times the ADSs per share. Requirement: one argument
/// that is a number of shares, and a package that declares its ADS ratio.
/// </summary>
public sealed class AdsFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "ads";

    /// <inheritdoc/>
    public override string Signature => "ads(shares)";

    /// <inheritdoc/>
    public override string Documentation => "ADS equivalents: a number of shares times the ADSs per share.";

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
        if (v.Unit.Kind != UnitKind.Shares)
        {
            return new DerivationProblem($"'{call}' needs a number of shares.");
        }
        if (!AdsPerShare(call, evaluator.Package).TryGet(out var ratio, out problem))
        {
            return problem;
        }
        return ValueArithmetic.Wrap(Name, call, ValueArithmetic.Scale(v, ratio, v.Unit), period, v.Provenance);
    }

    /// <summary>The package's ADSs per share, or the problem that it declares none.</summary>
    internal static Outcome<Rational> AdsPerShare(CallExpr call, ReleasePackage package) =>
        package.Shares.AdsPerShare is { } a
            ? Rational.FromDecimal(a)
            : new DerivationProblem($"'{call}': the package declares no ADS ratio.");
}
