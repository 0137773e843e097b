using Kessan.Diagnostics;
using Kessan.Ingest;

namespace Kessan.Store.Snapshots;

/// <summary>
/// Reads every file of a package folder into a <see cref="PackageSnapshot"/>, with the rules Kessan reads a package
/// by: nothing outside the folder (a link that leads out of it is refused), regular files only, no file larger than
/// Kessan reads of its kind, and a bounded number and size of files. Hidden entries (names starting with a dot, such as
/// <c>.git</c>) are not part of a package. Every refusal is a diagnostic at the file; nothing is half-read.
/// </summary>
public static class PackageSnapshotReader
{
    /// <summary>The most files a package may have.</summary>
    public const int MaxFiles = 10_000;

    /// <summary>The most bytes a package's files may hold together.</summary>
    public const long MaxTotalBytes = 1L * 1024 * 1024 * 1024;

    /// <summary>The package at <paramref name="folder"/>, or null when a file is refused (reported in <paramref name="bag"/>).</summary>
    public static PackageSnapshot? Read(string folder, DiagnosticBag bag)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(bag);
        var root = PackageFileSystem.RealPath(Path.GetFullPath(folder));
        if (root is null || !Directory.Exists(root))
        {
            bag.Error(DiagnosticCodes.FileMissing, "The package folder does not exist.", new SourceLocation("package.yaml"));
            return null;
        }
        var files = new List<SnapshotFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        long total = 0;
        var errors = bag.HasErrors;
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }
                var relative = Path.GetRelativePath(root, entry).Replace(Path.DirectorySeparatorChar, '/');
                var at = new SourceLocation(relative);
                var real = PackageFileSystem.RealPath(entry);
                if (real is null || !(real == root || real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    bag.Error(DiagnosticCodes.FileMissing, $"'{relative}' is a link to a file outside the package folder; the package is not imported.", at);
                    errors = true;
                    continue;
                }
                if (Directory.Exists(real))
                {
                    if (visited.Add(real))
                    {
                        pending.Push(entry);
                    }
                    continue;
                }
                if (!PackageFileSystem.IsRegularFile(real, out var size))
                {
                    bag.Error(DiagnosticCodes.FileMissing, $"'{relative}' is not a regular file (a device, a pipe or a socket); the package is not imported.", at);
                    errors = true;
                    continue;
                }
                var max = PackageFileSystem.MaxBytes(relative);
                if (size > max)
                {
                    bag.Error(DiagnosticCodes.FileMissing, $"'{relative}' is larger than {max / (1024 * 1024)} MB, the most Kessan reads of a package file of its kind.", at);
                    errors = true;
                    continue;
                }
                total += size;
                if (files.Count == MaxFiles || total > MaxTotalBytes)
                {
                    bag.Error(DiagnosticCodes.FileMissing,
                        $"The package folder holds more than {MaxFiles:N0} files or {MaxTotalBytes / (1024 * 1024):N0} MB; a release package is far smaller. Is this the right folder?",
                        new SourceLocation("package.yaml"));
                    return null;
                }
                files.Add(SnapshotFile.Of(relative, File.ReadAllBytes(real)));
            }
        }
        return errors ? null : new PackageSnapshot(new DirectoryInfo(root).Name, files);
    }

    /// <summary>
    /// Writes <paramref name="snapshot"/> into <paramref name="folder"/>, which must not exist or be empty: into a
    /// sibling folder first, renamed into place when every file is written, so that a folder is written whole or not at
    /// all. Returns null, or why nothing was written.
    /// </summary>
    public static string? Write(PackageSnapshot snapshot, string folder)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var target = Path.GetFullPath(folder);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            return $"'{folder}' exists and is not empty; name a new folder.";
        }
        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar)) + ".writing-" + Environment.ProcessId);
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            foreach (var file in snapshot.Files)
            {
                var path = Path.GetFullPath(Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar)));
                if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    return $"the stored path '{file.Path}' leads out of the folder; nothing was written.";
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, [.. file.Content]);
            }
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }
            Directory.Move(staging, target);
            return null;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
