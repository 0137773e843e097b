using System.Collections.Immutable;
using System.Text;

namespace Kessan.Ingest;

/// <summary>
/// Where a release package's files come from: a folder on disk, or memory (tests, uploads). Paths are
/// relative to the package root and use forward slashes.
/// </summary>
public interface IPackageSource
{
    /// <summary>A name for the package, such as its folder name.</summary>
    string Name { get; }

    /// <summary>True when the file exists.</summary>
    bool Exists(string path);

    /// <summary>Reads a whole text file as UTF-8.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    string ReadAllText(string path);
}

/// <summary>A package in a folder on disk.</summary>
/// <remarks>Thread-safe; reads the disk on every call.</remarks>
public sealed class DirectoryPackageSource : IPackageSource
{
    /// <summary>Creates a source for the folder <paramref name="root"/>.</summary>
    public DirectoryPackageSource(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
        Name = new DirectoryInfo(Root).Name;
    }

    /// <summary>The absolute folder path.</summary>
    public string Root { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public bool Exists(string path) => File.Exists(Resolve(path));

    /// <inheritdoc/>
    /// <exception cref="InvalidUtf8Exception">The file is not valid UTF-8.</exception>
    /// <exception cref="PackageFileRefusedException">
    /// The file links out of the package, is not a regular file (a device, a pipe, a folder), or is larger than
    /// <see cref="PackageFileSystem.MaxBytes"/> for its kind: nothing of it is read.
    /// </exception>
    public string ReadAllText(string path)
    {
        var full = Resolve(path);
        var real = PackageFileSystem.RealPath(full) ?? throw new FileNotFoundException("No such package file.", path);
        var root = PackageFileSystem.RealPath(Root) ?? Root;
        if (!real.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new PackageFileRefusedException("it is a link to a file outside the package folder");
        }
        if (!PackageFileSystem.IsRegularFile(real, out var size))
        {
            throw new PackageFileRefusedException("it is not a regular file (a device, a pipe or a folder)");
        }
        var max = PackageFileSystem.MaxBytes(path);
        if (size > max)
        {
            throw new PackageFileRefusedException($"it is larger than {max / (1024 * 1024)} MB, the most Kessan reads of a package file of its kind");
        }
        return PackageFiles.DecodeUtf8(File.ReadAllBytes(real));
    }

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)));
        // Package paths must stay inside the package.
        var rootWithSeparator = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Package paths must stay inside the package folder: " + path);
        }
        return full;
    }
}

/// <summary>A package held in memory: a map from relative path to file text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InMemoryPackageSource : IPackageSource
{
    /// <summary>Creates a source from files.</summary>
    public InMemoryPackageSource(string name, IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Files = files.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The files, by relative path.</summary>
    public ImmutableSortedDictionary<string, string> Files { get; }

    /// <inheritdoc/>
    public bool Exists(string path) => Files.ContainsKey(path);

    /// <inheritdoc/>
    public string ReadAllText(string path) =>
        Files.TryGetValue(path, out var text) ? text : throw new FileNotFoundException("No such package file.", path);

    /// <summary>Returns a copy with one file replaced (or added).</summary>
    public InMemoryPackageSource With(string path, string text) => new(Name, Files.SetItem(path, text));

    /// <summary>Returns a copy without a file.</summary>
    public InMemoryPackageSource Without(string path) => new(Name, Files.Remove(path));

    /// <summary>Reads every file below a folder on disk into memory.</summary>
    public static InMemoryPackageSource FromDirectory(string root)
    {
        var full = Path.GetFullPath(root);
        var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => new KeyValuePair<string, string>(
                Path.GetRelativePath(full, f).Replace(Path.DirectorySeparatorChar, '/'),
                File.ReadAllText(f, Encoding.UTF8)));
        return new InMemoryPackageSource(new DirectoryInfo(full).Name, files);
    }
}
