using System.Collections.Immutable;
using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Derivation.Figures;

/// <summary>
/// What identifies a figure: the same expression, at the same period and status, shown at the same
/// precision, is one figure wherever it appears, so it is rounded (and adjusted) once and reads the same
/// in every table and sentence.
/// </summary>
/// <param name="Expression">The canonical expression.</param>
/// <param name="Period">The context period it is evaluated at.</param>
/// <param name="Status">The context status.</param>
/// <param name="Scale">The display scale (power of ten).</param>
/// <param name="Decimals">The displayed decimals.</param>
/// <param name="Percent">True for a percentage.</param>
public readonly record struct FigureKey(string Expression, Period Period, FactStatus Status, int Scale, int Decimals, bool Percent)
{
    /// <summary>A readable form: <c>Revenues @ 2012-04-01..2013-03-31 / 10^6</c>.</summary>
    public override string ToString()
    {
        var st = Status == FactStatus.Actual ? "" : " #" + Status.ToString().ToLowerInvariant();
        var unit = Percent ? $" / %.{Decimals}" : $" / 10^{Scale}.{Decimals}";
        return $"{Expression} @ {Period}{st}{unit}";
    }
}

/// <summary>A footing adjustment: a displayed figure moved by one unit so that a displayed sum holds.</summary>
/// <param name="Delta">The change in display units: +1 or -1 (in units of the last displayed digit).</param>
/// <param name="Reason">Which displayed sums needed it.</param>
public sealed record FootingAdjustment(Rational Delta, string Reason);

/// <summary>
/// A figure of the release: a value derived from facts by a named rule, its exact value, how it is shown,
/// and how it was computed.
/// </summary>
/// <remarks>Immutable; equality by value, every property taking part (the places it appears in order).</remarks>
public sealed record Figure
{
    /// <summary>Stable identifier: the place it first appears, <c>table/row/column</c> or <c>narrative/n</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Identity.</summary>
    public required FigureKey Key { get; init; }

    /// <summary>What it is, for readers: the row label and column header, or the sentence it is in.</summary>
    public required string Label { get; init; }

    /// <summary>The expression it is computed by.</summary>
    public required Expr Expression { get; init; }

    /// <summary>How it is shown.</summary>
    public required DisplayFormat Format { get => format; init => (format, text) = (value, null); }

    /// <summary>The derived value, or null when it could not be derived.</summary>
    public DerivedValue? Value { get => derived; init => (derived, text) = (value, null); }

    /// <summary>Why it could not be derived, or null.</summary>
    public string? Failure { get; init; }

    /// <summary>The value rounded on its own to the display precision (display units), or null.</summary>
    public Rational? Independent { get => independent; init => (independent, text) = (value, null); }

    /// <summary>The footing adjustment applied, or null.</summary>
    public FootingAdjustment? Adjustment { get => adjustment; init => (adjustment, text) = (value, null); }

    /// <summary>Every place it appears.</summary>
    public ImmutableArray<string> AppearsIn { get; init; } = [];

    /// <summary>The displayed value in display units: independent rounding plus any adjustment.</summary>
    public Rational? Displayed => Independent is { } i ? i + (Adjustment?.Delta ?? Rational.Zero) : null;

    /// <summary>The displayed text, or "n/a" when the figure could not be derived.</summary>
    /// <remarks>
    /// Made once (every format prints it): setting any property it is made from (<see cref="Format"/>,
    /// <see cref="Value"/>, <see cref="Independent"/>, <see cref="Adjustment"/>), also through <c>with</c>, forgets it.
    /// </remarks>
    public string Text => text ??= Displayed is { } d ? Format.FormatDisplayed(d, Value!.Value.IsZero) : "n/a";

    private DisplayFormat format = null!;
    private DerivedValue? derived;
    private Rational? independent;
    private FootingAdjustment? adjustment;
    private string? text;

    /// <summary>The rule that produced the value (the outermost), or null.</summary>
    public string? Rule => Value?.Provenance.Rule;

    /// <inheritdoc/>
    public bool Equals(Figure? other) =>
        other is not null && Id == other.Id && Key == other.Key && Label == other.Label && Expression.Equals(other.Expression)
        && Format.Equals(other.Format) && Equals(Value, other.Value) && Failure == other.Failure && Independent == other.Independent
        && Equals(Adjustment, other.Adjustment) && AppearsIn.SequenceEqual(other.AppearsIn);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Key, Label, AppearsIn.Length);
}
