using System.Text;
using Kessan.Store;
using Kessan.Store.Snapshots;
using Kessan.Tests.Store;
using Kessan.Web.Review;

namespace Kessan.Tests.Web;

/// <summary>The review app's releases: each revision's built once, the least recently used forgotten beyond the capacity.</summary>
public sealed class ReleaseCacheTest
{
    [Fact]
    public void A_release_is_built_once_and_the_least_recently_used_goes_first()
    {
        using var test = TestStore.Create("sqlite");
        using (var facts = test.Open())
        {
            for (var i = 0; i <= ReleaseCache.Capacity; i++)
            {
                // Packages without content: each is a revision of its own, and its "release" is a load error, quick to make.
                var snapshot = new PackageSnapshot("p", [SnapshotFile.Of("package.yaml", Encoding.UTF8.GetBytes($"# revision {i}\n"))]);
                facts.Import(snapshot, [], new ImportRequest("IIJ", "FY2012", "alice", $"revision {i}")).Error.ShouldBeNull();
            }
        }
        using var store = StoreAccess.Open(test.Argument);
        var revisions = store.Facts.Log("IIJ").Reverse().ToArray();
        var cache = new ReleaseCache(store);

        var first = revisions.Take(ReleaseCache.Capacity).Select(cache.Get).ToArray();
        cache.Get(revisions[0]).ShouldBeSameAs(first[0], "kept, and now the most recently used");
        cache.Get(revisions[^1]);

        cache.Count.ShouldBe(ReleaseCache.Capacity);
        cache.Get(revisions[0]).ShouldBeSameAs(first[0]);
        cache.Get(revisions[1]).ShouldNotBeSameAs(first[1], "the least recently used was forgotten, and is built again");
        first[1].Html.ShouldBeNull();
        first[1].Result.Succeeded.ShouldBeFalse();
        cache.Forget(revisions[0].Id);
        cache.Get(revisions[0]).ShouldNotBeSameAs(first[0]);
    }
}
