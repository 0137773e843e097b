using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Evaluation;

/// <summary>A derivation rule that an expression can call, with its documentation.</summary>
/// <param name="Name">The name used in expressions.</param>
/// <param name="Signature">How it is called.</param>
/// <param name="Documentation">What it computes, exactly.</param>
public sealed record DerivationRule(string Name, string Signature, string Documentation);

/// <summary>
/// Evaluates expressions against a package's facts, exactly. Each result carries the interval its inputs'
/// rounding allows, its unit, and its provenance down to the facts.
/// </summary>
/// <remarks>Thread-safe: evaluation keeps no state between calls.</remarks>
public sealed class Evaluator
{
    private readonly ReleasePackage package;

    /// <summary>Creates an evaluator for a package.</summary>
    public Evaluator(ReleasePackage package) => this.package = package ?? throw new ArgumentNullException(nameof(package));

    /// <summary>Every rule an expression can call.</summary>
    public static ImmutableArray<DerivationRule> Rules { get; } =
    [
        new("yoy", "yoy(x) | yoy(current, prior)",
            "Year-on-year change as a ratio: x / x@prior - 1 (the prior period's actual figure, also for a target), or current / prior - 1; computed on the unrounded inputs."),
        new("change", "change(x) | change(current, prior)", "Difference: x - x@prior (the prior period's actual figure), or current - prior."),
        new("avg", "avg(x)", "Average of a balance over a duration: (x@start + x@end) / 2."),
        new("translate", "translate(x)",
            "Convenience translation: x divided by the package's rate (JPY per unit of the target currency)."),
        new("ads", "ads(shares)", "ADS equivalents: a number of shares times the ADSs per share."),
        new("per_ads", "per_ads(x)", "A per-share figure expressed per ADS: x divided by the ADSs per share."),
        new("abs", "abs(x)", "Absolute value."),
        new("restated", "restated(x)",
            "A per-share figure declared on the shares of its date, restated for every later split: x divided by the product of the ratios of the splits after the date."),
        new("carried", "carried(balance)",
            "A balance that does not change (its concept rolls forward with no changes) at a date it is not reported at: its value at the reported dates, which must all agree."),
        new("dividend_total", "dividend_total(dividend_per_share, shares_outstanding)",
            "Total cash dividends of a period: the sum, over record dates in the period, of the dividend per share times the shares outstanding at the record date (restated share counts converted back to the shares of that date)."),
        new("dividend_per_share", "dividend_per_share(dividend_per_share)",
            "Annual dividend per share of a period, restated for splits: the sum of restated(dividend per share) over record dates in the period."),
        new("declared_total", "declared_total(dividend_per_share)",
            "The sum of dividends per share as declared over record dates in a period; refused when the dates straddle a split, because per-share amounts of different shares cannot be added."),
    ];

