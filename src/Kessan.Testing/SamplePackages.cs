using Kessan.Ingest;

namespace Kessan.Testing;

/// <summary>Finds the repository and its sample packages, and edits copies of them in memory.</summary>
public static class SamplePackages
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Kessan.slnx).</summary>
    public static string RepositoryRoot => RootPath.Value;

    /// <summary>The folder of the IIJ FY2012 sample package.</summary>
    public static string IijFy2012Path => Path.Combine(RepositoryRoot, "samples", "iij-fy2012");

    /// <summary>The folder of the Apple 1Q23 sample package (a 52/53-week year, an SEC registrant).</summary>
    public static string Apple1Q23Path => Path.Combine(RepositoryRoot, "samples", "apple-1q23");

    /// <summary>A fresh in-memory copy of the IIJ FY2012 sample package.</summary>
    public static InMemoryPackageSource IijFy2012() => InMemoryPackageSource.FromDirectory(IijFy2012Path);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kessan.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Kessan.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Edits of in-memory packages, addressed the way diagnostics address them: by file and line.</summary>
public static class PackageEdits
{
    /// <summary>The 1-based line number of the first line of <paramref name="path"/> that starts with <paramref name="prefix"/>.</summary>
    /// <exception cref="InvalidOperationException">No such line.</exception>
    public static int LineStartingWith(this InMemoryPackageSource source, string path, string prefix)
    {
        var lines = Lines(source, path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        throw new InvalidOperationException($"No line of {path} starts with '{prefix}'.");
    }

    /// <summary>The text of a 1-based line.</summary>
    public static string Line(this InMemoryPackageSource source, string path, int line) => Lines(source, path)[line - 1];

    /// <summary>Replaces a 1-based line.</summary>
    public static InMemoryPackageSource ReplaceLine(this InMemoryPackageSource source, string path, int line, string text)
    {
        var lines = Lines(source, path);
        lines[line - 1] = text;
        return source.With(path, string.Join('\n', lines));
    }

    /// <summary>Removes a 1-based line.</summary>
    public static InMemoryPackageSource RemoveLine(this InMemoryPackageSource source, string path, int line)
    {
        var lines = Lines(source, path).ToList();
        lines.RemoveAt(line - 1);
        return source.With(path, string.Join('\n', lines));
    }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> in the first line starting with <paramref name="prefix"/>.</summary>
    /// <exception cref="InvalidOperationException">The line or the text is not there.</exception>
    public static InMemoryPackageSource ReplaceInLine(this InMemoryPackageSource source, string path, string prefix, string oldText, string newText)
    {
        var n = source.LineStartingWith(path, prefix);
        var line = source.Line(path, n);
        var at = line.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"Line {n} of {path} does not contain '{oldText}'.");
        }
        return source.ReplaceLine(path, n, line[..at] + newText + line[(at + oldText.Length)..]);
    }

    private static string[] Lines(InMemoryPackageSource source, string path) =>
        source.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
