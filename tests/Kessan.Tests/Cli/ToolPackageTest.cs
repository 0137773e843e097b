using System.Text.RegularExpressions;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// kessan installed as the README says for those who prefer the SDK: packed into a folder, installed from it as a
/// .NET tool, and run from outside the source tree.
/// </summary>
public sealed partial class ToolPackageTest : IDisposable
{
    private readonly CliRun run = new();

    public void Dispose() => run.Dispose();

    [Fact]
    public void The_packed_tool_installs_as_kessan_names_its_version_and_commit_and_builds_the_sample_with_its_charts()
    {
        var project = Path.Combine(SamplePackages.RepositoryRoot, "src", "Kessan.Cli", "Kessan.Cli.csproj");
        var feed = run.PathOf("nupkg");
        var tools = run.PathOf("tools");

        var (packCode, packOutput) = NativeBinaryTest.Run("dotnet", ["pack", project, "-c", "Release", "-o", feed,
            "--artifacts-path", run.PathOf("artifacts"), "-nologo", "-v", "quiet"], TimeSpan.FromMinutes(10));
        packCode.ShouldBe(0, packOutput);
        var (installCode, installOutput) = NativeBinaryTest.Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", feed, "Kessan.Cli"],
            TimeSpan.FromMinutes(5));
        installCode.ShouldBe(0, installOutput);

        var kessan = Path.Combine(tools, "kessan");
        var (versionCode, version) = NativeBinaryTest.Run(kessan, ["--version"], TimeSpan.FromMinutes(1), workingDirectory: run.Temp);
        versionCode.ShouldBe(0, version);
        VersionAndCommit().IsMatch(version.Trim()).ShouldBeTrue(version);

        var (buildCode, buildOutput) = NativeBinaryTest.Run(kessan, ["build", SamplePackages.IijFy2012Path, "--out", run.PathOf("out"), "--format", "html"],
            TimeSpan.FromMinutes(2), workingDirectory: run.Temp);
        buildCode.ShouldBe(0, buildOutput);
        File.ReadAllText(run.PathOf("out", "release.html")).Split("<svg data-chart=").Length.ShouldBe(4, "the sample's three charts");
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+\+[0-9a-f]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionAndCommit();
}
