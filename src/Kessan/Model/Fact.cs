using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>Whether a figure has happened or is planned.</summary>
public enum FactStatus
{
    /// <summary>A result (the default).</summary>
    Actual = 0,

    /// <summary>A financial target the company sets itself.</summary>
    Target = 1,

    /// <summary>A forecast, such as a dividend forecast.</summary>
    Forecast = 2,
}

/// <summary>Where a reported instant sits relative to the duration column it was written under.</summary>
public enum FactAnchor
{
    /// <summary>The fact's period is its column's period.</summary>
    None = 0,

    /// <summary>The opening instant of the column's duration ("cash, beginning of year").</summary>
    Start = 1,

    /// <summary>The closing instant of the column's duration ("cash, end of year").</summary>
    End = 2,
}

/// <summary>
/// What identifies a fact: two reported facts with equal keys are duplicates, which must agree.
/// </summary>
/// <param name="ConceptId">The concept.</param>
/// <param name="Period">The period.</param>
/// <param name="Dimensions">The dimensional coordinates; empty for the consolidated total.</param>
/// <param name="UnitId">The unit id.</param>
/// <param name="Status">Actual, target or forecast.</param>
public readonly record struct FactKey(string ConceptId, Period Period, DimensionSet Dimensions, string UnitId, FactStatus Status)
{
    /// <summary>Formats as <c>Concept[dims] @ period (status)</c>.</summary>
    public override string ToString()
    {
        var dims = Dimensions.IsEmpty ? "" : "[" + Dimensions + "]";
        var status = Status == FactStatus.Actual ? "" : " (" + Status.ToString().ToLowerInvariant() + ")";
        return $"{ConceptId}{dims} @ {Period}{status}";
    }
}

/// <summary>
/// A fact as written in one place of a fact file, before duplicates are merged. Values are stored in
/// the unit's base (yen, not thousands of yen); the precision says how they were rounded.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record ReportedFact
{
    /// <summary>Identity of the fact.</summary>
    public required FactKey Key { get; init; }

    /// <summary>The value in the unit's base (yen, shares, a pure ratio).</summary>
    public required decimal Value { get; init; }

    /// <summary>How the value was rounded.</summary>
    public required Precision Precision { get; init; }

    /// <summary>The cell the value was read from.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>The statement the fact file reports, or null for other tables.</summary>
    public string? StatementId { get; init; }

    /// <summary>Where an instant sits relative to its duration column.</summary>
    public FactAnchor Anchor { get; init; }

    /// <summary>The column's duration for an anchored instant; null otherwise.</summary>
    public Period? ColumnPeriod { get; init; }

    /// <summary>A note the file gives for the row (its source, for example); null when none.</summary>
    public string? Note { get; init; }

    /// <summary>The interval of true values the figure stands for.</summary>
    public ValueInterval Interval => ValueInterval.Of(Value, Precision);
}

/// <summary>
/// A resolved fact: one value of a concept for a period, dimension set, unit and status, with every
/// place it was reported. When duplicates were reported at different precisions, the fact takes the
/// most precise of them.
/// </summary>
/// <remarks>Immutable; equality by value (reports compared element by element).</remarks>
public sealed record Fact
{
    /// <summary>Identity.</summary>
    public required FactKey Key { get; init; }

    /// <summary>The unit.</summary>
    public required Unit Unit { get; init; }

    /// <summary>The value in the unit's base.</summary>
    public required decimal Value { get; init; }

    /// <summary>How the value was rounded.</summary>
    public required Precision Precision { get; init; }

    /// <summary>Every place this fact was reported, in load order; never empty.</summary>
    public required ImmutableArray<ReportedFact> Reports { get; init; }

    /// <summary>The concept id.</summary>
    public string ConceptId => Key.ConceptId;

    /// <summary>The period.</summary>
    public Period Period => Key.Period;

    /// <summary>The dimensions.</summary>
    public DimensionSet Dimensions => Key.Dimensions;

    /// <summary>The status.</summary>
    public FactStatus Status => Key.Status;

    /// <summary>Where the fact was first reported.</summary>
    public SourceLocation Source => Reports[0].Source;

    /// <summary>The interval of true values the figure stands for.</summary>
    public ValueInterval Interval => ValueInterval.Of(Value, Precision);

    /// <inheritdoc/>
    public bool Equals(Fact? other) =>
        other is not null && Key == other.Key && Unit == other.Unit && Value == other.Value
        && Precision == other.Precision && Reports.SequenceEqual(other.Reports);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, Value, Precision);

    /// <summary>Formats the key only; values are confidential and never appear in <c>ToString</c>.</summary>
    public override string ToString() => Key.ToString();
}

/// <summary>Reported facts with one key whose values disagree beyond their rounding.</summary>
/// <param name="Key">The shared key.</param>
/// <param name="Reports">The disagreeing reports, in load order.</param>
public sealed record FactConflict(FactKey Key, ImmutableArray<ReportedFact> Reports)
{
    /// <inheritdoc/>
    public bool Equals(FactConflict? other) => other is not null && Key == other.Key && Reports.SequenceEqual(other.Reports);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, Reports.Length);
}
