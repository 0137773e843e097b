using Kessan.Cli;
using Kessan.Cli.Output;
using Kessan.Ingest;

namespace Kessan.Tests.Cli;

/// <summary>Runs the command line in-process and prepares folders for it under a temporary folder that is deleted afterwards.</summary>
public sealed class CliRun : IDisposable
{
    /// <summary>A fresh temporary folder (not yet created).</summary>
    public string Temp { get; } = Path.Combine(Path.GetTempPath(), "kessan-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Temp))
        {
            Directory.Delete(Temp, recursive: true);
        }
    }

    /// <summary>Runs <c>kessan</c> with <paramref name="args"/>; returns the exit code and what it printed.</summary>
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new Terminal(output, error, Colour: false));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>kessan</c> with <paramref name="args"/> and <paramref name="input"/> as its standard input.</summary>
    public static (int Code, string Out, string Error) RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var reader = new StringReader(input);
        var code = Program.Run(args, new Terminal(output, error, Colour: false) { Input = reader });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a package to a folder under <see cref="Temp"/> and returns the folder.</summary>
    public string Write(InMemoryPackageSource source, string name = "package")
    {
        var folder = Path.Combine(Temp, name);
        foreach (var (path, text) in source.Files)
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return folder;
    }

    /// <summary>A path under <see cref="Temp"/>.</summary>
    public string PathOf(params string[] parts) => Path.Combine([Temp, .. parts]);

    /// <summary>
    /// The files of a release written into <paramref name="folder"/>, without its manifest, after checking that the
    /// manifest is there and names exactly those files.
    /// </summary>
    public static SortedDictionary<string, byte[]> Release(string folder)
    {
        var all = Snapshot(folder);
        all.Keys.ShouldContain(ReleaseFolder.ManifestName);
        all.Remove(ReleaseFolder.ManifestName);
        ReleaseManifest.FilesNamedIn(Path.Combine(folder, ReleaseFolder.ManifestName)).Order(StringComparer.Ordinal).ShouldBe(all.Keys);
        return all;
    }

    /// <summary>Every file under a folder, relative and with forward slashes, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
