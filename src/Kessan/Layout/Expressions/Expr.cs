using System.Collections.Immutable;
using System.Text;
using Kessan.Model;

namespace Kessan.Layout.Expressions;

/// <summary>Which period a reference is evaluated at, relative to the period of its table cell or sentence.</summary>
public enum PeriodAnchor
{
    /// <summary>The context's period (the default).</summary>
    Context = 0,

    /// <summary>An absolute period written in the reference (<c>@FY2011</c>).</summary>
    Absolute,

    /// <summary>The opening instant of the context's duration (<c>@start</c>).</summary>
    Start,

    /// <summary>The closing instant of the context's period (<c>@end</c>).</summary>
    End,

    /// <summary>The same period one year earlier (<c>@prior</c>).</summary>
    Prior,

    /// <summary>The opening instant of the same period one year earlier (<c>@prior-start</c>).</summary>
    PriorStart,

    /// <summary>The closing instant of the same period one year earlier (<c>@prior-end</c>).</summary>
    PriorEnd,
}

/// <summary>A period written in a reference: an anchor, and for <see cref="PeriodAnchor.Absolute"/> the period.</summary>
/// <param name="Anchor">How the period is found.</param>
/// <param name="Absolute">The period, for an absolute anchor.</param>
/// <param name="Text">The period as written, for canonical text.</param>
public sealed record PeriodSpec(PeriodAnchor Anchor, Period? Absolute, string Text)
{
    /// <summary>The context's period.</summary>
    public static PeriodSpec Context { get; } = new(PeriodAnchor.Context, null, "");

    /// <summary>Resolves the spec against a context period; the prior period is <paramref name="calendar"/>'s comparable one.</summary>
    public Period Resolve(Period context, FiscalCalendar calendar) => Anchor switch
    {
        PeriodAnchor.Absolute => Absolute!,
        PeriodAnchor.Start => context.StartInstant,
        PeriodAnchor.End => context.EndInstant,
        PeriodAnchor.Prior => calendar.Shift(context, -1),
        PeriodAnchor.PriorStart => calendar.Shift(context, -1).StartInstant,
        PeriodAnchor.PriorEnd => calendar.Shift(context, -1).EndInstant,
        _ => context,
    };
}

/// <summary>
/// An expression that computes a figure from facts: references to concepts, numbers, arithmetic and named
/// derivation rules. Immutable; equality by value.
/// </summary>
public abstract record Expr
{
    // The canonical text, written once: planning keys figures by it, many times over. Not part of equality (records
    // compare by their parts) and not copied by `with` (a copy with another part has another text).
    private string? text;

    /// <summary>Creates an expression.</summary>
    protected Expr()
    {
    }

    /// <summary>Copies an expression for <c>with</c>, without its text: the copy's parts differ.</summary>
    /// <param name="original">The expression copied.</param>
    protected Expr(Expr original)
    {
    }

    /// <summary>The canonical text of the expression: the same expression always prints the same way.</summary>
    public abstract void Write(StringBuilder sb);

    /// <summary>The canonical text. Sealed, so that derived records do not replace it with their generated form.</summary>
    public sealed override string ToString()
    {
        if (text is null)
        {
            var sb = new StringBuilder();
            Write(sb);
            text = sb.ToString();
        }
        return text;
    }

    /// <summary>Equal when of the same kind; derived records compare their parts too.</summary>
    /// <param name="other">The other expression.</param>
    public virtual bool Equals(Expr? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc/>
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>Replaces every <see cref="SlotExpr"/> with <paramref name="value"/>.</summary>
    public abstract Expr Fill(Expr value);

    /// <summary>True when the expression contains a slot (<c>$</c>).</summary>
    public abstract bool HasSlot { get; }

    /// <summary>
    /// Adds context members to every reference that does not name their axis itself (a column of the
    /// equity statement adds its equity component to the row's concept).
    /// </summary>
    public Expr WithDims(DimensionSet dims) => dims.IsEmpty ? this : this switch
    {
        RefExpr r => r with { Dimensions = dims.Values.Aggregate(r.Dimensions, (acc, d) => acc.MemberOf(d.Axis) is null ? acc.With(d.Axis, d.Member) : acc) },
        NegateExpr n => new NegateExpr(n.Operand.WithDims(dims)),
        BinaryExpr b => new BinaryExpr(b.Op, b.Left.WithDims(dims), b.Right.WithDims(dims)),
        CallExpr c => new CallExpr(c.Function, [.. c.Args.Select(a => a.WithDims(dims))]),
        _ => this,
    };
}

/// <summary>A number written in an expression.</summary>
/// <param name="Value">The value.</param>
public sealed record NumberExpr(Rational Value) : Expr
{
    /// <inheritdoc/>
    public override void Write(StringBuilder sb) => sb.Append(Value.ToString(12));

