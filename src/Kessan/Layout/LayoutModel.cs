using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Layout;

/// <summary>How the figures of a table are rounded for display.</summary>
public enum RoundingPolicy
{
    /// <summary>Each figure is rounded on its own, half away from zero; displayed sums may then be off by rounding.</summary>
    Independent = 0,

    /// <summary>
    /// Controlled rounding: the fewest figures are moved, each by at most one unit of its last digit, so that
    /// every sum the table displays holds. Every move is reported.
    /// </summary>
    Footed = 1,
}

/// <summary>How a table row looks.</summary>
public enum RowStyle
{
    /// <summary>A line of figures.</summary>
    Normal = 0,

    /// <summary>A heading row without figures ("ASSETS", "CURRENT ASSETS:").</summary>
    Heading,

    /// <summary>A subtotal: a sum inside a larger one ("Total current assets"), ruled above.</summary>
    Subtotal,

    /// <summary>A total ("TOTAL", "Net income"), ruled above and set in bold.</summary>
    Total,
}

/// <summary>A reference to another row or column with a weight, in a declared sum.</summary>
/// <param name="Id">The row or column id.</param>
/// <param name="Weight">+1 or -1.</param>
/// <param name="Location">Where it is written.</param>
public sealed record WeightedId(string Id, int Weight, SourceLocation Location);

/// <summary>A cell that differs from what its row and column give.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record CellOverride
{
    /// <summary>An expression for the cell, or null.</summary>
    public Expr? Value { get; init; }

    /// <summary>A text template for the cell, or null.</summary>
    public Template? Text { get; init; }

    /// <summary>True for an empty cell.</summary>
    public bool Blank { get; init; }

    /// <summary>A format for the cell, or null.</summary>
    public string? Format { get; init; }

    /// <summary>A period for the cell, or null.</summary>
    public Period? Period { get; init; }

    /// <summary>A status for the cell, or null.</summary>
    public FactStatus? Status { get; init; }

    /// <summary>Members added to every reference of the cell that does not name the axis itself.</summary>
    public DimensionSet Dims { get; init; }

    /// <summary>Where the override is written.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>
/// A package's statement that a figure cannot be shown, and what is shown instead: <c>unavailable: {text: "-",
/// reason: "..."}</c> on a row or column. Only a figure that cannot be derived shows it.
/// </summary>
/// <param name="Text">What the cell shows instead of the figure (such as "-").</param>
/// <param name="Reason">Why the package cannot show the figure (for reviewers; not printed).</param>
/// <param name="Location">Where it is declared.</param>
public sealed record Unavailable(string Text, string Reason, SourceLocation Location);

/// <summary>What a row or column contributes to its cells.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public abstract record AxisLayout
{
    /// <summary>Identifier, unique in its table.</summary>
    public required string Id { get; init; }

    /// <summary>The context period, or null.</summary>
    public Period? Period { get; init; }

    /// <summary>The context status, or null.</summary>
    public FactStatus? Status { get; init; }

    /// <summary>Members added to every reference of its cells that does not name the axis itself.</summary>
    public DimensionSet Dims { get; init; }

    /// <summary>An expression; it may hold the slot <c>$</c> for the other side's expression.</summary>
    public Expr? Value { get; init; }

    /// <summary>A text template for the cells (instead of a number), or null.</summary>
    public Template? Text { get; init; }

    /// <summary>The display format name, or null.</summary>
    public string? Format { get; init; }

    /// <summary>Declared sum: this row (column) equals the weighted sum of the listed rows (columns).</summary>
    public ImmutableArray<WeightedId> TotalOf { get; init; } = [];

    /// <summary>
    /// What its cells show, and why, where their figure cannot be derived from the package; null when every figure
    /// must be derivable (an underivable one is then an error).
    /// </summary>
    public Unavailable? Unavailable { get; init; }

    /// <summary>Where it is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <inheritdoc/>
    public virtual bool Equals(AxisLayout? other) =>
        other is not null && EqualityContract == other.EqualityContract && Id == other.Id && Equals(Period, other.Period)
        && Status == other.Status && Dims.Equals(other.Dims) && Equals(Value, other.Value) && Equals(Text, other.Text)
        && Format == other.Format && TotalOf.SequenceEqual(other.TotalOf) && Equals(Unavailable, other.Unavailable)
        && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, TotalOf.Length);
}

/// <summary>A column of a table.</summary>
public sealed record ColumnLayout : AxisLayout
{
    /// <summary>Header lines, top to bottom.</summary>
    public ImmutableArray<Template> Header { get; init; } = [];

    /// <summary>
    /// Whether the column's figures add up along the table's sums: true for plain values and translations,
    /// false for year-on-year percentages and ratios. Null to decide from the column's expression.
    /// </summary>
    public bool? Additive { get; init; }

