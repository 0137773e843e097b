using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// kessan killed outright (SIGKILL: no handler runs) at random moments of a build: the out folder always holds one
/// whole build, the earlier or the new, never a mix, and the next build removes what the killed one left beside it.
/// Runs kessan as its own process. <c>KESSAN_KILLS</c> sets the number of kills (8 by default; <c>tools/kill-test.sh</c>
/// runs many more) and <c>KESSAN_KILL_SEED</c> the seed of the moments.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class KilledBuildTest : IDisposable
{
    private const string Earlier = "md";
    private const string Later = "md,html,json,xlsx,xbrl,ixbrl,xsd";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_build_killed_at_any_moment_leaves_one_whole_build_and_the_next_build_cleans_up()
    {
        var kills = int.Parse(Environment.GetEnvironmentVariable("KESSAN_KILLS") ?? "8", CultureInfo.InvariantCulture);
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("KESSAN_KILL_SEED") ?? "20130515", CultureInfo.InvariantCulture));
        var outDir = cli.PathOf("out");
        var earlier = Hashes(Build(outDir, Earlier));
        var (timed, built) = Measure(() => Build(outDir, Later));
        var later = Hashes(built);
        var outcomes = new Dictionary<string, int> { ["earlier"] = 0, ["later"] = 0 };

        for (var i = 0; i < kills; i++)
        {
            Build(outDir, Earlier);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * timed.TotalMilliseconds * 1.2);
            using (var kessan = Start(outDir, Later))
            {
                Thread.Sleep(delay);
                kessan.Kill();
                kessan.WaitForExit();
            }

            var now = Hashes(CliRun.Snapshot(outDir));
            var which = Same(now, earlier) ? "earlier" : Same(now, later) ? "later" : null;
            which.ShouldNotBeNull($"kill {i + 1} after {delay.TotalMilliseconds:0} ms: the out folder holds a mix: {string.Join(", ", now.Keys)}");
            outcomes[which]++;
            Build(outDir, Earlier);
            Directory.EnumerateFileSystemEntries(cli.Temp, ".out.kessan-*")
                .Where(p => !p.EndsWith(".kessan-lock", StringComparison.Ordinal))
                .ShouldBeEmpty("the next build removed what the killed one left");
        }
        (outcomes["earlier"] + outcomes["later"]).ShouldBe(kills);
    }

    private static (TimeSpan Elapsed, T Result) Measure<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        return (watch.Elapsed, result);
    }

    private static SortedDictionary<string, byte[]> Build(string outDir, string formats)
    {
        using var kessan = Start(outDir, formats);
        var output = kessan.StandardOutput.ReadToEndAsync();
        var error = kessan.StandardError.ReadToEndAsync();
        kessan.WaitForExit();
        kessan.ExitCode.ShouldBe(0, output.Result + error.Result);
        CliRun.Release(outDir);
        return CliRun.Snapshot(outDir);
    }

    private static Process Start(string outDir, string formats)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll"), "build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", formats })
        {
            start.ArgumentList.Add(a);
        }
        return Process.Start(start)!;
    }

    private static SortedDictionary<string, string> Hashes(SortedDictionary<string, byte[]> files) =>
        new(files.ToDictionary(f => f.Key, f => Convert.ToHexString(SHA256.HashData(f.Value))), StringComparer.Ordinal);

    private static bool Same(SortedDictionary<string, string> a, SortedDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var h) && h == p.Value);
}
