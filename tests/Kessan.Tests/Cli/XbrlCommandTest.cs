using System.Text.Json;
using Kessan.Tests.Rendering;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary><c>kessan xbrl check</c> on the sample's own release.xbrl and release.ixbrl.html, and on broken copies.</summary>
public sealed class XbrlCommandTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>, IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    /// <summary>Writes the sample's release.xbrl, release.ixbrl.html and release.xsd (each changed as asked) to a folder; returns it.</summary>
    private string Release(Func<string, string>? xbrl = null, Func<string, string>? ixbrl = null, Func<string, string>? xsd = null, bool schema = true)
    {
        var r = sample.Independent;
        var folder = cli.PathOf("out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "release.xbrl"), (xbrl ?? (x => x))(r.Xbrl));
        File.WriteAllText(Path.Combine(folder, "release.ixbrl.html"), (ixbrl ?? (x => x))(r.Ixbrl));
        if (schema)
        {
            File.WriteAllText(Path.Combine(folder, "release.xsd"), (xsd ?? (x => x))(r.Schema));
        }
        return folder;
    }

    private static Func<string, string> Replace(string old, string replacement) => text =>
    {
        text.ShouldContain(old, Case.Sensitive);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    };

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in a file.</summary>
    private static int LineOf(string file, string text)
    {
        var content = File.ReadAllText(file);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, text);
        return content[..at].Count(c => c == '\n') + 1;
    }

    [Fact]
    public void Checking_the_samples_instance_succeeds_and_says_what_it_checked_and_what_not()
    {
        var file = Path.Combine(Release(), "release.xbrl");

        var (code, output, _) = CliRun.Run("xbrl", "check", file);

        code.ShouldBe(0, output);
        output.ShouldStartWith($"kessan xbrl check {file} (XBRL 2.1 instance)\nRead {sample.Independent.Package.Facts.Count + 5:#,##0} facts, ");
        output.ShouldContain("Ran 4 of 5 checks:");
        output.ShouldContain("  dimensions            ");
        output.ShouldMatch(@"  calculation-linkbase +\d+ summations  Every total meets");
        output.ShouldContain("  calculations          not run:           No release package was given");
        output.ShouldEndWith("0 errors, 0 warnings.\n");
    }

    [Fact]
    public void Checking_the_samples_inline_document_with_its_package_runs_every_check()
    {
        var file = Path.Combine(Release(), "release.ixbrl.html");

        var (code, output, _) = CliRun.Run("xbrl", "check", file, "--package", SamplePackages.IijFy2012Path);

        code.ShouldBe(0, output);
        output.ShouldStartWith($"kessan xbrl check {file} (Inline XBRL 1.1 document)\n");
        output.ShouldContain("Ran 5 of 5 checks:");
        output.ShouldContain(" summations  Every total meets the weighted sum of its items");
        output.ShouldNotContain("not run");
        output.ShouldEndWith("0 errors, 0 warnings.\n");
    }

    [Fact]
    public void A_broken_instance_and_schema_fail_with_exit_code_1_and_each_finding_grouped_under_its_file_with_code_and_line()
    {
        var folder = Release(
            xbrl: Replace("decimals=\"-3\"", "decimals=\"thousands\""),
            xsd: Replace("xlink:href=\"release.xsd#iij_SegmentAxis\" xlink:label=\"loc_iij_SegmentAxis\"", "xlink:href=\"release.xsd#iij_NoSuchAxis\" xlink:label=\"loc_iij_SegmentAxis\""));
        var (file, schema) = (Path.Combine(folder, "release.xbrl"), Path.Combine(folder, "release.xsd"));

        var (code, output, _) = CliRun.Run("xbrl", "check", file);

        code.ShouldBe(1, output);
        var lines = output.Split('\n');
        var instance = Array.IndexOf(lines, file);
        instance.ShouldBeGreaterThan(0, output);
        lines[instance + 1].ShouldStartWith($"  {LineOf(file, "decimals=\"thousands\"")}:4   error   xbrl.4.6.5:decimals  decimals 'thousands' is not INF or an integer");
        var linkbase = Array.IndexOf(lines, schema);
        linkbase.ShouldBeGreaterThan(instance, output);
        lines[linkbase + 1].ShouldStartWith($"  {LineOf(schema, "iij_NoSuchAxis")}:");
        lines[linkbase + 1].ShouldContain("error   xbrl.3.5:linkbase  The locator release.xsd#iij_NoSuchAxis points to no element");
        output.ShouldContain("  dimensions            not run:           The document has errors in reading;");
        output.ShouldNotContain("0 errors");
    }

    [Fact]
    public void A_member_outside_its_domain_in_the_inline_document_is_found_at_each_tag_of_its_context()
    {
        var folder = Release(ixbrl: Replace(">iij:AccumulatedDeficitMember<", ">iij:NoSuchMember<"));

        var (code, output, _) = CliRun.Run("xbrl", "check", Path.Combine(folder, "release.ixbrl.html"));

        code.ShouldBe(1, output);
        output.ShouldContain("error   xbrldie:PrimaryItemDimensionallyInvalidError  The fact ");
        output.ShouldContain("allows EquityComponentAxis=NoSuchMember.");
    }

    [Fact]
    public void A_calculation_that_does_not_hold_is_found_with_the_package_and_its_figures_shown_only_on_request()
    {
        const string Stated = "<us-gaap:AssetsCurrent contextRef=\"I20130331\" unitRef=\"JPY\" decimals=\"-3\">37440969000<";
        var file = Path.Combine(Release(xbrl: Replace(Stated, Stated.Replace("37440969000", "37449969000", StringComparison.Ordinal))), "release.xbrl");

        var (code, hidden, _) = CliRun.Run("xbrl", "check", file, "--package", SamplePackages.IijFy2012Path);
        var (_, shown, _) = CliRun.Run("xbrl", "check", file, "--package", SamplePackages.IijFy2012Path, "--show-figures");

        code.ShouldBe(1, hidden);
        hidden.ShouldContain($"  {LineOf(file, "37449969000")}:4   error   calc11e:inconsistentCalculationUsingRounding  AssetsCurrent in context 'I20130331' does not equal");
        hidden.ShouldNotContain("3744");
        hidden.ShouldContain("add --show-figures to see them");
        shown.ShouldContain("total [37449968500, 37449969500]; items sum to");
    }

    [Fact]
    public void Json_output_lists_each_finding_with_its_code_and_line_and_each_check()
    {
        var file = Path.Combine(Release(xbrl: Replace("decimals=\"-3\"", "decimals=\"thousands\"")), "release.xbrl");

        var (code, output, _) = CliRun.Run("xbrl", "check", file, "--format", "json");

        code.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("file").GetString().ShouldBe(file);
        root.GetProperty("kind").GetString().ShouldBe("instance");
        root.GetProperty("errors").GetInt32().ShouldBe(1);
        root.GetProperty("schemas").EnumerateArray().Select(s => s.GetString()).ShouldBe([Path.Combine(Path.GetDirectoryName(file)!, "release.xsd")]);
        var d = root.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem();
        d.GetProperty("code").GetString().ShouldBe("xbrl.4.6.5:decimals");
        d.GetProperty("file").GetString().ShouldBe(file);
        d.GetProperty("line").GetInt32().ShouldBe(LineOf(file, "decimals=\"thousands\""));
        var checks = root.GetProperty("checks").EnumerateArray().ToList();
        checks.Select(c => c.GetProperty("name").GetString()).ShouldBe(["read", "definitions", "dimensions", "calculation-linkbase", "calculations"]);
        checks[0].GetProperty("facts").GetInt32().ShouldBe(sample.Independent.Package.Facts.Count + 5, "the facts and five cover facts");
        checks[2].GetProperty("ran").GetBoolean().ShouldBeFalse();
        checks[2].GetProperty("reason").GetString().ShouldBe("The document has errors in reading; its facts are checked once it reads without errors.");
    }

    [Fact]
    public void Without_the_schema_beside_it_the_instance_is_checked_without_its_dimensions_and_the_report_says_so()
    {
        var file = Path.Combine(Release(schema: false), "release.xbrl");

        var (code, output, _) = CliRun.Run("xbrl", "check", file);

        code.ShouldBe(0, output);
        output.ShouldContain("  definitions           not run:           The document refers to release.xsd, which is not beside it.");
        output.ShouldContain("  calculation-linkbase  not run:           No extension schema was read without errors.");
        output.ShouldContain("Ran 1 of 5 checks:");
    }

    [Fact]
    public void A_file_that_is_not_xbrl_cannot_be_read_and_exits_with_code_2()
    {
        var file = Path.Combine(Release(), "release.xsd");

        var (code, output, _) = CliRun.Run("xbrl", "check", file);

        code.ShouldBe(2);
        output.ShouldContain("error   xmlSchema:syntax  The document is neither an XBRL instance");
        output.ShouldContain("nothing was checked");
    }

    [Fact]
    public void A_file_that_is_not_well_formed_cannot_be_read_and_the_finding_has_its_line()
    {
        var file = Path.Combine(Release(xbrl: Replace("</xbrli:context>", "</xbrli:contex>")), "release.xbrl");

        var (code, output, _) = CliRun.Run("xbrl", "check", file);

        code.ShouldBe(2);
        output.ShouldContain($"  {LineOf(file, "</xbrli:contex>")}:");
        output.ShouldContain("error   xmlSchema:syntax  The document is not well-formed XML");
    }

    [Fact]
    public void A_missing_file_exits_with_code_2_and_says_so()
    {
        var (code, output, error) = CliRun.Run("xbrl", "check", cli.PathOf("nowhere.xbrl"));

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldStartWith("kessan: no such file: ");
    }

    [Fact]
    public void A_package_that_cannot_be_read_exits_with_code_2_and_says_where_its_errors_are_listed()
    {
        var file = Path.Combine(Release(), "release.xbrl");
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine("facts/balance-sheet.csv", "Inventories,", "\"1,301,684\"", "\"1,3O1,684\""), "broken");

        var (code, output, error) = CliRun.Run("xbrl", "check", file, "--package", package);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe($"kessan: the package {package} cannot be read without errors; 'kessan check {package}' lists them.\n");
    }
}
