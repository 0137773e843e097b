using System.Collections.Concurrent;
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
/// the most recently used few (a release of the sample holds a few megabytes).
/// </summary>
public sealed class ReleaseCache(StoreAccess store)
{
    private const int Capacity = 16;
    private readonly ConcurrentDictionary<string, Lazy<RevisionRelease>> releases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    /// <summary>The release of <paramref name="revision"/>, built on first use.</summary>
    public RevisionRelease Get(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var entry = releases.GetOrAdd(revision.Id, _ =>
        {
            order.Enqueue(revision.Id);
            return new Lazy<RevisionRelease>(() => Build(revision), LazyThreadSafetyMode.ExecutionAndPublication);
        });
        while (releases.Count > Capacity && order.TryDequeue(out var oldest) && oldest != revision.Id)
        {
            releases.TryRemove(oldest, out _);
        }
        return entry.Value;
    }

    /// <summary>Forgets a revision's release (its header changed: it was published), so that the next use reads it again.</summary>
    public void Forget(string id) => releases.TryRemove(id, out _);

    private RevisionRelease Build(Revision revision)
    {
        var result = ReleasePipeline.Run(new SnapshotPackageSource(store.Facts.Files(revision)));
        var html = result.Succeeded && result.Build?.Document is not null
            ? new ReleaseOutput(result.Package!, result.Build, SvgChartRenderer.Instance).Html
            : null;
        return new RevisionRelease(revision, result, html);
    }
}
