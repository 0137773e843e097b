using Kessan.Layout.Expressions;
using Kessan.Layout.Templates;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// How a placeholder finds its figure once planned: its expression as written (the slot filled), the
/// period and status it is evaluated at, and the name of the display format it is rounded with.
/// </summary>
/// <param name="Expression">The expression as written, canonical, with '$' filled.</param>
/// <param name="Period">The period of its context.</param>
/// <param name="Status">The status of its context.</param>
/// <param name="Format">The display format's name, or null to choose one by the figure's unit.</param>
internal readonly record struct PlaceholderKey(string Expression, Period Period, FactStatus Status, string? Format)
{
    /// <summary>The key of a figure placeholder of a template placed in <paramref name="ctx"/>.</summary>
    public static PlaceholderKey Of(FigurePart part, PlacementContext ctx)
    {
        var expr = part.Expression.HasSlot && ctx.Slot is not null ? part.Expression.Fill(ctx.Slot) : part.Expression;
        var within = ctx.Within(part.Format);
        return Of(expr, within, ctx.FormatFor(part.Format));
    }

    /// <summary>The key of <paramref name="expr"/> (its slot filled) evaluated in <paramref name="ctx"/> and rounded with <paramref name="format"/> or the context's format.</summary>
    public static PlaceholderKey Of(Expr expr, PlacementContext ctx, string? format) => new(expr.ToString(), ctx.Period, ctx.Status, format ?? ctx.Format);
}
