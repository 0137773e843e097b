using System.Collections.Immutable;
using Kessan.Layout.Templates;

namespace Kessan.Layout.Reading;

/// <summary>
/// What the layout files read so far define, and the names they refer to. Each file's reading
/// (<see cref="LayoutFileReader"/>) takes the draft of the files before it and returns a new one, so a file may
/// build on what an earlier file defines (a format's base) and a second definition is reported where it is
/// written; <see cref="CrossReferenceChecker"/> checks the last draft and <see cref="ToLayout"/> makes it the layout.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
internal sealed record LayoutDraft
{
    /// <summary>The draft before any file is read: nothing but the built-in formats.</summary>
    public static LayoutDraft Empty { get; } = new();

    /// <summary>The release's title, or null when no file sets it (or the one that does has a malformed template).</summary>
    public Template? Title { get; init; }

    /// <summary>The document's blocks, or null when no file has a <c>document:</c> key.</summary>
    public ImmutableArray<BlockLayout>? Blocks { get; init; }

    /// <summary>The default rounding policy.</summary>
    public RoundingPolicy Rounding { get; init; }

    /// <summary>The display formats: the built-in ones and those defined so far.</summary>
    public DefinedFormats Formats { get; init; } = DefinedFormats.BuiltIn;

    /// <summary>Literal text that may contain digits, from every file's <c>lint: allow</c>.</summary>
    public ImmutableArray<string> LintAllow { get; init; } = [];

    /// <summary>The tables, in the order they are defined.</summary>
    public ImmutableArray<TableLayout> Tables { get; init; } = [];

    /// <summary>The charts, in the order they are defined.</summary>
    public ImmutableArray<ChartLayout> Charts { get; init; } = [];

    /// <summary>The names that refer to tables, narratives and formats, in reading order.</summary>
    public LayoutReferences References { get; init; } = LayoutReferences.None;

    /// <summary>
    /// True when a layout file is missing or is not valid YAML: what it defines is unknown, so names it may
    /// define (the document, tables, formats) are not reported as missing, which would blame the wrong place.
    /// </summary>
    public bool Unreadable { get; init; }

    /// <summary>This draft with <paramref name="references"/> after its own.</summary>
    public LayoutDraft Referring(LayoutReferences references) => this with { References = References.Then(references) };

    /// <summary>The layout the draft describes; a missing title is empty and a missing document has no blocks.</summary>
    public ReleaseLayout ToLayout() =>
        new(Title ?? Template.Empty, Blocks ?? [], Tables, Formats.ToImmutableDictionary(), Rounding, LintAllow, Charts);

    /// <inheritdoc/>
    public bool Equals(LayoutDraft? other) =>
        other is not null && Equals(Title, other.Title)
        && (Blocks is { } blocks ? other.Blocks is { } otherBlocks && blocks.SequenceEqual(otherBlocks) : other.Blocks is null)
        && Rounding == other.Rounding && Formats.Equals(other.Formats) && LintAllow.SequenceEqual(other.LintAllow)
        && Tables.SequenceEqual(other.Tables) && Charts.SequenceEqual(other.Charts) && References.Equals(other.References)
        && Unreadable == other.Unreadable;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tables.Length, Charts.Length, Rounding, Unreadable);
}
