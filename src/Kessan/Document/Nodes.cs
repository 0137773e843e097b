using System.Collections.Immutable;
using Kessan.Layout;

namespace Kessan.Document;

/// <summary>Inline content: text and figures within a paragraph, label or cell.</summary>
public abstract record Inline;

/// <summary>Plain text.</summary>
/// <param name="Text">The text.</param>
public sealed record TextInline(string Text) : Inline;

/// <summary>A figure shown as text (a number, or a phrase such as "up 9.2% YoY").</summary>
/// <param name="FigureId">The figure's id in figures.json.</param>
/// <param name="Text">What is shown.</param>
public sealed record FigureInline(string FigureId, string Text) : Inline;

/// <summary>Strong emphasis.</summary>
/// <param name="Content">The emphasized content.</param>
public sealed record StrongInline(ImmutableArray<Inline> Content) : Inline
{
    /// <inheritdoc/>
    public bool Equals(StrongInline? other) => other is not null && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => Content.Length;
}

/// <summary>Emphasis.</summary>
/// <param name="Content">The emphasized content.</param>
public sealed record EmphasisInline(ImmutableArray<Inline> Content) : Inline
{
    /// <inheritdoc/>
    public bool Equals(EmphasisInline? other) => other is not null && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => Content.Length;
}

/// <summary>A link.</summary>
/// <param name="Url">The target.</param>
/// <param name="Content">The link text.</param>
public sealed record LinkInline(string Url, ImmutableArray<Inline> Content) : Inline
{
    /// <inheritdoc/>
    public bool Equals(LinkInline? other) => other is not null && Url == other.Url && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Url, Content.Length);
}

/// <summary>A block of the document.</summary>
public abstract record Block;

/// <summary>A heading.</summary>
/// <param name="Level">1 (largest) to 4.</param>
/// <param name="Content">The heading text.</param>
public sealed record HeadingBlock(int Level, ImmutableArray<Inline> Content) : Block
{
    /// <inheritdoc/>
    public bool Equals(HeadingBlock? other) => other is not null && Level == other.Level && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Level, Content.Length);
}

/// <summary>A paragraph.</summary>
/// <param name="Content">The text.</param>
public sealed record ParagraphBlock(ImmutableArray<Inline> Content) : Block
{
    /// <inheritdoc/>
    public bool Equals(ParagraphBlock? other) => other is not null && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => Content.Length;
}

/// <summary>A bulleted list.</summary>
/// <param name="Items">The items.</param>
public sealed record ListBlock(ImmutableArray<ImmutableArray<Inline>> Items) : Block
{
    /// <inheritdoc/>
    public bool Equals(ListBlock? other) => other is not null && Items.Length == other.Items.Length
        && Items.Zip(other.Items).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc/>
    public override int GetHashCode() => Items.Length;
}

/// <summary>A page break in paged output.</summary>
public sealed record PageBreakBlock : Block;

/// <summary>A section: blocks that belong together, with an optional title.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Title">Title, or empty.</param>
/// <param name="Blocks">The blocks.</param>
public sealed record SectionBlock(string Id, ImmutableArray<Inline> Title, ImmutableArray<Block> Blocks) : Block
{
    /// <inheritdoc/>
    public bool Equals(SectionBlock? other) => other is not null && Id == other.Id && Title.SequenceEqual(other.Title) && Blocks.SequenceEqual(other.Blocks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Blocks.Length);
}

/// <summary>A cell of a table body.</summary>
/// <param name="Content">What is shown.</param>
/// <param name="Numeric">True for a figure (right-aligned).</param>
/// <param name="FigureId">The figure shown, or null.</param>
public sealed record TableCell(ImmutableArray<Inline> Content, bool Numeric, string? FigureId)
{
    /// <summary>An empty cell.</summary>
    public static TableCell Empty { get; } = new([], false, null);

    /// <summary>The cell's plain text.</summary>
    public string PlainText => Inlines.PlainText(Content);

    /// <inheritdoc/>
    public bool Equals(TableCell? other) => other is not null && Numeric == other.Numeric && FigureId == other.FigureId && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numeric, FigureId, Content.Length);
}

/// <summary>A row of a table body.</summary>
/// <param name="Id">The row's id in the layout.</param>
/// <param name="Label">The label.</param>
/// <param name="Indent">Indentation level.</param>
/// <param name="Style">How it looks.</param>
/// <param name="Cells">One cell per column.</param>
public sealed record TableRow(string Id, ImmutableArray<Inline> Label, int Indent, RowStyle Style, ImmutableArray<TableCell> Cells)
{
    /// <inheritdoc/>
    public bool Equals(TableRow? other) => other is not null && Id == other.Id && Indent == other.Indent && Style == other.Style
        && Label.SequenceEqual(other.Label) && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Cells.Length);
}

