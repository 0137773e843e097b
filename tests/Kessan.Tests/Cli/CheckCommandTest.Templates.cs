using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

// check finds everything build finds before it renders: every template of the narrative and the layout, and every
// figure of the release, each problem an error at its file, line and column.
public sealed partial class CheckCommandTest
{
    private const string Revenues = "narrative/revenues.md";

    [Theory]
    [InlineData("{{ Revenues | millions }}", "{{ Revenue | millions }}", DiagnosticCodes.UnknownName, 3, 27)]                     // unknown concept
    [InlineData("{{ Revenues | millions }}", "{{ Revenues | percnt }}", DiagnosticCodes.UnknownName, 3, 27)]                      // unknown format
    [InlineData("Total revenues were", "{{ setting:company.nme }} Total revenues were", DiagnosticCodes.UnknownName, 3, 4)]      // unknown setting
    [InlineData("{{ Revenues | millions }}", "{{ Revenues | millions }", DiagnosticCodes.TemplateSyntax, 3, 24)]                  // one brace missing
    [InlineData("{{ yoy(Revenues) | yoy_phrase }}", "{{ yoy(Revenues) | yoy_phrase:\"x\" }}", DiagnosticCodes.TemplateSyntax, 3, 62)] // a filter with an argument it does not take
    [InlineData("{{ yoy(Revenues) | yoy_phrase }}", "{{ yoyy(Revenues) | yoy_phrase }}", DiagnosticCodes.UnknownName, 3, 62)]   // unknown function
    [InlineData("{{ Revenues | millions }}", "{{ Revenues@FY20x | millions }}", DiagnosticCodes.ExpressionSyntax, 3, 36)]        // not a period
    [InlineData("{{ Revenues | millions }}", "{{ Revenues@FY2009 | millions }}", DiagnosticCodes.FigureUnavailable, 3, 27)]      // a figure that cannot be derived
    public void A_bad_placeholder_in_a_narrative_fails_check_at_its_place(string oldText, string newText, string code, int line, int column)
    {
        var package = WriteSample(SamplePackages.IijFy2012().ReplaceInLine(Revenues, "Total revenues were", oldText, newText));

        var (exit, output, _) = Run("check", package);

        exit.ShouldBe(1, output);
        output.ShouldContain($"{Revenues}\n");
        output.ShouldContain($"  {line}:{column}", Case.Sensitive);
        output.ShouldContain($"error   {code}");
        output.ShouldContain("1 error, 0 warnings.");
    }

    [Fact]
    public void A_mistyped_layout_key_fails_check_at_its_line()
    {
        var package = WriteSample(SamplePackages.IijFy2012().ReplaceInLine("layout/summary-tables.yaml", "    format: millions", "format:", "fromat:"));

        var (exit, output, _) = Run("check", package);

        exit.ShouldBe(1, output);
        output.ShouldContain("layout/summary-tables.yaml\n");
        output.ShouldContain($"error   {DiagnosticCodes.UnknownKey}");
        output.ShouldContain("Did you mean 'format'?");
    }

    [Fact]
    public void Check_of_the_sample_reads_the_layout_and_derives_every_figure()
    {
        var (exit, output, _) = Run("check", SamplePackages.IijFy2012Path);

        exit.ShouldBe(0, output);
        output.ShouldMatch(@"Read the layout and derived the release's [0-9,]+ figures\.");
        output.ShouldEndWith("0 errors, 0 warnings.\n");
    }

    [Fact]
    public void With_strict_a_warning_fails_check_and_build_and_nothing_is_written()
    {
        // A number typed as text in the narrative is a warning (KSN507).
        var package = WriteSample(SamplePackages.IijFy2012().ReplaceInLine(Revenues, "Total revenues were", " million, ", " million (106,248 as typed), "));
        var outDir = Path.Combine(Path.GetTempPath(), "kessan-strict-" + Guid.NewGuid().ToString("N"));

        var lenient = Run("check", package);
        var strictCheck = Run("check", package, "--strict");
        var strictBuild = Run("build", package, "--out", outDir, "--format", "md", "--strict");

        lenient.Code.ShouldBe(0, lenient.Out);
        lenient.Out.ShouldContain("0 errors, 1 warning.");
        strictCheck.Code.ShouldBe(1, strictCheck.Out);
        strictCheck.Out.ShouldContain("--strict: the warnings above count as errors.");
        strictBuild.Code.ShouldBe(1, strictBuild.Out);
        strictBuild.Out.ShouldMatch($@"warning\s+{DiagnosticCodes.LiteralNumber}");
        strictBuild.Out.ShouldContain("Nothing was written.");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    private string WriteSample(Kessan.Ingest.InMemoryPackageSource source)
    {
        foreach (var (path, text) in source.Files)
        {
            var file = Path.Combine(temp, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return temp;
    }
}
