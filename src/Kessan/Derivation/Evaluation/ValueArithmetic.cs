using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Evaluation;

/// <summary>
/// Arithmetic on derived values, exactly: each result carries its exact value, the interval its inputs'
/// rounding allows, its unit and its provenance. Shared by the evaluator and the derivation functions.
/// </summary>
internal static class ValueArithmetic
{
    /// <summary>A pure number, exact.</summary>
    public static DerivedValue Constant(Rational value) =>
        new(value, value, value, Unit.Pure, new Provenance("constant", value.ToString(), value, [], null, null));

    /// <summary>The value negated, its interval mirrored; the provenance names <paramref name="expr"/>.</summary>
    public static DerivedValue Negate(DerivedValue v, Expr expr, Period period) =>
        new(-v.Value, v.High is { } h ? -h : null, v.Low is { } l ? -l : null, v.Unit,
            new Provenance("negate", expr.ToString(), -v.Value, [v.Provenance], null, period));

    /// <summary>Arithmetic on two values: exact value, interval, unit and provenance under <paramref name="formula"/>.</summary>
    public static Outcome<DerivedValue> Combine(char op, DerivedValue a, DerivedValue c, string formula, Period period)
    {
        Rational value;
        Rational? low, high;
        string rule;
        Outcome<Unit> unit;
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
                    return new DerivationProblem($"Division by zero in '{formula}'.");
                }
                unit = DivideUnit(a.Unit, c.Unit, formula);
                value = a.Value / c.Value;
                (low, high) = c.Low is { } cl && c.High is { } ch && (cl.Sign > 0 || ch.Sign < 0)
                    ? Corners(a, c, (x, y) => x / y)
                    : (null, null);
                rule = "quotient";
                break;
        }
        if (!unit.TryGet(out var resultUnit, out var problem))
        {
            return problem;
        }
        return new DerivedValue(value, low, high, resultUnit, new Provenance(rule, formula, value, [a.Provenance, c.Provenance], null, period));
    }

    /// <summary>The value and its interval times <paramref name="factor"/> (the interval flips for a negative factor), in <paramref name="unit"/>.</summary>
    public static DerivedValue Scale(DerivedValue v, Rational factor, Unit unit) =>
        new(v.Value * factor,
            factor.Sign >= 0 ? v.Low * factor : v.High * factor,
            factor.Sign >= 0 ? v.High * factor : v.Low * factor,
            unit, v.Provenance);

    /// <summary>The result with a provenance of rule <paramref name="rule"/> over <paramref name="inputs"/>, written as <paramref name="call"/>.</summary>
    public static DerivedValue Wrap(string rule, CallExpr call, DerivedValue result, Period period, params Provenance[] inputs) =>
        result with { Provenance = new Provenance(rule, call.ToString(), result.Value, [.. inputs], null, period) };

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

    private static Outcome<Unit> SameUnit(Unit a, Unit b, string e) =>
        a == b ? a : new DerivationProblem($"'{e}' adds or subtracts figures of different units ({a.Id} and {b.Id}).");

    private static Outcome<Unit> MultiplyUnit(Unit a, Unit b, string e) =>
        a.Kind == UnitKind.Pure ? b
        : b.Kind == UnitKind.Pure ? a
        : new DerivationProblem($"'{e}' multiplies {a.Id} by {b.Id}; one factor must be a pure number.");

    private static Outcome<Unit> DivideUnit(Unit a, Unit b, string e)
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
        return new DerivationProblem($"'{e}' divides {a.Id} by {b.Id}, which gives no unit Kessan knows.");
    }
}