/// <summary>A header over <paramref name="Count"/> adjacent columns from column <paramref name="First"/> (0-based, the label column not counted).</summary>
/// <param name="Content">The header's text.</param>
/// <param name="First">The first column it stands over.</param>
/// <param name="Count">How many columns it spans.</param>
public sealed record ColumnSpan(ImmutableArray<Inline> Content, int First, int Count)
{
    /// <summary>True when the span stands over column <paramref name="column"/>.</summary>
    public bool Covers(int column) => column >= First && column < First + Count;

    /// <inheritdoc/>
    public bool Equals(ColumnSpan? other) => other is not null && First == other.First && Count == other.Count && Content.SequenceEqual(other.Content);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Count);
}

/// <summary>A table.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record TableBlock : Block
{
    /// <summary>The table's id in the layout.</summary>
    public required string Id { get; init; }

    /// <summary>Title, or empty.</summary>
    public ImmutableArray<Inline> Title { get; init; } = [];

    /// <summary>Lines under the title.</summary>
    public ImmutableArray<ImmutableArray<Inline>> Captions { get; init; } = [];

    /// <summary>Header text over the label column, one entry per header row (empty when none).</summary>
    public ImmutableArray<ImmutableArray<Inline>> LabelHeader { get; init; } = [];

    /// <summary>
    /// Rows of headers over groups of columns, top to bottom, above <see cref="HeaderRows"/>: each row holds its
    /// spans left to right; a column no span of a row covers has an empty header there.
    /// </summary>
    public ImmutableArray<ImmutableArray<ColumnSpan>> GroupRows { get; init; } = [];

    /// <summary>Header rows; each has one cell per column (the label column is not included).</summary>
    public ImmutableArray<ImmutableArray<ImmutableArray<Inline>>> HeaderRows { get; init; } = [];

    /// <summary>
    /// Every header line, one cell per column: the rows of group headers (a group's text in its first column, its
    /// other columns empty), then <see cref="HeaderRows"/>. For formats that cannot span cells.
    /// </summary>
    public IEnumerable<ImmutableArray<ImmutableArray<Inline>>> HeaderLines =>
        GroupRows.Select(groups => Enumerable.Range(0, ColumnCount)
                .Select(c => groups.FirstOrDefault(g => g.First == c)?.Content ?? ImmutableArray<Inline>.Empty).ToImmutableArray())
            .Concat(HeaderRows);

    /// <summary>Body rows.</summary>
    public required ImmutableArray<TableRow> Rows { get; init; }

    /// <summary>True when column <paramref name="column"/> shows figures: its text cells then align with them.</summary>
    public bool IsFigureColumn(int column) => Rows.Any(row => row.Cells[column].Numeric);

    /// <summary>Notes under the table.</summary>
    public ImmutableArray<ImmutableArray<Inline>> Notes { get; init; } = [];

    /// <summary>Number of value columns.</summary>
    public required int ColumnCount { get; init; }

    /// <inheritdoc/>
    public bool Equals(TableBlock? other) => other is not null && Id == other.Id && ColumnCount == other.ColumnCount
        && Title.SequenceEqual(other.Title) && SameLines(Captions, other.Captions) && SameLines(LabelHeader, other.LabelHeader)
        && HeaderRows.Length == other.HeaderRows.Length && HeaderRows.Zip(other.HeaderRows).All(p => SameLines(p.First, p.Second))
        && GroupRows.Length == other.GroupRows.Length && GroupRows.Zip(other.GroupRows).All(p => p.First.SequenceEqual(p.Second))
        && Rows.SequenceEqual(other.Rows) && SameLines(Notes, other.Notes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Rows.Length);

    /// <summary>Lines of inline content compared line by line, each element by element.</summary>
    private static bool SameLines(ImmutableArray<ImmutableArray<Inline>> a, ImmutableArray<ImmutableArray<Inline>> b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.SequenceEqual(p.Second));
}

/// <summary>The whole release as one document model, from which every format is rendered.</summary>
/// <param name="Title">The release's title.</param>
/// <param name="Blocks">Its blocks.</param>
public sealed record ReleaseDocument(ImmutableArray<Inline> Title, ImmutableArray<Block> Blocks)
{
    /// <summary>Every table, in document order (sections included).</summary>
    public IEnumerable<TableBlock> Tables() => Walk(Blocks).OfType<TableBlock>();

    /// <summary>Every block, depth first, in document order.</summary>
    public static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            if (b is SectionBlock s)
            {
                foreach (var inner in Walk(s.Blocks))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(ReleaseDocument? other) => other is not null && Title.SequenceEqual(other.Title) && Blocks.SequenceEqual(other.Blocks);

    /// <inheritdoc/>
    public override int GetHashCode() => Blocks.Length;
}

/// <summary>Helpers for inline content.</summary>
public static class Inlines
{
    /// <summary>The plain text of inline content.</summary>
    public static string PlainText(IEnumerable<Inline> content) => string.Concat(content.Select(i => i switch
    {
        TextInline t => t.Text,
        FigureInline f => f.Text,
        StrongInline s => PlainText(s.Content),
        EmphasisInline e => PlainText(e.Content),
        LinkInline l => PlainText(l.Content),
        _ => "",
    }));
}
