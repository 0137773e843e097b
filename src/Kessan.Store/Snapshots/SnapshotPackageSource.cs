using Kessan.Ingest;

namespace Kessan.Store.Snapshots;

/// <summary>
/// A package read from a snapshot's bytes, with the rules of a package read from its folder: strict UTF-8 and the
/// size limit of each kind of file. What the store checks on import is exactly what it keeps.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SnapshotPackageSource(PackageSnapshot snapshot) : IPackageSource
{
    /// <inheritdoc/>
    public string Name => snapshot.Name;

    /// <inheritdoc/>
    public bool Exists(string path) => snapshot.Find(path) is not null;

    /// <inheritdoc/>
    /// <exception cref="InvalidUtf8Exception">The file is not valid UTF-8.</exception>
    /// <exception cref="PackageFileRefusedException">The file is larger than Kessan reads of its kind.</exception>
    public string ReadAllText(string path)
    {
        var file = snapshot.Find(path) ?? throw new FileNotFoundException("No such package file.", path);
        var max = PackageFileSystem.MaxBytes(path);
        if (file.Content.Length > max)
        {
            throw new PackageFileRefusedException($"it is larger than {max / (1024 * 1024)} MB, the most Kessan reads of a package file of its kind");
        }
        return PackageFiles.DecodeUtf8([.. file.Content]);
    }
}
