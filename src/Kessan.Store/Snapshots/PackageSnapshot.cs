using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Kessan.Store.Snapshots;

/// <summary>One file of a package as stored: its path in the package (forward slashes), its bytes and their SHA-256.</summary>
/// <param name="Path">The path relative to the package folder.</param>
/// <param name="Content">The file's bytes, exactly as read.</param>
/// <param name="Hash">The lower-case hexadecimal SHA-256 of <paramref name="Content"/>: the blob's name in the store.</param>
public sealed record SnapshotFile(string Path, ImmutableArray<byte> Content, string Hash)
{
    /// <summary>A file with its hash computed from its bytes.</summary>
    public static SnapshotFile Of(string path, ReadOnlySpan<byte> content) => new(path, [.. content], HashOf(content));

    /// <summary>The lower-case hexadecimal SHA-256 of <paramref name="content"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <inheritdoc/>
    public bool Equals(SnapshotFile? other) => other is not null && Path == other.Path && Hash == other.Hash;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Hash);
}

/// <summary>
/// A package's files, byte for byte, as imported into the store and exported from it: content-addressed, so that the
/// same files always give the same <see cref="ContentHash"/> and an export is identical to what was imported.
/// </summary>
/// <remarks>Immutable; equality by paths and hashes.</remarks>
public sealed class PackageSnapshot : IEquatable<PackageSnapshot>
{
    /// <summary>A snapshot of <paramref name="files"/> (any order; kept sorted by path, ordinal).</summary>
    public PackageSnapshot(string name, IEnumerable<SnapshotFile> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
        ContentHash = HashOfListing(Files.Select(f => (f.Path, f.Hash)));
    }

    /// <summary>A name for the package (its folder's name).</summary>
    public string Name { get; }

    /// <summary>The files, sorted by path (ordinal).</summary>
    public ImmutableArray<SnapshotFile> Files { get; }

    /// <summary>The SHA-256 of the listing of paths and file hashes: equal listings, equal hashes.</summary>
    public string ContentHash { get; }

    /// <summary>The total size of the files in bytes.</summary>
    public long TotalBytes => Files.Sum(f => (long)f.Content.Length);

    /// <summary>The file at <paramref name="path"/>, or null.</summary>
    public SnapshotFile? Find(string path)
    {
        foreach (var f in Files)
        {
            if (f.Path == path)
            {
                return f;
            }
        }
        return null;
    }

    /// <summary>
    /// The content hash of a listing: the SHA-256 of one line per file, <c>path NUL hash LF</c>, sorted by path
    /// (ordinal). <see cref="Database.StoreVerifier"/> recomputes it from what the store holds.
    /// </summary>
    public static string HashOfListing(IEnumerable<(string Path, string Hash)> listing)
    {
        var text = new StringBuilder();
        foreach (var (path, hash) in listing.OrderBy(x => x.Path, StringComparer.Ordinal))
        {
            text.Append(path).Append('\0').Append(hash).Append('\n');
        }
        return SnapshotFile.HashOf(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <inheritdoc/>
    public bool Equals(PackageSnapshot? other) => other is not null && ContentHash == other.ContentHash;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PackageSnapshot);

    /// <inheritdoc/>
    public override int GetHashCode() => ContentHash.GetHashCode(StringComparison.Ordinal);
}
