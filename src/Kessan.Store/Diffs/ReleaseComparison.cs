using System.Collections.Immutable;
using DiffPlex;
using DiffPlex.Chunkers;
using Kessan.Derivation.Figures;
using Kessan.Model;

namespace Kessan.Store.Diffs;

/// <summary>
/// <c>kessan diff</c>: compares two built releases. Facts by key (concept, period, dimensions, unit, status); displayed
/// figures by id, a figure counting as changed when its exact value or its text differs, and traced to the changed
/// facts among its inputs through its provenance (the facts <c>explain</c> shows); narrative files word by word.
/// </summary>
public static class ReleaseComparison
{
    /// <summary>The differences from <paramref name="a"/> to <paramref name="b"/> (both fully built).</summary>
    public static ReleaseDiff Compare(PipelineResult a, PipelineResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var oldPackage = a.Package ?? throw new ArgumentException("The first release was not loaded.", nameof(a));
        var newPackage = b.Package ?? throw new ArgumentException("The second release was not loaded.", nameof(b));
        var facts = FactChanges(oldPackage, newPackage);
        var moved = facts.Select(f => f.Key).ToHashSet();
        return new ReleaseDiff(facts, FigureChanges(a.Build?.Figures ?? [], b.Build?.Figures ?? [], moved), TextChanges(oldPackage, newPackage));
    }

    private static ImmutableArray<FactChange> FactChanges(ReleasePackage a, ReleasePackage b)
    {
        var before = a.Facts.All.ToDictionary(f => f.Key);
        var after = b.Facts.All.ToDictionary(f => f.Key);
        var changes = ImmutableArray.CreateBuilder<FactChange>();
        foreach (var f in b.Facts.All)
        {
            if (!before.TryGetValue(f.Key, out var old))
            {
                changes.Add(Change(ChangeKind.Added, b, f, null, f.Value));
            }
            else if (old.Value != f.Value || old.Precision != f.Precision)
            {
                changes.Add(Change(ChangeKind.Changed, b, f, old.Value, f.Value));
            }
        }
        foreach (var f in a.Facts.All.Where(f => !after.ContainsKey(f.Key)))
        {
            changes.Add(Change(ChangeKind.Removed, a, f, f.Value, null));
        }
        return changes.ToImmutable();
    }

    private static FactChange Change(ChangeKind kind, ReleasePackage package, Fact f, decimal? old, decimal? value) =>
        new(kind, f.Key, package.Taxonomy.FindConcept(f.ConceptId)?.Label ?? f.ConceptId, package.Calendar.NameOf(f.Period), old, value, f.Source);

    private static ImmutableArray<FigureChange> FigureChanges(ImmutableArray<Figure> a, ImmutableArray<Figure> b, HashSet<FactKey> moved)
    {
        var before = a.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var after = b.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var changes = ImmutableArray.CreateBuilder<FigureChange>();
        foreach (var f in b)
        {
            if (!before.TryGetValue(f.Id, out var old))
            {
                changes.Add(new FigureChange(ChangeKind.Added, f.Id, f.Label, f.AppearsIn, null, f.Text, MovedBy(f, moved)));
            }
            else if (old.Text != f.Text || old.Value?.Value != f.Value?.Value)
            {
                changes.Add(new FigureChange(ChangeKind.Changed, f.Id, f.Label, f.AppearsIn, old.Text, f.Text, [.. MovedBy(old, moved).Union(MovedBy(f, moved))]));
            }
        }
        foreach (var f in a.Where(f => !after.ContainsKey(f.Id)))
        {
            changes.Add(new FigureChange(ChangeKind.Removed, f.Id, f.Label, f.AppearsIn, f.Text, null, MovedBy(f, moved)));
        }
        return changes.ToImmutable();
    }

    private static ImmutableArray<FactKey> MovedBy(Figure f, HashSet<FactKey> moved) =>
        f.Value is { } v ? [.. v.Provenance.Facts().Select(x => x.Key).Where(moved.Contains).Distinct()] : [];

    private static ImmutableArray<TextChange> TextChanges(ReleasePackage a, ReleasePackage b)
    {
        var before = a.Narratives.ToDictionary(n => n.Location.Path, n => n.Text, StringComparer.Ordinal);
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        foreach (var n in b.Narratives)
        {
            var old = before.GetValueOrDefault(n.Location.Path) ?? "";
            if (old != n.Text)
            {
                changes.Add(new TextChange(n.Location.Path, WordDiff(old, n.Text)));
            }
        }
        foreach (var n in a.Narratives.Where(n => b.Narratives.All(x => x.Location.Path != n.Location.Path)))
        {
            changes.Add(new TextChange(n.Location.Path, WordDiff(n.Text, "")));
        }
        return changes.ToImmutable();
    }

    /// <summary>Each changed stretch of words as <c>… context [-old-]{+new+} context …</c>.</summary>
    internal static ImmutableArray<string> WordDiff(string old, string @new)
    {
        const int Context = 5;
        var result = Differ.Instance.CreateDiffs(old, @new, ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker([' ', '\n', '\t']));
        var words = result.PiecesOld;
        var changes = ImmutableArray.CreateBuilder<string>();
        foreach (var block in result.DiffBlocks)
        {
            var before = Words(words, 0, block.DeleteStartA).TakeLast(Context);
            var deleted = Words(words, block.DeleteStartA, block.DeleteCountA);
            var inserted = Words(result.PiecesNew, block.InsertStartB, block.InsertCountB);
            var after = Words(words, block.DeleteStartA + block.DeleteCountA, words.Count).Take(Context);
            if (deleted.Count == 0 && inserted.Count == 0)
            {
                continue; // only spacing changed
            }
            var change = (deleted.Count > 0 ? "[-" + string.Join(' ', deleted) + "-]" : "") + (inserted.Count > 0 ? "{+" + string.Join(' ', inserted) + "+}" : "");
            changes.Add(string.Join(' ', new[] { "…" }.Concat(before).Append(change).Concat(after).Append("…")));
        }
        return changes.ToImmutable();
    }

    /// <summary>The words (pieces that are not white space) among <paramref name="count"/> pieces from <paramref name="start"/>.</summary>
    private static List<string> Words(IReadOnlyList<string> pieces, int start, int count) =>
        [.. pieces.Skip(start).Take(count).Select(p => p.Trim()).Where(p => p.Length > 0)];
}
