using System.Text.RegularExpressions;
using Kessan.Testing;
using Kessan.Tests.Cli;

namespace Kessan.Tests.Docs;

/// <summary>The package docs/guide.md writes, file by file, checks with no diagnostic and builds: the guide stays true.</summary>
public sealed partial class GuideTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private string WriteGuidePackage()
    {
        var guide = File.ReadAllText(Path.Combine(SamplePackages.RepositoryRoot, "docs", "guide.md"));
        var folder = cli.PathOf("northwind");
        var files = FileBlock().Matches(guide);
        files.Count.ShouldBe(5, "package.yaml, concepts, facts, layout and narrative");
        foreach (Match m in files)
        {
            var path = Path.Combine(folder, m.Groups["path"].Value);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, m.Groups["text"].Value);
        }
        return folder;
    }

    [Fact]
    public void The_guides_package_checks_with_no_error_or_warning()
    {
        var (code, output, error) = CliRun.Run("check", WriteGuidePackage());

        code.ShouldBe(0, output + error);
        output.ShouldContain("Loaded 5 concepts, 0 axes, 2 calculations, 0 roll-forwards, 1 statement and 10 facts.");
        output.ShouldContain("0 errors, 0 warnings.");
    }

    [Fact]
    public void The_guides_package_builds_its_quarter_against_the_calendars_prior_quarter()
    {
        var outDir = cli.PathOf("out");
        var (code, output, error) = CliRun.Run("build", WriteGuidePackage(), "--out", outDir, "--format", "md,json,xlsx,xbrl,ixbrl,xsd");

        code.ShouldBe(0, output + error);
        var md = File.ReadAllText(Path.Combine(outDir, "release.md"));
        md.ShouldContain("Net sales for the first quarter were USD1,375 million, up 10.0% YoY.");
        md.ShouldContain("| **Operating income** | **250** | **297** | **18.8** |");
        File.ReadAllText(Path.Combine(outDir, "release.xbrl")).ShouldContain("<xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0001234567</xbrli:identifier>");
        File.ReadAllText(Path.Combine(outDir, "release.xbrl")).ShouldContain("<xbrli:startDate>2023-10-01</xbrli:startDate>");
    }

    [Fact]
    public void The_explain_command_the_guide_shows_finds_its_figure()
    {
        var (code, output, error) = CliRun.Run("explain", WriteGuidePackage(), "operations/operating/current");

        code.ShouldBe(0, output + error);
        output.ShouldContain("facts/income-statement.csv");
    }

    [GeneratedRegex(@"<!-- file: (?<path>\S+) -->\n```\w*\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FileBlock();
}
