using System.Collections.Concurrent;
using System.Collections.Immutable;
using Kessan.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Kessan.Ingest;

/// <summary>
/// A package's YAML files read and parsed ahead, side by side on the thread pool, while the files before them are
/// interpreted: parsing is most of the work of loading a package and reading its layout, and each file parses on its
/// own. A file nobody asked to read ahead is read when it is taken. Each file's problems (missing, not text, malformed
/// YAML) are kept and reported, in order, into the bag of whoever takes it, so the report is the same as reading the
/// files one after another.
/// </summary>
/// <remarks>Thread-safe. A file is read and parsed once, by whichever of the thread pool and its taker comes first.</remarks>
internal sealed class YamlReadAhead(IPackageSource source)
{
    private readonly ConcurrentDictionary<(string Path, SourceLocation Reference), Lazy<Parsed>> files = new();

    /// <summary>Starts reading and parsing <paramref name="paths"/>, in order, on the thread pool.</summary>
    public void Start(IEnumerable<(string Path, SourceLocation Reference)> paths)
    {
        foreach (var (path, reference) in paths)
        {
            var entry = Entry(path, reference);
            _ = Task.Run(() => entry.Value);
        }
    }

    /// <summary>
    /// The file at <paramref name="path"/>, its problems reported into <paramref name="bag"/>: its root mapping, or a
    /// null root when it cannot be read or is not a YAML mapping; a null file when it cannot be read at all.
    /// </summary>
    public (YamlFile? File, YamlMappingNode? Root) Take(string path, SourceLocation reference, DiagnosticBag bag)
    {
        var parsed = Entry(path, reference).Value;
        bag.AddRange(parsed.Diagnostics);
        return parsed.Read ? (YamlFile.Reporting(path, bag), parsed.Root) : (null, null);
    }

    private Lazy<Parsed> Entry(string path, SourceLocation reference) =>
        files.GetOrAdd((path, reference), key => new Lazy<Parsed>(() => Parse(key.Path, key.Reference)));

    private Parsed Parse(string path, SourceLocation reference)
    {
        var bag = new DiagnosticBag();
        if (PackageFiles.Read(source, path, reference, bag) is not { } text)
        {
            return new Parsed(false, null, bag.ToImmutable());
        }
        var (_, root) = YamlFile.Parse(path, text, bag);
        return new Parsed(true, root, bag.ToImmutable());
    }

    private sealed record Parsed(bool Read, YamlMappingNode? Root, ImmutableArray<Diagnostic> Diagnostics);
}