    /// <summary>Evaluates <paramref name="expr"/> at <paramref name="period"/> with default status <paramref name="status"/>.</summary>
    /// <exception cref="DerivationException">A fact is missing, a unit does not fit, or a division by zero.</exception>
    public DerivedValue Evaluate(Expr expr, Period period, FactStatus status = FactStatus.Actual)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(period);
        return Eval(expr, period, status);
    }

    private DerivedValue Eval(Expr expr, Period period, FactStatus status) => expr switch
    {
        NumberExpr n => Constant(n.Value),
        RefExpr r => EvalRef(r, period, status),
        NegateExpr neg => Negate(Eval(neg.Operand, period, status), expr, period),
        BinaryExpr b => Combine(b.Op, Eval(b.Left, period, status), Eval(b.Right, period, status), b.ToString(), period),
        CallExpr c => Call(c, period, status),
        SlotExpr => throw new DerivationException("The slot '$' is only allowed in a table's row or column template."),
        _ => throw new DerivationException("Unknown expression."),
    };

    private DerivedValue EvalRef(RefExpr r, Period context, FactStatus status)
    {
        var concept = package.Taxonomy.FindConcept(r.ConceptId)
            ?? throw new DerivationException($"Concept '{r.ConceptId}' is not defined.");
        var period = r.Period.Resolve(context);
        if (concept.PeriodType == PeriodType.Instant && period.IsDuration)
        {
            throw new DerivationException($"'{concept.Id}' is a balance; refer to it at an instant (@start, @end, @FY2012-end).");
        }
        if (concept.PeriodType == PeriodType.Duration && period.IsInstant)
        {
            throw new DerivationException($"'{concept.Id}' is a flow; it has no value at an instant.");
        }
        var st = r.Status ?? status;
        var fact = package.Facts.Find(r.ConceptId, period, r.Dimensions, st)
            ?? throw new DerivationException(
                $"No fact for {Describe(concept, r.Dimensions, period, st)}.");
        var value = Rational.FromDecimal(fact.Value);
        var half = Rational.FromDecimal(fact.Precision.HalfWidth);
        return new DerivedValue(value, value - half, value + half, fact.Unit,
            new Provenance("fact", r.ToString(), value, [], fact, period));
    }

    private string Describe(Concept concept, DimensionSet dims, Period period, FactStatus status)
    {
        var members = dims.IsEmpty ? "" : " [" + dims + "]";
        var st = status == FactStatus.Actual ? "" : " (" + status.ToString().ToLowerInvariant() + ")";
        var when = period.IsInstant ? "at " : "for ";
        return $"'{concept.Label}'{members} {when}{package.Calendar.NameOf(period)}{st}";
    }

    private static DerivedValue Negate(DerivedValue v, Expr expr, Period period) =>
        new(-v.Value, v.High is { } h ? -h : null, v.Low is { } l ? -l : null, v.Unit,
            new Provenance("negate", expr.ToString(), -v.Value, [v.Provenance], null, period));

    /// <summary>Arithmetic on two values: exact value, interval, unit and provenance under <paramref name="formula"/>.</summary>
    private static DerivedValue Combine(char op, DerivedValue a, DerivedValue c, string formula, Period period)
    {
        Rational value;
        Rational? low, high;
        Unit unit;
        string rule;
        switch (op)
        {
            case '+':
            case '-':
                unit = SameUnit(a.Unit, c.Unit, formula);
                value = op == '+' ? a.Value + c.Value : a.Value - c.Value;
                (low, high) = op == '+'
                    ? (Add(a.Low, c.Low), Add(a.High, c.High))
                    : (Sub(a.Low, c.High), Sub(a.High, c.Low));
                rule = op == '+' ? "sum" : "difference";
                break;
            case '*':
                unit = MultiplyUnit(a.Unit, c.Unit, formula);
                value = a.Value * c.Value;
                (low, high) = Corners(a, c, (x, y) => x * y);
                rule = "product";
                break;
            default:
                if (c.Value.IsZero)
                {
                    throw new DerivationException($"Division by zero in '{formula}'.");
                }
                unit = DivideUnit(a.Unit, c.Unit, formula);
                value = a.Value / c.Value;
                (low, high) = c.Low is { } cl && c.High is { } ch && (cl.Sign > 0 || ch.Sign < 0)
                    ? Corners(a, c, (x, y) => x / y)
                    : (null, null);
                rule = "quotient";
                break;
        }
        return new DerivedValue(value, low, high, unit, new Provenance(rule, formula, value, [a.Provenance, c.Provenance], null, period));
    }

    private static Rational? Add(Rational? a, Rational? b) => a is { } x && b is { } y ? x + y : null;

    private static Rational? Sub(Rational? a, Rational? b) => a is { } x && b is { } y ? x - y : null;

    private static (Rational?, Rational?) Corners(DerivedValue a, DerivedValue b, Func<Rational, Rational, Rational> op)
    {
        if (a.Low is not { } al || a.High is not { } ah || b.Low is not { } bl || b.High is not { } bh)
        {
            return (null, null);
        }
        var c = new[] { op(al, bl), op(al, bh), op(ah, bl), op(ah, bh) };
        return (c.Min(), c.Max());
    }

    private static Unit SameUnit(Unit a, Unit b, string e)
    {
        if (a == b)
        {
            return a;
        }
        throw new DerivationException($"'{e}' adds or subtracts figures of different units ({a.Id} and {b.Id}).");
    }

    private static Unit MultiplyUnit(Unit a, Unit b, string e) =>
        a.Kind == UnitKind.Pure ? b
        : b.Kind == UnitKind.Pure ? a
        : throw new DerivationException($"'{e}' multiplies {a.Id} by {b.Id}; one factor must be a pure number.");

    private static Unit DivideUnit(Unit a, Unit b, string e)
    {
        if (a == b)
        {
            return Unit.Pure;
        }
        if (b.Kind == UnitKind.Pure)
        {
            return a;
        }
        if (a.Kind == UnitKind.Currency && b.Kind == UnitKind.Shares)
        {
            return Unit.PerShareOf(a.Currency!);
        }
        throw new DerivationException($"'{e}' divides {a.Id} by {b.Id}, which gives no unit Kessan knows.");
    }

    private DerivedValue Call(CallExpr c, Period period, FactStatus status)
    {
        switch (c.Function)
        {
            case "yoy":
            {
                var (current, prior) = CurrentAndPrior(c, period, status);
                if (prior.Value.IsZero)
                {
                    throw new DerivationException($"'{c}': the prior figure is zero, so there is no year-on-year change.");
                }
                var ratio = Combine('/', current, prior, c.ToString(), period);
                var result = Combine('-', ratio, Constant(Rational.One), c.ToString(), period);
                return Wrap("yoy", c, result, period, current.Provenance, prior.Provenance);
            }
            case "change":
            {
                var (current, prior) = CurrentAndPrior(c, period, status);
                return Wrap("change", c, Combine('-', current, prior, c.ToString(), period), period, current.Provenance, prior.Provenance);
            }
            case "avg":
            {
                Arity(c, 1);
                if (period.IsInstant)
                {
                    throw new DerivationException($"'{c}' averages over a duration; its context is an instant.");
                }
                var start = Eval(c.Args[0], period.StartInstant, status);
                var end = Eval(c.Args[0], period.EndInstant, status);
                var sum = Combine('+', start, end, c.ToString(), period);
                var two = Rational.FromInteger(2);
                return Wrap("avg", c, Scale(sum, Rational.One / two, sum.Unit), period, start.Provenance, end.Provenance);
            }
            case "translate":
            {
                Arity(c, 1);
                var t = package.Translation ?? throw new DerivationException("The package has no convenience translation.");
                var v = Eval(c.Args[0], period, status);
                var unit = v.Unit.Kind switch
                {
                    UnitKind.Currency when v.Unit == package.Reporting.Currency => t.Currency,
                    UnitKind.PerShare when v.Unit.Currency == package.Reporting.Currency.Currency => Unit.PerShareOf(t.Currency.Currency!),
                    _ => throw new DerivationException($"'{c}' translates {v.Unit.Id}; only {package.Reporting.Currency.Id} amounts are translated."),
                };
                return Wrap("translate", c, Scale(v, Rational.One / Rational.FromDecimal(t.Rate), unit), period, v.Provenance);
            }
            case "ads":
            {
                Arity(c, 1);
                var v = Eval(c.Args[0], period, status);
                if (v.Unit.Kind != UnitKind.Shares)
                {
                    throw new DerivationException($"'{c}' needs a number of shares.");
                }
                return Wrap("ads", c, Scale(v, AdsPerShare(c), v.Unit), period, v.Provenance);
            }
            case "per_ads":
            {
                Arity(c, 1);
                var v = Eval(c.Args[0], period, status);
                if (v.Unit.Kind != UnitKind.PerShare)
                {
                    throw new DerivationException($"'{c}' needs a per-share figure.");
                }
                return Wrap("per_ads", c, Scale(v, Rational.One / AdsPerShare(c), v.Unit), period, v.Provenance);
            }
            case "abs":
            {
                Arity(c, 1);
                var v = Eval(c.Args[0], period, status);
                var result = v.Value.Sign >= 0 ? v : Negate(v, c, period);
                if (v.Low is { } low && v.High is { } high && low.Sign < 0 && high.Sign > 0)
                {
                    // The inputs allow values of either sign: the absolute value is at least zero.
                    result = result with { Low = Rational.Zero, High = Rational.Max(-low, high) };
                }
                return Wrap("abs", c, result, period, v.Provenance);
            }
            case "restated":
            {
                Arity(c, 1);
                if (!period.IsInstant && c.Args[0] is RefExpr { Period.Anchor: PeriodAnchor.Context })
                {
                    throw new DerivationException($"'{c}' restates a figure at a date; its context is a duration.");
                }
                var v = Eval(c.Args[0], period, status);
                var date = v.Provenance.Period?.End ?? period.End;
                var factor = Rational.FromDecimal(package.Shares.SplitFactorAfter(date));
                return Wrap("restated", c, Scale(v, Rational.One / factor, v.Unit), period, v.Provenance);
            }
            case "carried":
                return Carried(c, period, status);
            case "dividend_total":
                return DividendTotal(c, period, status);
            case "dividend_per_share":
                return DividendSum(c, period, status, restate: true);
            case "declared_total":
                return DividendSum(c, period, status, restate: false);
            default:
                throw new DerivationException($"'{c.Function}' is not a derivation rule; the rules are: {string.Join(", ", Rules.Select(r => r.Name))}.");
        }
    }

    private static void Arity(CallExpr c, int n)
    {
        if (c.Args.Length != n)
        {
            throw new DerivationException($"'{c.Function}' takes {n} argument{(n == 1 ? "" : "s")}.");
        }
    }

    private (DerivedValue Current, DerivedValue Prior) CurrentAndPrior(CallExpr c, Period period, FactStatus status)
    {
        if (c.Args.Length is not (1 or 2))
        {
            throw new DerivationException($"'{c.Function}' takes one or two arguments.");
        }
        var current = Eval(c.Args[0], period, status);
        // A target or forecast is compared with the prior period's actual result.
        var prior = c.Args.Length == 2 ? Eval(c.Args[1], period, status) : Eval(c.Args[0], PeriodSpec.ShiftYear(period, -1), FactStatus.Actual);
        if (current.Unit != prior.Unit)
        {
            throw new DerivationException($"'{c}' compares figures of different units ({current.Unit.Id} and {prior.Unit.Id}).");
        }
        return (current, prior);
    }

    private static DerivedValue Constant(Rational value) =>
        new(value, value, value, Unit.Pure, new Provenance("constant", value.ToString(), value, [], null, null));

    private Rational AdsPerShare(CallExpr c) =>
        package.Shares.AdsPerShare is { } a ? Rational.FromDecimal(a) : throw new DerivationException($"'{c}': the package declares no ADS ratio.");

    private static DerivedValue Scale(DerivedValue v, Rational factor, Unit unit) =>
        new(v.Value * factor,
            factor.Sign >= 0 ? v.Low * factor : v.High * factor,
            factor.Sign >= 0 ? v.High * factor : v.Low * factor,
            unit, v.Provenance);

    private static DerivedValue Wrap(string rule, CallExpr c, DerivedValue result, Period period, params Provenance[] inputs) =>
        result with { Provenance = new Provenance(rule, c.ToString(), result.Value, [.. inputs], null, period) };

    private DerivedValue Carried(CallExpr c, Period period, FactStatus status)
    {
        Arity(c, 1);
        if (c.Args[0] is not RefExpr r || r.Period.Anchor != PeriodAnchor.Context)
        {
            throw new DerivationException($"'{c}' carries a balance written without a period: carried(Concept).");
        }
        if (!period.IsInstant)
        {
            throw new DerivationException($"'{c}' carries a balance to a date; its context is a duration.");
        }
        var concept = package.Taxonomy.FindConcept(r.ConceptId) ?? throw new DerivationException($"Concept '{r.ConceptId}' is not defined.");
        if (!package.Taxonomy.RollForwards.Any(x => x.BalanceId == concept.Id && x.Changes.IsEmpty))
        {
            throw new DerivationException($"'{c}': '{concept.Label}' does not declare that it never changes (rollforward: []), so its value at an unreported date is unknown.");
        }
        var exact = package.Facts.Find(r.ConceptId, period, r.Dimensions, r.Status ?? status);
        if (exact is not null)
        {
            return EvalRef(r with { Period = new PeriodSpec(PeriodAnchor.Absolute, period, period.ToString()) }, period, status);
        }
        var reported = package.Facts.ForConcept(r.ConceptId).Where(f => f.Dimensions == r.Dimensions && f.Status == (r.Status ?? status)).ToList();
        if (reported.Count == 0)
        {
            throw new DerivationException($"'{c}': '{concept.Label}' is reported at no date.");
        }
        if (reported.Any(f => f.Value != reported[0].Value))
        {
            throw new DerivationException($"'{c}': '{concept.Label}' is reported with different values at different dates, so it cannot be carried.");
        }
        var nearest = reported.OrderBy(f => Math.Abs(f.Period.End.DayNumber - period.End.DayNumber)).First();
        var v = EvalRef(r with { Period = new PeriodSpec(PeriodAnchor.Absolute, nearest.Period, nearest.Period.ToString()) }, period, status);
        return Wrap("carried", c, v, period, v.Provenance);
    }

    private IEnumerable<Fact> RecordDates(CallExpr c, Expr dps, Period period, FactStatus status)
    {
        if (dps is not RefExpr r || r.Period.Anchor != PeriodAnchor.Context)
        {
            throw new DerivationException($"'{c}' needs the dividend-per-share concept written without a period.");
        }
        if (!period.IsDuration)
        {
            throw new DerivationException($"'{c}' sums the dividends of a duration; its context is an instant.");
        }
        var st = r.Status ?? status;
        return package.Facts.ForConcept(r.ConceptId)
            .Where(f => f.Dimensions == r.Dimensions && f.Status == st && f.Period.IsInstant
                        && f.Period.End >= period.Start && f.Period.End <= period.End)
            .OrderBy(f => f.Period);
    }

    private DerivedValue DividendSum(CallExpr c, Period period, FactStatus status, bool restate)
    {
        Arity(c, 1);
        var dates = RecordDates(c, c.Args[0], period, status).ToList();
        if (dates.Count == 0)
        {
            throw new DerivationException($"'{c}': no dividend has a record date in {package.Calendar.NameOf(period)}.");
        }
        if (!restate && dates.Select(f => package.Shares.SplitFactorAfter(f.Period.End)).Distinct().Count() > 1)
        {
            throw new DerivationException(
                $"'{c}': the record dates of {package.Calendar.NameOf(period)} fall on both sides of a stock split; per-share amounts of different shares cannot be added (use dividend_per_share for the restated total).");
        }
        var r = (RefExpr)c.Args[0];
        DerivedValue? total = null;
        var inputs = new List<Provenance>();
        foreach (var f in dates)
        {
            var at = r with { Period = new PeriodSpec(PeriodAnchor.Absolute, f.Period, f.Period.ToString()), Status = f.Status };
            var v = restate ? Eval(new CallExpr("restated", [at]), f.Period, f.Status) : Eval(at, f.Period, f.Status);
            inputs.Add(v.Provenance);
            total = total is null ? v : Combine('+', total, v, c.ToString(), period);
        }
        return Wrap(c.Function, c, total!, period, [.. inputs]);
    }

    private DerivedValue DividendTotal(CallExpr c, Period period, FactStatus status)
    {
        Arity(c, 2);
        var dates = RecordDates(c, c.Args[0], period, status).ToList();
        if (dates.Count == 0)
        {
            throw new DerivationException($"'{c}': no dividend has a record date in {package.Calendar.NameOf(period)}.");
        }
        var r = (RefExpr)c.Args[0];
        DerivedValue? total = null;
        var inputs = new List<Provenance>();
        foreach (var f in dates)
        {
            var at = r with { Period = new PeriodSpec(PeriodAnchor.Absolute, f.Period, f.Period.ToString()), Status = f.Status };
            var dps = Eval(at, f.Period, f.Status);
            // Share counts are restated for every split; a dividend declared before a split was paid on the shares of its day.
            var shares = Eval(c.Args[1], f.Period, FactStatus.Actual);
            if (shares.Unit.Kind != UnitKind.Shares)
            {
                throw new DerivationException($"'{c}': the second argument must be a number of shares.");
            }
            var factor = Rational.FromDecimal(package.Shares.SplitFactorAfter(f.Period.End));
            var sharesThen = Scale(shares, Rational.One / factor, shares.Unit);
            var money = new DerivedValue(dps.Value * sharesThen.Value,
                dps.Low * sharesThen.Value, dps.High * sharesThen.Value,
                Unit.OfCurrency(dps.Unit.Currency!),
                new Provenance("dividend", $"{at} * shares", dps.Value * sharesThen.Value, [dps.Provenance, shares.Provenance], null, f.Period));
            inputs.Add(money.Provenance);
            total = total is null ? money : Combine('+', total, money, c.ToString(), period);
        }
        return Wrap("dividend_total", c, total!, period, [.. inputs]);
    }
}
