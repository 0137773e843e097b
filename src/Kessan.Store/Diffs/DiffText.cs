using Kessan.Model;
using Kessan.Store.Database;

namespace Kessan.Store.Diffs;

/// <summary>How a diff names its changes, facts and values, so that <c>kessan diff</c> and the review app print them alike.</summary>
public static class DiffText
{
    /// <summary>added, removed or changed.</summary>
    public static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    /// <summary>A fact: concept, dimensions, period (named by <paramref name="period"/>) and a status other than actual.</summary>
    public static string Describe(FactKey key, string period) =>
        key.ConceptId + (key.Dimensions.IsEmpty ? "" : $"[{key.Dimensions}]") + " @ " + period + (key.Status == FactStatus.Actual ? "" : $" ({key.Status.ToString().ToLowerInvariant()})");

    /// <summary>A value exactly, grouped in thousands (never rounded), or a dash for none.</summary>
    public static string Value(decimal? value) => value is { } v ? Exact.Grouped(v) : "—";
}
