using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Layout.Expressions;

namespace Kessan.Derivation.Rounding;

/// <summary>
/// The quantities behind the figures, for footing. A figure and its negation (<c>-x</c>, a cost printed in
/// parentheses) or its absolute value (<c>abs(x)</c>, "a loss of JPY66 million"), shown at the same precision,
/// show one quantity: footing moves them together, so that the quantity reads the same wherever it appears.
/// And a change shown with both its levels (<c>change(x)</c> beside <c>x</c> and <c>x@prior</c>, a bridge step
/// beside the table it comes from; a change of a sum or difference beside the figures of its terms) is a displayed
/// difference that must hold like a displayed sum.
/// </summary>
internal sealed class FigureQuantities
{
    private FigureQuantities(ImmutableArray<(int Quantity, int Sign)> ofFigure, int count, ImmutableArray<ImmutableArray<(int Figure, int Weight)>> differences)
    {
        OfFigure = ofFigure;
        Count = count;
        Differences = differences;
    }

    /// <summary>Per figure: the quantity it shows and its sign against it (+1, or -1 for a negation or the absolute value of a negative).</summary>
    public ImmutableArray<(int Quantity, int Sign)> OfFigure { get; }

    /// <summary>How many quantities there are.</summary>
    public int Count { get; }

    /// <summary>Displayed differences, as sums of figures that are zero: <c>x - x@prior - change(x)</c>.</summary>
    public ImmutableArray<ImmutableArray<(int Figure, int Weight)>> Differences { get; }

    /// <summary>The quantities of <paramref name="figures"/>, each figure in one.</summary>
    public static FigureQuantities Of(ImmutableArray<Figure> figures, Model.FiscalCalendar calendar)
    {
        var byKey = new Dictionary<FigureKey, int>();
        var signOf = new Dictionary<int, int>();
        var ofFigure = new (int, int)[figures.Length];
        var byFigureKey = new Dictionary<FigureKey, int>();
        int Quantity(FigureKey key)
        {
            if (!byKey.TryGetValue(key, out var q))
            {
                q = byKey.Count;
                byKey[key] = q;
            }
            return q;
        }
        // A figure and its negation first; an absolute value then joins the quantity whose sign is known.
        for (var n = 0; n < figures.Length; n++)
        {
            var f = figures[n];
            byFigureKey.TryAdd(f.Key, n);
            var (inner, sign) = f.Expression is NegateExpr { Operand: var operand } ? (operand, -1) : (f.Expression, 1);
            if (f.Expression is CallExpr { Function: "abs", Args: [_] })
            {
                continue;
            }
            var q = Quantity(f.Key with { Expression = inner.ToString() });
            ofFigure[n] = (q, sign);
            if (f.Value is { } v && !v.Value.IsZero)
            {
                signOf.TryAdd(q, sign * v.Value.Sign);
            }
        }
        for (var n = 0; n < figures.Length; n++)
        {
            var f = figures[n];
            if (f.Expression is CallExpr { Function: "abs", Args: [var operand] })
            {
                var key = f.Key with { Expression = operand.ToString() };
                ofFigure[n] = byKey.TryGetValue(key, out var q) && signOf.TryGetValue(q, out var sign) ? (q, sign) : (Quantity(f.Key), 1);
            }
        }
        var differences = ImmutableArray.CreateBuilder<ImmutableArray<(int, int)>>();
        for (var n = 0; n < figures.Length; n++)
        {
            var f = figures[n];
            var (change, sign) = f.Expression is NegateExpr { Operand: var operand } ? (operand, -1) : (f.Expression, 1);
            if (f.Value is null || change is not CallExpr { Function: "change", Args: [var level] })
            {
                continue;
            }
            var prior = f.Key with { Period = calendar.Shift(f.Key.Period, -1), Status = Model.FactStatus.Actual };
            var terms = new List<(int Figure, int Weight)>();
            if (Shown(level, f.Key, 1, figures, byFigureKey, terms) && Shown(level, prior, -1, figures, byFigureKey, terms))
            {
                terms.Add((n, -sign));
                differences.Add([.. terms]);
            }
        }
        return new FigureQuantities([.. ofFigure], byKey.Count, differences.ToImmutable());
    }

    /// <summary>
    /// Adds to <paramref name="terms"/> the figures that show <paramref name="expression"/> at <paramref name="context"/>,
    /// with <paramref name="weight"/>: the figure of the whole expression, or of its negation, or else the figures of
    /// the terms of a sum or difference. False when some part is not shown.
    /// </summary>
    private static bool Shown(Expr expression, FigureKey context, int weight, ImmutableArray<Figure> figures, Dictionary<FigureKey, int> byKey, List<(int, int)> terms)
    {
        if (byKey.TryGetValue(context with { Expression = expression.ToString() }, out var n) && figures[n].Value is not null)
        {
            terms.Add((n, weight));
            return true;
        }
        if (byKey.TryGetValue(context with { Expression = new NegateExpr(expression).ToString() }, out n) && figures[n].Value is not null)
        {
            terms.Add((n, -weight));
            return true;
        }
        return expression switch
        {
            NegateExpr { Operand: var operand } => Shown(operand, context, -weight, figures, byKey, terms),
            BinaryExpr { Op: '+' or '-' } b => Shown(b.Left, context, weight, figures, byKey, terms)
                && Shown(b.Right, context, b.Op == '+' ? weight : -weight, figures, byKey, terms),
            _ => false,
        };
    }
}
