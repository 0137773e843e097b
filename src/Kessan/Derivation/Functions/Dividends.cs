using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Functions;

/// <summary>What the dividend functions share: the record dates of a period, and per-share sums over them.</summary>
internal static class Dividends
{
    /// <summary>
    /// The dividend-per-share facts whose record dates fall in <paramref name="period"/>, in date order.
    /// The dividend per share must be a concept written without a period, and the context a duration.
    /// </summary>
    public static Outcome<List<Fact>> RecordDates(CallExpr call, Expr dps, Period period, FactStatus status, ReleasePackage package)
    {
        if (dps is not RefExpr r || r.Period.Anchor != PeriodAnchor.Context)
        {
            return new DerivationProblem($"'{call}' needs the dividend-per-share concept written without a period.");
        }
        if (!period.IsDuration)
        {
            return new DerivationProblem($"'{call}' sums the dividends of a duration; its context is an instant.");
        }
        var st = r.Status ?? status;
        var dates = package.Facts.ForConcept(r.ConceptId)
            .Where(f => f.Dimensions == r.Dimensions && f.Status == st && f.Period.IsInstant
                        && f.Period.End >= period.Start && f.Period.End <= period.End)
            .OrderBy(f => f.Period)
            .ToList();
        if (dates.Count == 0)
        {
            return new DerivationProblem($"'{call}': no dividend has a record date in {package.Calendar.NameOf(period)}.");
        }
        return dates;
    }

    /// <summary>
    /// The sum of the dividends per share of the record dates in <paramref name="period"/>: restated for later
    /// splits, or as declared (refused when the dates straddle a split). The call has one argument.
    /// </summary>
    public static Outcome<DerivedValue> PerShareSum(CallExpr call, Period period, FactStatus status, Evaluator evaluator, bool restate)
    {
        var package = evaluator.Package;
        if (!RecordDates(call, call.Args[0], period, status, package).TryGet(out var dates, out var problem))
        {
            return problem;
        }
        if (!restate && dates.Select(f => package.Shares.SplitFactorAfter(f.Period.End)).Distinct().Count() > 1)
        {
            return new DerivationProblem(
                $"'{call}': the record dates of {package.Calendar.NameOf(period)} fall on both sides of a stock split; per-share amounts of different shares cannot be added (use dividend_per_share for the restated total).");
        }
        var r = (RefExpr)call.Args[0];
        DerivedValue? total = null;
        var inputs = new List<Provenance>();
        foreach (var f in dates)
        {
            var at = r with { Period = new PeriodSpec(PeriodAnchor.Absolute, f.Period, f.Period.ToString()), Status = f.Status };
            var value = restate ? evaluator.Evaluate(new CallExpr("restated", [at]), f.Period, f.Status) : evaluator.Evaluate(at, f.Period, f.Status);
            if (!value.TryGet(out var v, out problem))
            {
                return problem;
            }
            inputs.Add(v.Provenance);
            if (total is null)
            {
                total = v;
            }
            else if (!ValueArithmetic.Combine('+', total, v, call.ToString(), period).TryGet(out total, out problem))
            {
                return problem;
            }
        }
        return ValueArithmetic.Wrap(call.Function, call, total!, period, [.. inputs]);
    }
}