    /// <inheritdoc/>
    public override Expr Fill(Expr value) => this;

    /// <inheritdoc/>
    public override bool HasSlot => false;
}

/// <summary>The slot <c>$</c>: the value of the other side of a table cell (the row's or the column's expression).</summary>
public sealed record SlotExpr : Expr
{
    /// <summary>The slot.</summary>
    public static SlotExpr Instance { get; } = new();

    /// <inheritdoc/>
    public override void Write(StringBuilder sb) => sb.Append('$');

    /// <inheritdoc/>
    public override Expr Fill(Expr value) => value;

    /// <inheritdoc/>
    public override bool HasSlot => true;
}

/// <summary>A reference to a fact: <c>Concept[Axis=Member]@period#status</c>.</summary>
/// <param name="ConceptId">The concept.</param>
/// <param name="Dimensions">Members; empty for the consolidated total.</param>
/// <param name="Period">The period, relative to the context unless absolute.</param>
/// <param name="Status">The status, or null for the context's status.</param>
public sealed record RefExpr(string ConceptId, DimensionSet Dimensions, PeriodSpec Period, FactStatus? Status) : Expr
{
    /// <inheritdoc/>
    public override void Write(StringBuilder sb)
    {
        sb.Append(ConceptId);
        if (!Dimensions.IsEmpty)
        {
            sb.Append('[').Append(Dimensions.ToString()).Append(']');
        }
        if (Period.Anchor != PeriodAnchor.Context)
        {
            sb.Append('@').Append(Period.Text);
        }
        if (Status is { } s)
        {
            sb.Append('#').Append(s.ToString().ToLowerInvariant());
        }
    }

    /// <inheritdoc/>
    public override Expr Fill(Expr value) => this;

    /// <inheritdoc/>
    public override bool HasSlot => false;
}

/// <summary>Negation.</summary>
/// <param name="Operand">The operand.</param>
public sealed record NegateExpr(Expr Operand) : Expr
{
    /// <inheritdoc/>
    public override void Write(StringBuilder sb)
    {
        sb.Append('-');
        var wrap = Operand is BinaryExpr;
        if (wrap)
        {
            sb.Append('(');
        }
        sb.Append(Operand.ToString());
        if (wrap)
        {
            sb.Append(')');
        }
    }

    /// <inheritdoc/>
    public override Expr Fill(Expr value) => new NegateExpr(Operand.Fill(value));

    /// <inheritdoc/>
    public override bool HasSlot => Operand.HasSlot;
}

/// <summary>Arithmetic: <c>+ - * /</c>.</summary>
/// <param name="Op">The operator.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record BinaryExpr(char Op, Expr Left, Expr Right) : Expr
{
    private static int Rank(char op) => op is '+' or '-' ? 1 : 2;

    /// <inheritdoc/>
    public override void Write(StringBuilder sb)
    {
        WriteOperand(sb, Left, right: false);
        sb.Append(' ').Append(Op).Append(' ');
        WriteOperand(sb, Right, right: true);
    }

    private void WriteOperand(StringBuilder sb, Expr e, bool right)
    {
        // Operators associate to the left, so a right operand of the same rank keeps its parentheses: a * (b / c)
        // is not (a * b) / c when units are checked, and a - (b - c) is not (a - b) - c at all.
        var wrap = e is BinaryExpr b && (Rank(b.Op) < Rank(Op) || (right && Rank(b.Op) == Rank(Op)));
        if (wrap)
        {
            sb.Append('(');
        }
        sb.Append(e.ToString());
        if (wrap)
        {
            sb.Append(')');
        }
    }

    /// <inheritdoc/>
    public override Expr Fill(Expr value) => new BinaryExpr(Op, Left.Fill(value), Right.Fill(value));

    /// <inheritdoc/>
    public override bool HasSlot => Left.HasSlot || Right.HasSlot;
}

/// <summary>A call of a named derivation rule: <c>yoy(Revenues)</c>.</summary>
/// <param name="Function">The rule's name.</param>
/// <param name="Args">The arguments.</param>
public sealed record CallExpr(string Function, ImmutableArray<Expr> Args) : Expr
{
    /// <inheritdoc/>
    public override void Write(StringBuilder sb)
    {
        sb.Append(Function).Append('(');
        for (var i = 0; i < Args.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(Args[i].ToString());
        }
        sb.Append(')');
    }

    /// <inheritdoc/>
    public override Expr Fill(Expr value) => new CallExpr(Function, [.. Args.Select(a => a.Fill(value))]);

    /// <inheritdoc/>
    public override bool HasSlot => Args.Any(a => a.HasSlot);

    /// <inheritdoc/>
    public bool Equals(CallExpr? other) => other is not null && Function == other.Function && Args.SequenceEqual(other.Args);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Function, Args.Length);
}
