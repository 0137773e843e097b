using System.Globalization;
using System.Text;
using System.Text.Json;
using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Rendering;
using Kessan.Rendering.Excel;
using Kessan.Rendering.Charts;
using Kessan.Rendering.Html;
using Kessan.Xbrl.Inline;
using Kessan.Rendering.Json;
using Kessan.Rendering.Markdown;
using Kessan.Xbrl.Writing;
using Kessan.Testing;
using Kessan.Xbrl;

namespace Kessan.Tests.Cli;

/// <summary><c>kessan build</c>: what it writes and what it says when the package is sound.</summary>
public sealed partial class BuildCommandTest : IDisposable
{
    private static readonly string[] ReleaseFiles = ["figures.json", "release.html", "release.ixbrl.html", "release.md", "release.pdf", "release.xbrl", "release.xlsx", "release.xsd"];

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private static PipelineResult Pipeline(RoundingPolicy? rounding = null)
    {
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path, new BuildOptions(rounding));
        result.Succeeded.ShouldBeTrue();
        return result;
    }

    [NeedsToolsFact(Tools.Chromium)]
    public void Building_the_sample_writes_every_format_of_the_release()
    {
        ExternalTools.Require(Tools.Chromium);
        var outDir = cli.PathOf("out");

        var (code, output, error) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir);

        code.ShouldBe(0, output + error);
        error.ShouldBeEmpty();
        CliRun.Release(outDir).Keys.ShouldBe(ReleaseFiles);
        var expected = Pipeline();
        var package = expected.Package!;
        var build = expected.Build!;
        File.ReadAllText(Path.Combine(outDir, "release.md"), Encoding.UTF8).ShouldBe(MarkdownRenderer.Render(build.Document!, build.Charts));
        var charts = SvgChartRenderer.Instance.Render(package, build);
        charts.Keys.ShouldBe(build.Charts.Select(c => c.SectionId).Distinct(), ignoreOrder: true);
        File.ReadAllText(Path.Combine(outDir, "release.html"), Encoding.UTF8)
            .ShouldBe(HtmlRenderer.Render(build.Document!, new HtmlOptions(Footer: "Internet Initiative Japan Inc., FY2012 and 4Q12 results", Charts: charts)));
        File.ReadAllBytes(Path.Combine(outDir, "release.pdf")).Take(5).ShouldBe("%PDF-"u8.ToArray());
        output.ShouldNotContain("Not written");
        output.ShouldNotContain("Without charts");
        var json = File.ReadAllText(Path.Combine(outDir, "figures.json"), Encoding.UTF8);
        using var figures = JsonDocument.Parse(json);
        figures.RootElement.GetProperty("figure_count").GetInt32().ShouldBe(build.Figures.Length);
        json.ShouldBe(FiguresJsonWriter.Write(package, build));
        File.ReadAllBytes(Path.Combine(outDir, "release.xlsx")).SequenceEqual(new XlsxFormat().Write(new ReleaseOutput(package, build))).ShouldBeTrue();
        var vocabulary = XbrlVocabulary.For(package);
        File.ReadAllBytes(Path.Combine(outDir, "release.xbrl")).ShouldBe(XbrlInstanceWriter.WriteUtf8(package, vocabulary));
        File.ReadAllBytes(Path.Combine(outDir, "release.xsd")).ShouldBe(ExtensionSchemaWriter.WriteUtf8(vocabulary));
        File.ReadAllText(Path.Combine(outDir, "release.ixbrl.html"), Encoding.UTF8)
            .ShouldBe(InlineXbrlRenderer.Render(package, build, new InlineXbrlOptions(Footer: "Internet Initiative Japan Inc., FY2012 and 4Q12 results", Charts: charts)));
    }

    [Fact]
    public void The_summary_names_each_file_with_its_size_and_counts_figures_and_adjustments()
    {
        var outDir = cli.PathOf("out");

        var (_, output, _) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir);

        var lines = output.Split('\n');
        lines[0].ShouldBe("kessan build " + SamplePackages.IijFy2012Path);
        foreach (var name in ReleaseFiles)
        {
            var size = new FileInfo(Path.Combine(outDir, name)).Length;
            lines.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"Wrote {Path.Combine(outDir, name)} ({size:#,##0} bytes)"));
        }
        var build = Pipeline().Build!;
        build.Figures.ShouldAllBe(f => f.Value != null);
        // The layout rounds independently but for the operating-income bridge, whose steps are footed; its ATM step is
        // the change of the gross margins the text quotes, so that one moves with it.
        var moved = build.Figures.Count(f => f.Adjustment is not null);
        moved.ShouldBe(1);
        lines.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"{build.Figures.Length:#,##0} figures, {moved} moved by footed rounding."));
        output.ShouldEndWith("0 errors, 0 warnings.\n");
    }

    [Fact]
    public void Rounding_footed_moves_figures_and_says_how_many_while_independent_moves_none()
    {
        var footedDir = cli.PathOf("footed");
        var independentDir = cli.PathOf("independent");

        var footed = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", footedDir, "--rounding", "footed");
        var independent = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", independentDir, "--rounding", "independent");

        footed.Code.ShouldBe(0);
        independent.Code.ShouldBe(0);
        var moved = Pipeline(RoundingPolicy.Footed).Build!.Figures.Count(f => f.Adjustment is not null);
        moved.ShouldBeGreaterThan(0);
        footed.Out.ShouldContain($" figures, {moved} moved by footed rounding.");
        independent.Out.ShouldContain(" figures, 0 moved by footed rounding.");
        AdjustmentCount(footedDir).ShouldBe(moved);
        AdjustmentCount(independentDir).ShouldBe(0);
        File.ReadAllText(Path.Combine(footedDir, "release.md")).ShouldNotBe(File.ReadAllText(Path.Combine(independentDir, "release.md")));
    }

    [Fact]
    public void Every_move_of_footed_rounding_is_listed_with_its_reason_and_its_values_only_with_show_figures()
    {
        var build = Pipeline(RoundingPolicy.Footed).Build!;
        var moved = build.Figures.Where(f => f.Adjustment is not null).ToList();

        var plain = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", cli.PathOf("plain"), "--rounding", "footed");
        var shown = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", cli.PathOf("shown"), "--rounding", "footed", "--show-figures");

        foreach (var f in moved)
        {
            var step = f.Adjustment!.Delta.Sign > 0 ? "+1" : "-1";
            plain.Out.ShouldContain($"  {f.Id} {step}: {f.Adjustment.Reason}\n");
            shown.Out.ShouldContain($"  {f.Id} {step} (exact ");
            shown.Out.ShouldContain($", shown {f.Text}): {f.Adjustment.Reason}\n");
            plain.Out.ShouldNotContain($"shown {f.Text})");
        }
        plain.Out.ShouldContain("Moved by footed rounding (--show-figures adds the exact and shown values");
        var independent = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", cli.PathOf("independent"), "--rounding", "independent");
        independent.Out.ShouldNotContain("Moved by footed rounding (", Case.Sensitive);
    }

    private static int AdjustmentCount(string outDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "figures.json")));
        return json.RootElement.GetProperty("adjustment_count").GetInt32();
    }

    [Fact]
    public void An_unknown_rounding_is_a_usage_error_and_writes_nothing()
    {
        var outDir = cli.PathOf("out");

        var (code, _, error) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--rounding", "nearest");

        code.ShouldBe(2);
        error.ShouldContain("nearest");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void Asking_for_xbrl_or_inline_xbrl_also_writes_the_extension_schema_they_refer_to()
    {
        var xbrlDir = cli.PathOf("xbrl");
        var ixbrlDir = cli.PathOf("ixbrl");

        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", xbrlDir, "--format", "xbrl").Code.ShouldBe(0);
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", ixbrlDir, "--format", "ixbrl,md").Code.ShouldBe(0);

        CliRun.Release(xbrlDir).Keys.ShouldBe(["release.xbrl", "release.xsd"]);
        CliRun.Release(ixbrlDir).Keys.ShouldBe(["release.ixbrl.html", "release.md", "release.xsd"]);
    }

    [Fact]
    public void Format_selects_the_files_written()
    {
        var outDir = cli.PathOf("out");

        var (code, output, _) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md, json");

        code.ShouldBe(0);
        CliRun.Release(outDir).Keys.ShouldBe(["figures.json", "release.md"]);
        output.ShouldNotContain("release.html");
    }

    [Theory]
    [InlineData("xhtml")]
    [InlineData("md,docx")]
    [InlineData(",")]
    public void An_unknown_format_is_a_usage_error_that_lists_the_formats_and_writes_nothing(string formats)
    {
        var outDir = cli.PathOf("out");

        var (code, output, error) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", formats);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("the formats are: md, html, pdf, json, xlsx, xbrl, ixbrl, xsd.");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void The_out_folder_and_its_parents_are_created()
    {
        var outDir = cli.PathOf("a", "b", "out");

        var (code, _, _) = CliRun.Run("build", SamplePackages.IijFy2012Path, "-o", outDir, "--format", "md");

        code.ShouldBe(0);
        File.Exists(Path.Combine(outDir, "release.md")).ShouldBeTrue();
    }

    [NeedsToolsFact(Tools.Chromium)]
    public void Building_again_replaces_the_earlier_build_as_a_whole()
    {
        ExternalTools.Require(Tools.Chromium);
        var outDir = cli.PathOf("out");
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md,json").Code.ShouldBe(0);
        File.WriteAllText(Path.Combine(outDir, "release.md"), "an older release");

        var (code, _, _) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir);

        code.ShouldBe(0);
        var files = CliRun.Release(outDir);
        files.Keys.ShouldBe(ReleaseFiles);
        Encoding.UTF8.GetString(files["release.md"]).ShouldStartWith("# IIJ Announces Full Year and Fourth Quarter Financial Results");
    }

    [NeedsToolsFact(Tools.Chromium)]
    public void Building_twice_writes_identical_bytes()
    {
        ExternalTools.Require(Tools.Chromium);
        var first = cli.PathOf("first");
        var second = cli.PathOf("second");

        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", first, "--rounding", "footed").Code.ShouldBe(0);
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", second, "--rounding", "footed").Code.ShouldBe(0);

        var a = CliRun.Release(first);
        var b = CliRun.Release(second);
        a.Keys.ShouldBe(ReleaseFiles);
        a.Keys.ShouldBe(b.Keys);
        foreach (var name in a.Keys)
        {
            a[name].SequenceEqual(b[name]).ShouldBeTrue(name);
        }
    }

    [Fact]
    public void The_text_files_are_utf8_without_a_byte_order_mark_and_with_unix_line_ends_and_the_workbook_is_a_zip_package()
    {
        var outDir = cli.PathOf("out");

        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir).Code.ShouldBe(0);

        var files = CliRun.Release(outDir);
        files["release.xlsx"].Take(4).ShouldBe(new byte[] { (byte)'P', (byte)'K', 3, 4 });
        // release.pdf, when this machine can print it, and the workbook are binary.
        var text = files.Where(f => !f.Key.EndsWith(".pdf", StringComparison.Ordinal) && !f.Key.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        text.Select(f => f.Key).ShouldBe(["figures.json", "release.html", "release.ixbrl.html", "release.md", "release.xbrl", "release.xsd"]);
        foreach (var (name, bytes) in text)
        {
            bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, name);
            bytes.ShouldNotContain((byte)'\r', name);
            bytes[^1].ShouldBe((byte)'\n', name);
        }
        File.ReadAllText(Path.Combine(outDir, "release.md"), Encoding.UTF8).ShouldContain("¹");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Kessan_help_lists_build_and_explain_with_what_they_do(string help)
    {
        var (code, output, _) = CliRun.Run(help);

        code.ShouldBe(0);
        output.ShouldContain("Kessan turns a listed company's primary financial facts into validated financial statements");
        output.ShouldContain("build ");
        output.ShouldContain("derive every figure of the release from its facts");
        output.ShouldContain("explain ");
        output.ShouldContain("Explain a figure of the release");
        output.ShouldContain("check ");
    }

    [Fact]
    public void Build_help_describes_its_arguments_and_options()
    {
        var (code, output, _) = CliRun.Run("build", "--help");

        code.ShouldBe(0);
        output.ShouldContain("Nothing is written when the check or the layout has errors");
        output.ShouldContain("<package>");
        output.ShouldContain("--out");
        output.ShouldContain("The folder to write the release into");
        output.ShouldContain("--rounding");
        output.ShouldContain("--format");
        output.ShouldContain("md, html, pdf, json, xlsx, xbrl, ixbrl, xsd");
        output.ShouldContain("--show-figures");
    }
}