    /// <inheritdoc/>
    public bool Equals(ColumnLayout? other) => base.Equals(other) && Header.SequenceEqual(other!.Header) && Additive == other.Additive;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Header.Length);
}

/// <summary>
/// A header over several adjacent columns of a table ("As of March 31, 2013" over the yen and dollar columns of that
/// date). Groups nest: a group over columns that another group covers stands above it.
/// </summary>
/// <param name="Header">The header's text (a template).</param>
/// <param name="Columns">The ids of the columns it stands over, left to right, adjacent.</param>
/// <param name="Location">Where it is written.</param>
public sealed record ColumnGroupLayout(Template Header, ImmutableArray<string> Columns, SourceLocation Location)
{
    /// <inheritdoc/>
    public bool Equals(ColumnGroupLayout? other) => other is not null && Header.Equals(other.Header) && Columns.SequenceEqual(other.Columns)
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Header, Columns.Length);
}

/// <summary>A row of a table.</summary>
public sealed record RowLayout : AxisLayout
{
    /// <summary>The label.</summary>
    public required Template Label { get; init; }

    /// <summary>Indentation level, 0 for none.</summary>
    public int Indent { get; init; }

    /// <summary>How the row looks.</summary>
    public RowStyle Style { get; init; }

    /// <summary>Cells that differ from the row and column, by column id.</summary>
    public ImmutableDictionary<string, CellOverride> Cells { get; init; } = ImmutableDictionary<string, CellOverride>.Empty;

    /// <inheritdoc/>
    public bool Equals(RowLayout? other) => base.Equals(other) && Label.Equals(other!.Label) && Indent == other.Indent && Style == other.Style
        && Cells.Count == other.Cells.Count && Cells.All(c => other.Cells.TryGetValue(c.Key, out var o) && c.Value.Equals(o));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Indent, Style, Cells.Count);
}

/// <summary>A table of the release.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record TableLayout
{
    /// <summary>Identifier, unique in the layout.</summary>
    public required string Id { get; init; }

    /// <summary>Title, or null.</summary>
    public Template? Title { get; init; }

    /// <summary>Header lines over the label column, top to bottom (usually none).</summary>
    public ImmutableArray<Template> LabelHeader { get; init; } = [];

    /// <summary>Lines printed under the title ("(As of March 31, 2012 and March 31, 2013)").</summary>
    public ImmutableArray<Template> Captions { get; init; } = [];

    /// <summary>Default context period, or null.</summary>
    public Period? Period { get; init; }

    /// <summary>Default status, or null.</summary>
    public FactStatus? Status { get; init; }

    /// <summary>Default format name, or null.</summary>
    public string? Format { get; init; }

    /// <summary>The rounding policy, or null for the layout's default.</summary>
    public RoundingPolicy? Rounding { get; init; }

    /// <summary>The columns, left to right (the label column is implicit).</summary>
    public required ImmutableArray<ColumnLayout> Columns { get; init; }

    /// <summary>The rows, top to bottom.</summary>
    public required ImmutableArray<RowLayout> Rows { get; init; }

    /// <summary>Headers over groups of adjacent columns, above the columns' own header lines.</summary>
    public ImmutableArray<ColumnGroupLayout> ColumnGroups { get; init; } = [];

    /// <summary>Notes printed under the table.</summary>
    public ImmutableArray<Template> Notes { get; init; } = [];

    /// <summary>Where the table is defined.</summary>
    public required SourceLocation Location { get; init; }

    /// <inheritdoc/>
    public bool Equals(TableLayout? other) =>
        other is not null && Id == other.Id && Equals(Title, other.Title) && LabelHeader.SequenceEqual(other.LabelHeader)
        && Captions.SequenceEqual(other.Captions) && Equals(Period, other.Period) && Status == other.Status && Format == other.Format
        && Rounding == other.Rounding && Columns.SequenceEqual(other.Columns) && Rows.SequenceEqual(other.Rows)
        && ColumnGroups.SequenceEqual(other.ColumnGroups)
        && Notes.SequenceEqual(other.Notes) && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Columns.Length, Rows.Length);
}

/// <summary>A block of the document.</summary>
public abstract record BlockLayout
{
    /// <summary>Where it is written.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>A heading.</summary>
public sealed record HeadingBlockLayout : BlockLayout
{
    /// <summary>The text.</summary>
    public required Template Text { get; init; }

    /// <summary>Level 1 (largest) to 4.</summary>
    public int Level { get; init; } = 2;
}

/// <summary>A paragraph written in the layout itself.</summary>
public sealed record ParagraphBlockLayout : BlockLayout
{
    /// <summary>The text.</summary>
    public required Template Text { get; init; }
}

/// <summary>A narrative file of the package, rendered in place.</summary>
public sealed record NarrativeBlockLayout : BlockLayout
{
    /// <summary>The narrative's id (its file name without extension).</summary>
    public required string NarrativeId { get; init; }
}

/// <summary>A table, by id.</summary>
public sealed record TableBlockLayout : BlockLayout
{
    /// <summary>The table's id.</summary>
    public required string TableId { get; init; }
}

/// <summary>A page break in paged output (PDF).</summary>
public sealed record PageBreakBlockLayout : BlockLayout;

/// <summary>A section: a heading and blocks that belong together.</summary>
public sealed record SectionBlockLayout : BlockLayout
{
    /// <summary>Identifier, unique in the layout.</summary>
    public required string Id { get; init; }

