using System.Collections.Immutable;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Store.Database;

/// <summary>
/// <c>kessan store verify</c>: recomputes every hash the store relies on. A blob's content against its name; a
/// revision's file listing against its content hash, its facts against its facts hash, and its header against its id;
/// every parent present. Each finding names what is wrong, never a figure.
/// </summary>
internal static class StoreVerifier
{
    public static ImmutableArray<string> Verify(SqlFactStore store)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var (hash, size, content) in store.Blobs())
        {
            if (SnapshotFile.HashOf(content) != hash || content.LongLength != size)
            {
                problems.Add($"blob {Revision.Short(hash)}: its content does not match its hash.");
            }
        }
        var revisions = store.Log();
        var ids = revisions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in revisions)
        {
            var listing = store.Listing(r);
            if (PackageSnapshot.HashOfListing(listing) != r.ContentHash || listing.Length != r.FileCount)
            {
                problems.Add($"revision {r.ShortId}: its files do not match its content hash.");
            }
            var facts = store.Facts(r);
            if (StoredFact.FactsHash(facts) != r.FactsHash || facts.Length != r.FactCount)
            {
                problems.Add($"revision {r.ShortId}: its facts do not match its facts hash.");
            }
            if (RevisionHeader.IdOf(r) != r.Id)
            {
                problems.Add($"revision {r.ShortId}: its header does not match its id.");
            }
            if (r.Parent is { } parent && !ids.Contains(parent))
            {
                problems.Add($"revision {r.ShortId}: its parent {Revision.Short(parent)} is not in the store.");
            }
        }
        return problems.ToImmutable();
    }
}
