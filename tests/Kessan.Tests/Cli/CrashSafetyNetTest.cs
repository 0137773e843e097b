using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// An unexpected exception in any stage of a command (a fault in Kessan, injected here) is reported in one line
/// without the data, with exit code 3, and leaves the out folder as it was.
/// </summary>
public sealed class CrashSafetyNetTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose()
    {
        StageProbe.OnStage = null;
        cli.Dispose();
    }

    private const string Secret = "106,248,486";

    [Theory]
    [InlineData("load")]
    [InlineData("validate")]
    [InlineData("layout")]
    [InlineData("derive")]
    [InlineData("render")]
    [InlineData("publish")]
    public void A_fault_in_any_stage_of_build_exits_3_with_one_line_and_leaves_the_earlier_release(string stage)
    {
        var outDir = cli.PathOf("out");
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md").Code.ShouldBe(0);
        var before = CliRun.Snapshot(outDir);
        StageProbe.OnStage = s =>
        {
            if (s == stage)
            {
                throw new InvalidOperationException($"injected fault quoting a figure {Secret}");
            }
        };

        var (code, output, error) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md,json");

        code.ShouldBe(3, output + error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldBe(
            "kessan: internal error (InvalidOperationException) in 'build'. This is a fault in Kessan, not in the package; please report it. Nothing was written.");
        (output + error).ShouldNotContain(Secret);
        (output + error).ShouldNotContain("   at ");
        CliRun.Snapshot(outDir).Keys.ShouldBe(before.Keys);
        CliRun.Snapshot(outDir)["release.md"].SequenceEqual(before["release.md"]).ShouldBeTrue();
        Directory.EnumerateDirectories(cli.Temp).Select(Path.GetFileName).ShouldBe(["out"], "no staging folder is left");
    }

    [Theory]
    [InlineData("load")]
    [InlineData("validate")]
    [InlineData("layout")]
    [InlineData("derive")]
    public void A_fault_in_any_stage_of_check_exits_3_with_one_line(string stage)
    {
        StageProbe.OnStage = s =>
        {
            if (s == stage)
            {
                throw new InvalidOperationException($"injected fault quoting a figure {Secret}");
            }
        };

        var (code, output, error) = CliRun.Run("check", SamplePackages.IijFy2012Path);

        code.ShouldBe(3);
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldStartWith("kessan: internal error (InvalidOperationException) in 'check'.");
        (output + error).ShouldNotContain(Secret);
    }
}
