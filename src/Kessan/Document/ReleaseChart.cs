using System.Collections.Immutable;
using Kessan.Layout;

namespace Kessan.Document;

/// <summary>
/// A chart of the built release, resolved to figures: its categories (the rows of its table), its series
/// (the columns), and the id of the figure each bar draws. A renderer reads the values and texts from the
/// figures, so a chart shows exactly what the tables show.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record ReleaseChart
{
    /// <summary>The chart's id in the layout.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the section the chart is drawn at the end of.</summary>
    public required string SectionId { get; init; }

    /// <summary>How the figures are drawn.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The title as plain text; empty for none.</summary>
    public required string Title { get; init; }

    /// <summary>The categories, in order: the labels of the table's rows, as plain text.</summary>
    public required ImmutableArray<string> Categories { get; init; }

    /// <summary>The series, in order: the first header line of each of the table's columns (the column id when it has none).</summary>
    public required ImmutableArray<string> Series { get; init; }

    /// <summary>The figure ids, by category, then by series (<c>FigureIds[category][series]</c>).</summary>
    public required ImmutableArray<ImmutableArray<string>> FigureIds { get; init; }

    /// <inheritdoc/>
    public bool Equals(ReleaseChart? other) =>
        other is not null && Id == other.Id && SectionId == other.SectionId && Kind == other.Kind && Title == other.Title
        && Categories.SequenceEqual(other.Categories) && Series.SequenceEqual(other.Series)
        && FigureIds.Length == other.FigureIds.Length && FigureIds.Zip(other.FigureIds).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Categories.Length, Series.Length);
}
