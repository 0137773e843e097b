using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>
/// <c>dividend_total(dividend_per_share, shares_outstanding)</c>: the total cash dividends of a period, the sum
/// over the record dates in the period of the dividend per share times the shares outstanding at the record
/// date (restated share counts converted back to the shares of that date). Requirement: the dividend-per-share
/// concept written without a period, a number of shares as the second argument, a context that is a duration,
/// and at least one record date in it.
/// </summary>
public sealed class DividendTotalFunction : DerivationFunction
{
    /// <inheritdoc/>
    public override string Name => "dividend_total";

    /// <inheritdoc/>
    public override string Signature => "dividend_total(dividend_per_share, shares_outstanding)";

    /// <inheritdoc/>
    public override string Documentation =>
        "Total cash dividends of a period: the sum, over record dates in the period, of the dividend per share times the shares outstanding at the record date (restated share counts converted back to the shares of that date).";

    internal override Outcome<DerivedValue> Evaluate(CallExpr call, Period period, FactStatus status, Evaluator evaluator)
    {
        if (Arity(call, 2) is { } arity)
        {
            return arity;
        }
        var package = evaluator.Package;
        if (!Dividends.RecordDates(call, call.Args[0], period, status, package).TryGet(out var dates, out var problem))
        {
            return problem;
        }
        var r = (RefExpr)call.Args[0];
        DerivedValue? total = null;
        var inputs = new List<Provenance>();
        foreach (var f in dates)
        {
            var at = r with { Period = new PeriodSpec(PeriodAnchor.Absolute, f.Period, f.Period.ToString()), Status = f.Status };
            // Share counts are restated for every split; a dividend declared before a split was paid on the shares of its day.
            if (!evaluator.Evaluate(at, f.Period, f.Status).TryGet(out var dps, out problem)
                || !evaluator.Evaluate(call.Args[1], f.Period, FactStatus.Actual).TryGet(out var shares, out problem))
            {
                return problem;
            }
            if (shares.Unit.Kind != UnitKind.Shares)
            {
                return new DerivationProblem($"'{call}': the second argument must be a number of shares.");
            }
            var factor = Rational.FromDecimal(package.Shares.SplitFactorAfter(f.Period.End));
            var sharesThen = ValueArithmetic.Scale(shares, Rational.One / factor, shares.Unit);
            var money = new DerivedValue(dps.Value * sharesThen.Value,
                dps.Low * sharesThen.Value, dps.High * sharesThen.Value,
                Unit.OfCurrency(dps.Unit.Currency!),
                new Provenance("dividend", $"{at} * shares", dps.Value * sharesThen.Value, [dps.Provenance, shares.Provenance], null, f.Period));
            inputs.Add(money.Provenance);
            if (total is null)
            {
                total = money;
            }
            else if (!ValueArithmetic.Combine('+', total, money, call.ToString(), period).TryGet(out total, out problem))
            {
                return problem;
            }
        }
        return ValueArithmetic.Wrap(Name, call, total!, period, [.. inputs]);
    }
}
