using System.Diagnostics;
using Kessan.Testing;
using Kessan.Tests.Cli;

namespace Kessan.Tests.Rendering.Html;

/// <summary>The W3C Nu HTML Checker (vnu) finds no error in either sample's release.html: valid HTML, headings in order.</summary>
public sealed class NuHtmlCheckerTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [NeedsToolsTheory(Tools.Vnu)]
    [InlineData("iij-fy2012")]
    [InlineData("apple-1q23")]
    public void A_samples_release_html_has_no_error(string sample)
    {
        ExternalTools.Require(Tools.Vnu);
        var outDir = cli.PathOf("out");
        CliRun.Run("build", Path.Combine(SamplePackages.RepositoryRoot, "samples", sample), "--out", outDir, "--format", "html").Code.ShouldBe(0);

        var (code, errors) = Vnu(Path.Combine(outDir, "release.html"));

        errors.ShouldBeEmpty();
        code.ShouldBe(0);
    }

    [NeedsToolsFact(Tools.Vnu)]
    public void The_checker_finds_a_skipped_heading_level()
    {
        ExternalTools.Require(Tools.Vnu);
        var file = cli.PathOf("skipped.html");
        Directory.CreateDirectory(cli.Temp);
        File.WriteAllText(file, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body><h1>T</h1><h3>S</h3></body></html>");

        var (code, errors) = Vnu(file);

        errors.ShouldContain("skipping 1 heading level");
        code.ShouldNotBe(0);
    }

    private static (int Code, string Errors) Vnu(string file)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-jar", ExternalTools.VnuJar, "--errors-only", file })
        {
            start.ArgumentList.Add(a);
        }
        using var vnu = Process.Start(start)!;
        var output = vnu.StandardOutput.ReadToEndAsync();
        var errors = vnu.StandardError.ReadToEnd();
        vnu.WaitForExit();
        _ = output.Result;
        return (vnu.ExitCode, errors);
    }
}