    /// <summary>Title, or null.</summary>
    public Template? Title { get; init; }

    /// <summary>The blocks.</summary>
    public required ImmutableArray<BlockLayout> Blocks { get; init; }

    /// <inheritdoc/>
    public bool Equals(SectionBlockLayout? other) => base.Equals(other) && Id == other!.Id && Equals(Title, other.Title) && Blocks.SequenceEqual(other.Blocks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Id, Blocks.Length);
}

/// <summary>How a chart draws the figures of its table.</summary>
public enum ChartKind
{
    /// <summary>One bar per row, from one column.</summary>
    Bar = 0,

    /// <summary>One group of bars per row, one bar per column in each group (FY2011 beside FY2012).</summary>
    GroupedBar,

    /// <summary>
    /// A bridge from one total to another, from one column: the first row is the starting total, the last row
    /// the ending total, and each row between is a change that floats from where the previous one ended.
    /// </summary>
    Waterfall,
}

/// <summary>A name that refers to something else in the layout (a row or column of a chart's table), and where it is written.</summary>
/// <param name="Id">The name.</param>
/// <param name="Location">Where it is written.</param>
public sealed record NamedReference(string Id, SourceLocation Location);

/// <summary>
/// A chart of the release, drawn at the end of a section from the figures of a table: each row of the table
/// is a category, each column a series. A chart has no numbers of its own; a table that the document does
/// not show can hold a chart's figures, which are then computed, rounded and checked like any other table's.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record ChartLayout
{
    /// <summary>Identifier, unique among the charts.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the section the chart is drawn at the end of.</summary>
    public required NamedReference Section { get; init; }

    /// <summary>How the figures are drawn.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The title (a template), or null.</summary>
    public Template? Title { get; init; }

    /// <summary>The table whose cells are drawn.</summary>
    public required NamedReference Table { get; init; }

    /// <summary>The rows drawn, in order; empty for every row of the table that is not a heading.</summary>
    public ImmutableArray<NamedReference> Rows { get; init; } = [];

    /// <summary>The columns drawn, in order; empty for every column of the table.</summary>
    public ImmutableArray<NamedReference> Columns { get; init; } = [];

    /// <summary>Where the chart is defined.</summary>
    public required SourceLocation Location { get; init; }

    /// <inheritdoc/>
    public bool Equals(ChartLayout? other) =>
        other is not null && Id == other.Id && Section.Equals(other.Section) && Kind == other.Kind && Equals(Title, other.Title)
        && Table.Equals(other.Table) && Rows.SequenceEqual(other.Rows) && Columns.SequenceEqual(other.Columns) && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Rows.Length, Columns.Length);
}

/// <summary>The whole layout of a release: the document's blocks, the tables, charts, formats and lint settings.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ReleaseLayout
{
    /// <summary>Creates a layout.</summary>
    public ReleaseLayout(
        Template title,
        ImmutableArray<BlockLayout> blocks,
        ImmutableArray<TableLayout> tables,
        ImmutableDictionary<string, DisplayFormat> formats,
        RoundingPolicy rounding,
        ImmutableArray<string> lintAllow,
        ImmutableArray<ChartLayout> charts = default)
    {
        Title = title;
        Blocks = blocks;
        Tables = tables;
        Formats = formats;
        Rounding = rounding;
        LintAllow = lintAllow;
        Charts = charts.IsDefault ? [] : charts;
    }

    /// <summary>The release's title.</summary>
    public Template Title { get; }

    /// <summary>The document's blocks, in order.</summary>
    public ImmutableArray<BlockLayout> Blocks { get; }

    /// <summary>The tables.</summary>
    public ImmutableArray<TableLayout> Tables { get; }

    /// <summary>Display formats: the built-in ones and the layout's own.</summary>
    public ImmutableDictionary<string, DisplayFormat> Formats { get; }

    /// <summary>The default rounding policy.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Literal text that may contain digits without a warning ("Form 20-F").</summary>
    public ImmutableArray<string> LintAllow { get; }

    /// <summary>The charts, in order.</summary>
    public ImmutableArray<ChartLayout> Charts { get; }

    /// <summary>The table with the given id, or null.</summary>
    public TableLayout? FindTable(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>A copy with another default rounding policy (for <c>kessan build --rounding</c>).</summary>
    public ReleaseLayout WithRounding(RoundingPolicy rounding) => new(Title, Blocks, Tables, Formats, rounding, LintAllow, Charts);
}
