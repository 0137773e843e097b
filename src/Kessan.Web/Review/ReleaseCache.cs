using Kessan.Rendering;
using Kessan.Rendering.Charts;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Web.Review;

/// <summary>A revision's release as the app shows it: the pipeline's result, and release.html when it builds.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Result">What checking and building it found.</param>
/// <param name="Html">release.html, with its charts; null when the release has errors.</param>
public sealed record RevisionRelease(Revision Revision, PipelineResult Result, string? Html);

/// <summary>
/// Releases built from the store's revisions, each once: a revision never changes, so its release does not either. Keeps
/// the most recently used few (a release of the sample holds a few megabytes); a release is built outside the lock, so
/// that one revision's build never waits for another's.
/// </summary>
public sealed class ReleaseCache(StoreAccess store)
{
    /// <summary>How many releases are kept.</summary>
    public const int Capacity = 16;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Id, Lazy<RevisionRelease> Release)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Id, Lazy<RevisionRelease> Release)> recency = new();

    /// <summary>How many releases are kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The release of <paramref name="revision"/>, built on first use.</summary>
    public RevisionRelease Get(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Lazy<RevisionRelease> release;
        lock (gate)
        {
            if (entries.TryGetValue(revision.Id, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
            }
            else
            {
                node = recency.AddFirst((revision.Id, new Lazy<RevisionRelease>(() => Build(revision), LazyThreadSafetyMode.ExecutionAndPublication)));
                entries[revision.Id] = node;
                while (entries.Count > Capacity)
                {
                    entries.Remove(recency.Last!.Value.Id);
                    recency.RemoveLast();
                }
            }
            release = node.Value.Release;
        }
        return release.Value;
    }

    /// <summary>Forgets a revision's release (its header changed: it was published), so that the next use reads it again.</summary>
    public void Forget(string id)
    {
        lock (gate)
        {
            if (entries.Remove(id, out var node))
            {
                recency.Remove(node);
            }
        }
    }

    private RevisionRelease Build(Revision revision)
    {
        var result = ReleasePipeline.Run(new SnapshotPackageSource(store.Facts.Files(revision)));
        var html = result.Succeeded && result.Build?.Document is not null
            ? new ReleaseOutput(result.Package!, result.Build, SvgChartRenderer.Instance).Html
            : null;
        return new RevisionRelease(revision, result, html);
    }
}
