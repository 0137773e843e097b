using Kessan.Derivation.Functions;
using Kessan.Layout.Expressions;
using Kessan.Model;

namespace Kessan.Derivation.Evaluation;

/// <summary>
/// Evaluates expressions against a package's facts, exactly. Each result carries the interval its inputs'
/// rounding allows, its unit, and its provenance down to the facts; a value that cannot be derived is an
/// outcome with a <see cref="DerivationProblem"/> that says why, never an exception.
/// </summary>
/// <remarks>
/// Thread-safe: evaluation keeps no state between calls. Functions (<c>yoy</c>, <c>translate</c>, ...) are
/// those of <see cref="DerivationFunctions.Default"/>.
/// </remarks>
public sealed class Evaluator
{
    private readonly DerivationFunctions functions = DerivationFunctions.Default;

    /// <summary>Creates an evaluator for a package.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="package"/> is null.</exception>
    public Evaluator(ReleasePackage package) => Package = package ?? throw new ArgumentNullException(nameof(package));

    /// <summary>The package whose facts are evaluated.</summary>
    internal ReleasePackage Package { get; }

    /// <summary>
    /// Evaluates <paramref name="expr"/> at <paramref name="period"/> with default status <paramref name="status"/>:
    /// the value, or the problem that prevented it (a fact is missing, a unit does not fit, a division by zero).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="expr"/> or <paramref name="period"/> is null.</exception>
    public Outcome<DerivedValue> Evaluate(Expr expr, Period period, FactStatus status = FactStatus.Actual)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(period);
        return expr switch
        {
            NumberExpr n => ValueArithmetic.Constant(n.Value),
            RefExpr r => Reference(r, period, status),
            NegateExpr neg => Negate(neg, period, status),
            BinaryExpr b => Binary(b, period, status),
            CallExpr c => Call(c, period, status),
            SlotExpr => new DerivationProblem("The slot '$' is only allowed in a table's row or column template."),
            _ => new DerivationProblem("Unknown expression."),
        };
    }

    private Outcome<DerivedValue> Reference(RefExpr r, Period context, FactStatus status)
    {
        if (Package.Taxonomy.FindConcept(r.ConceptId) is not { } concept)
        {
            return new DerivationProblem($"Concept '{r.ConceptId}' is not defined.");
        }
        var period = r.Period.Resolve(context, Package.Calendar);
        if (concept.PeriodType == PeriodType.Instant && period.IsDuration)
        {
            return new DerivationProblem($"'{concept.Id}' is a balance; refer to it at an instant (@start, @end, @FY2012-end).");
        }
        if (concept.PeriodType == PeriodType.Duration && period.IsInstant)
        {
            return new DerivationProblem($"'{concept.Id}' is a flow; it has no value at an instant.");
        }
        var st = r.Status ?? status;
        if (Package.Facts.Find(r.ConceptId, period, r.Dimensions, st) is not { } fact)
        {
            return new DerivationProblem($"No fact for {Describe(concept, r.Dimensions, period, st)}.");
        }
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
        return $"'{concept.Label}'{members} {when}{Package.Calendar.NameOf(period)}{st}";
    }

    private Outcome<DerivedValue> Negate(NegateExpr neg, Period period, FactStatus status) =>
        Evaluate(neg.Operand, period, status).TryGet(out var operand, out var problem)
            ? ValueArithmetic.Negate(operand, neg, period)
            : problem;

    private Outcome<DerivedValue> Binary(BinaryExpr b, Period period, FactStatus status)
    {
        if (!Evaluate(b.Left, period, status).TryGet(out var left, out var problem)
            || !Evaluate(b.Right, period, status).TryGet(out var right, out problem))
        {
            return problem;
        }
        return ValueArithmetic.Combine(b.Op, left, right, b.ToString(), period);
    }

    private Outcome<DerivedValue> Call(CallExpr c, Period period, FactStatus status) =>
        functions.Find(c.Function) is { } function
            ? function.Evaluate(c, period, status, this)
            : new DerivationProblem($"'{c.Function}' is not a derivation rule; the rules are: {string.Join(", ", functions.Names)}.");
}
