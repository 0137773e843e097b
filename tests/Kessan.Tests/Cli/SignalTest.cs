using System.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// kessan stopped by a signal midway (here while Chromium prints): the browser it started is stopped, the folders it
/// was writing are removed, and the out folder keeps the earlier build. Runs kessan as its own process.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SignalTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    public async Task A_build_stopped_by_a_signal_stops_the_browser_removes_what_it_wrote_and_leaves_the_out_folder_as_it_was(string signal)
    {
        var outDir = cli.PathOf("out");
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md").Code.ShouldBe(0);
        var before = CliRun.Snapshot(outDir);
        var temp = Directory.CreateDirectory(cli.PathOf("tmp")).FullName;
        var pidFile = cli.PathOf("browser.pid");
        var browser = cli.PathOf("fake-chromium");
        File.WriteAllText(browser, $"#!/bin/sh\necho $$ > '{pidFile}'\nsleep 300\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll"), "build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md,pdf" })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["KESSAN_CHROMIUM"] = browser;
        start.Environment["TMPDIR"] = temp;
        using var kessan = Process.Start(start)!;
        var error = kessan.StandardError.ReadToEndAsync();
        var output = kessan.StandardOutput.ReadToEndAsync();
        SpinWait.SpinUntil(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Trim().Length > 0, TimeSpan.FromSeconds(60)).ShouldBeTrue("the build reached printing");
        var browserPid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        using (var kill = Process.Start("kill", ["-" + signal, kessan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        kessan.WaitForExit(30_000).ShouldBeTrue("kessan ends when signalled");
        kessan.ExitCode.ShouldBe(128 + signal switch { "HUP" => 1, "INT" => 2, _ => 15 }, "128 + the signal's number, as a shell reports it");
        (await error).ShouldContain("kessan: stopped");
        await output;
        SpinWait.SpinUntil(() => !Alive(browserPid), TimeSpan.FromSeconds(10)).ShouldBeTrue("the browser was stopped");
        Directory.EnumerateFileSystemEntries(temp, "kessan-*").ShouldBeEmpty("the print folder was removed");
        var after = CliRun.Snapshot(outDir);
        after.Keys.Order(StringComparer.Ordinal).ShouldBe(before.Keys.Order(StringComparer.Ordinal), "the out folder keeps the earlier build's files");
        foreach (var (name, bytes) in before)
        {
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(after[name])).ShouldBe(
                Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)), name + ": the out folder keeps the earlier build");
        }
        Directory.EnumerateDirectories(cli.Temp, ".out.kessan-build-*").ShouldBeEmpty();
    }

    /// <summary>True while the process runs (a zombie waiting to be reaped has ended).</summary>
    private static bool Alive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
}
