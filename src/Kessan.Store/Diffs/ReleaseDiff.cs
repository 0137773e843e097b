using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Store.Diffs;

/// <summary>How a fact or figure differs between two releases.</summary>
public enum ChangeKind
{
    /// <summary>Only in the second.</summary>
    Added = 0,

    /// <summary>Only in the first.</summary>
    Removed = 1,

    /// <summary>In both, with another value (or text).</summary>
    Changed = 2,
}

/// <summary>A fact added, removed or changed.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Key">The fact's key.</param>
/// <param name="Label">The concept's label.</param>
/// <param name="PeriodName">The period's name.</param>
/// <param name="Old">The first release's value, or null.</param>
/// <param name="New">The second release's value, or null.</param>
/// <param name="Source">Where the second (else the first) release reports it.</param>
public sealed record FactChange(ChangeKind Kind, FactKey Key, string Label, string PeriodName, decimal? Old, decimal? New, SourceLocation Source);

/// <summary>A displayed figure whose value or text changed, with the changed facts it is computed from.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Id">The figure's id (as figures.json and explain name it).</param>
/// <param name="Label">What it is.</param>
/// <param name="Places">Every place it is shown (table cells, sentences).</param>
/// <param name="OldText">Its text in the first release, or null.</param>
/// <param name="NewText">Its text in the second release, or null.</param>
/// <param name="MovedBy">The changed facts among its inputs (through its provenance).</param>
public sealed record FigureChange(ChangeKind Kind, string Id, string Label, ImmutableArray<string> Places, string? OldText, string? NewText,
    ImmutableArray<FactKey> MovedBy)
{
    /// <inheritdoc/>
    public bool Equals(FigureChange? other) => other is not null && Kind == other.Kind && Id == other.Id && OldText == other.OldText
        && NewText == other.NewText && Places.SequenceEqual(other.Places) && MovedBy.SequenceEqual(other.MovedBy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Id, OldText, NewText);
}

/// <summary>A narrative file whose words changed: the changes with a little context, as <c>[-old-]{+new+}</c>.</summary>
/// <param name="Path">The narrative file.</param>
/// <param name="Changes">Each changed stretch of words, with up to five words of context either side.</param>
public sealed record TextChange(string Path, ImmutableArray<string> Changes)
{
    /// <inheritdoc/>
    public bool Equals(TextChange? other) => other is not null && Path == other.Path && Changes.SequenceEqual(other.Changes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Changes.Length);
}

/// <summary>Everything that differs between two releases.</summary>
/// <param name="Facts">Facts added, removed, changed.</param>
/// <param name="Figures">Displayed figures whose value or text changed, each traced to the facts that moved it.</param>
/// <param name="Narrative">Narrative files whose words changed.</param>
public sealed record ReleaseDiff(ImmutableArray<FactChange> Facts, ImmutableArray<FigureChange> Figures, ImmutableArray<TextChange> Narrative)
{
    /// <summary>True when nothing differs.</summary>
    public bool IsEmpty => Facts.IsEmpty && Figures.IsEmpty && Narrative.IsEmpty;

    /// <inheritdoc/>
    public bool Equals(ReleaseDiff? other) => other is not null && Facts.SequenceEqual(other.Facts) && Figures.SequenceEqual(other.Figures)
        && Narrative.SequenceEqual(other.Narrative);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Facts.Length, Figures.Length, Narrative.Length);
}
