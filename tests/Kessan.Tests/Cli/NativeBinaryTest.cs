using System.Diagnostics;
using System.Runtime.InteropServices;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// The kessan command published as the README says (<c>dotnet publish src/Kessan.Cli -c Release -r &lt;rid&gt;</c>): one
/// native executable that does what the JIT build does, byte for byte, wherever it is installed.
/// </summary>
public sealed class NativeBinaryTest(NativeBinaryTest.Published published) : IClassFixture<NativeBinaryTest.Published>
{
    private const string Formats = "md,html,json,xlsx,xbrl,ixbrl,xsd";

    /// <summary>Publishes the command once for the tests of this class, into a temporary folder.</summary>
    public sealed class Published : IDisposable
    {
        public string Temp { get; } = Path.Combine(Path.GetTempPath(), "kessan-native-" + Guid.NewGuid().ToString("N"));

        public string Dist => Path.Combine(Temp, "dist");

        public Published()
        {
            var project = Path.Combine(SamplePackages.RepositoryRoot, "src", "Kessan.Cli", "Kessan.Cli.csproj");
            var (code, output) = Run("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
                "--artifacts-path", Path.Combine(Temp, "artifacts"), "-o", Dist, "-nologo", "-v", "quiet"], TimeSpan.FromMinutes(20));
            code.ShouldBe(0, output);
        }

        public void Dispose()
        {
            if (Directory.Exists(Temp))
            {
                Directory.Delete(Temp, recursive: true);
            }
        }
    }

    private static string Sample => SamplePackages.IijFy2012Path;

    /// <summary>Runs a program to its end; returns its exit code and what it printed on both streams.</summary>
    internal static (int Code, string Output) Run(string file, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }
        psi.WorkingDirectory = workingDirectory ?? psi.WorkingDirectory;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void Publishing_writes_one_native_executable_named_kessan()
    {
        Directory.EnumerateFileSystemEntries(published.Dist).Select(Path.GetFileName).ShouldBe(["kessan"]);
        var header = File.ReadAllBytes(Path.Combine(published.Dist, "kessan")).Take(4).ToArray();
        header.ShouldBe(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, "an ELF executable, not a .NET assembly host");
    }

    [Fact]
    public void The_native_binary_writes_every_format_byte_for_byte_as_the_jit_build_does()
    {
        using var run = new CliRun();
        // Both as processes, with the same environment.
        var jit = Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll");
        var (jitCode, jitOutput) = Run("dotnet", [jit, "build", Sample, "--out", run.PathOf("jit"), "--format", Formats], TimeSpan.FromMinutes(5));
        var (nativeCode, nativeOutput) = Run(Path.Combine(published.Dist, "kessan"),
            ["build", Sample, "--out", run.PathOf("native"), "--format", Formats], TimeSpan.FromMinutes(5));

        jitCode.ShouldBe(0, jitOutput);
        nativeCode.ShouldBe(0, nativeOutput);
        nativeOutput.ShouldBe(jitOutput.Replace(run.PathOf("jit"), run.PathOf("native"), StringComparison.Ordinal));
        var expected = CliRun.Release(run.PathOf("jit"));
        var actual = CliRun.Release(run.PathOf("native"));
        actual.Keys.ShouldBe(expected.Keys);
        expected.Keys.Count.ShouldBe(7);
        foreach (var (name, bytes) in expected)
        {
            actual[name].SequenceEqual(bytes).ShouldBeTrue(name + " differs");
        }
    }

    [Fact]
    public void The_native_binary_checks_the_sample_from_a_folder_outside_the_source_tree()
    {
        using var run = new CliRun();
        var installed = run.PathOf("bin", "kessan");
        Directory.CreateDirectory(Path.GetDirectoryName(installed)!);
        File.Copy(Path.Combine(published.Dist, "kessan"), installed); // keeps the file mode

        var (code, output) = Run(installed, ["check", Sample], TimeSpan.FromMinutes(2), workingDirectory: run.Temp);

        code.ShouldBe(0, output);
        output.ShouldContain("0 errors");
    }

    [Fact]
    public void The_native_binary_installed_outside_the_source_tree_draws_the_charts_with_nothing_else_installed()
    {
        using var run = new CliRun();
        var installed = run.PathOf("bin", "kessan");
        Directory.CreateDirectory(Path.GetDirectoryName(installed)!);
        File.Copy(Path.Combine(published.Dist, "kessan"), installed);

        // No PATH: no Node.js, no browser, nothing but the binary.
        var (code, output) = Run(installed, ["build", Sample, "--out", run.PathOf("out"), "--format", "html,md"], TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["PATH"] = "" }, workingDirectory: run.Temp);

        code.ShouldBe(0, output);
        output.ShouldNotContain("Without charts");
        var html = File.ReadAllText(run.PathOf("out", "release.html"));
        html.Split("<svg data-chart=").Length.ShouldBe(4, "the sample's three charts");
        File.ReadAllText(run.PathOf("out", "release.md")).ShouldContain("*Chart: ");
    }
}
