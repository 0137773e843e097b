using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>per_ads(x)</c>: a per-share figure expressed per ADS, x divided by the ADSs per share. Requirement: one
/// argument that is a per-share figure, and a package that declares its ADS ratio.
/// </summary>
public sealed class PerAdsFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "per_ads";

    /// <inheritdoc/>
    public override string Signature => "per_ads(x)";

    /// <inheritdoc/>
    public override string Documentation => "A per-share figure expressed per ADS: x divided by the ADSs per share.";

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
        if (v.Unit.Kind != UnitKind.PerShare)
        {
            return new DerivationProblem($"'{call}' needs a per-share figure.");
        }
        if (!AdsFunction.AdsPerShare(call, evaluator.Package).TryGet(out var ratio, out problem))
        {
            return problem;
        }
        return ValueArithmetic.Wrap(Name, call, ValueArithmetic.Scale(v, Rational.One / ratio, v.Unit), period, v.Provenance);
    }
}
