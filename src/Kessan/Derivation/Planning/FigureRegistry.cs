using System.Collections.Frozen;
using System.Collections.Immutable;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// The figures of a release as planning finds them: each expression shown at a period, status and display
/// precision is one figure wherever it appears, evaluated once (a figure shown in several formats shares
/// its evaluation), with every place that shows it. A figure that cannot be derived is kept, with its
/// problem, and reported once.
/// </summary>
/// <remarks>Used by one planning run only; not thread-safe. <see cref="Figures"/> and <see cref="Placeholders"/> hand its result on.</remarks>
internal sealed class FigureRegistry
{
    private readonly ReleaseLayout layout;
    private readonly DiagnosticBag bag;
    private readonly List<Figure> figures = [];
    private readonly List<List<string>> places = [];
    private readonly Dictionary<FigureKey, int> indexes = [];
    private readonly Dictionary<PlaceholderKey, int> registrations = [];
    private readonly Dictionary<(string Expression, Period Period, FactStatus Status), Outcome<DerivedValue>> evaluations = [];

    /// <summary>Creates a registry for a package and its layout, reporting to <paramref name="bag"/>.</summary>
    public FigureRegistry(ReleasePackage package, ReleaseLayout layout, DiagnosticBag bag)
    {
        this.layout = layout;
        this.bag = bag;
        Evaluator = new Evaluator(package);
    }

    /// <summary>The evaluator of the package's facts.</summary>
    public Evaluator Evaluator { get; }

    /// <summary>
    /// Registers (or finds) the figure of an expression in a context and records <paramref name="id"/> as a
    /// place that shows it; returns its index, or null when the expression cannot be planned (its slot stands
    /// for nothing here, which is reported).
    /// </summary>
    public int? Register(Expr expression, PlacementContext ctx, string? formatName, string id, string label, SourceLocation location)
    {
        if (Resolve(expression, ctx, location) is not var (filled, expr, resolved, evaluation))
        {
            return null;
        }
        var registration = PlaceholderKey.Of(filled, ctx, formatName);
        evaluation.TryGet(out var value, out var problem);
        var format = ResolveFormat(formatName ?? resolved.Format, value?.Unit);
        if (value is not null && FormatFit.Problem(format, value.Unit) is { } misfit)
        {
            bag.Error(DiagnosticCodes.FormatMismatch, $"{label}: the format '{format.Name}' cannot show this figure: {misfit}", location);
        }
        var text = expr.ToString();
        var key = new FigureKey(text, resolved.Period, resolved.Status, format.Scale, format.Decimals, format.Percent);
        if (!indexes.TryGetValue(key, out var index))
        {
            index = figures.Count;
            indexes[key] = index;
            figures.Add(new Figure
            {
                Id = id,
                Key = key,
                Label = label,
                Expression = expr,
                Format = format,
                Value = value,
                Failure = problem?.Message,
                Independent = value is null ? null : format.RoundToDisplay(value.Value),
            });
            places.Add([]);
        }
        if (problem is not null)
        {
            // Every place that would print the figure is a place the release would say nothing true: an error
            // at each, unless the package declares what to show there instead (which is not registered).
            bag.Error(DiagnosticCodes.FigureUnavailable,
                $"{label}: the figure cannot be derived: {problem.Message} Give the package its facts, or declare what to show instead (unavailable: on the row or column; {{{{ optional: \"why\" }}}} … {{{{ end }}}} in a text).",
                location);
        }
        places[index].Add(id);
        registrations[registration] = index;
        return index;
    }

    /// <summary>
    /// True when the figure of <paramref name="expression"/> in <paramref name="ctx"/> can be derived from the package
    /// (false also when it cannot be planned at all); registers nothing and reports nothing.
    /// </summary>
    public bool CanDerive(Expr expression, PlacementContext ctx) =>
        Resolve(expression, ctx, location: null) is var (_, _, _, evaluation) && evaluation.TryGet(out _, out _);

    /// <summary>
    /// The expression with its slot filled (as written, the key a placeholder finds it by) and, for a plain reference, its
    /// period and status moved into the context (so that it is the same figure wherever it is written from), with its
    /// evaluation; null when its slot stands for nothing here (reported when <paramref name="location"/> is given).
    /// </summary>
    private (Expr Filled, Expr Expr, PlacementContext Context, Outcome<DerivedValue> Evaluation)? Resolve(Expr expression, PlacementContext ctx, SourceLocation? location)
    {
        var expr = expression;
        if (expr.HasSlot)
        {
            if (ctx.Slot is null)
            {
                if (location is not null)
                {
                    bag.Error(DiagnosticCodes.BadCell, "The slot '$' has nothing to stand for here: neither the row nor the column gives a value.", location);
                }
                return null;
            }
            expr = expr.Fill(ctx.Slot);
        }
        var filled = expr;
        if (expr is RefExpr plain)
        {
            // A plain reference is the same figure wherever it is written from: Assets@end in FY2012 is
            // Assets at FY2012-end. Resolve its period and status into the context.
            ctx = ctx with { Period = plain.Period.Resolve(ctx.Period, Evaluator.Package.Calendar), Status = plain.Status ?? ctx.Status };
            expr = plain with { Period = PeriodSpec.Context, Status = null };
        }
        // A figure written in several places (with several formats) is evaluated once.
        var text = expr.ToString();
        if (!evaluations.TryGetValue((text, ctx.Period, ctx.Status), out var evaluation))
        {
            evaluation = Evaluator.Evaluate(expr, ctx.Period, ctx.Status);
            evaluations[(text, ctx.Period, ctx.Status)] = evaluation;
        }
        return (filled, expr, ctx, evaluation);
    }

    /// <summary>The display format of the figure at <paramref name="index"/>.</summary>
    public DisplayFormat FormatOf(int index) => figures[index].Format;

    /// <summary>Every figure so far, in order of first appearance, with every place that shows it; none is adjusted yet.</summary>
    public ImmutableArray<Figure> Figures() => [.. figures.Select((f, i) => f with { AppearsIn = [.. places[i]] })];

    /// <summary>The index of the figure each registration found, by the key a placeholder looks it up with.</summary>
    public FrozenDictionary<PlaceholderKey, int> Placeholders() => registrations.ToFrozenDictionary();

    private DisplayFormat ResolveFormat(string? name, Unit? unit)
    {
        if (name is not null && layout.Formats.TryGetValue(name, out var f))
        {
            return f;
        }
        return unit?.Kind switch
        {
            UnitKind.Pure => layout.Formats["percent"],
            UnitKind.PerShare => layout.Formats["pershare"],
            UnitKind.Shares or UnitKind.Declared => layout.Formats["count"],
            _ => layout.Formats["millions"],
        };
    }
}
