using System.Globalization;
using System.Text;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary><c>kessan build</c> on packages that must not be published, and when the release cannot be written.</summary>
public sealed partial class BuildCommandTest
{
    private const string IncomeStatement = "facts/income-statement.csv";

    /// <summary>The sample with FY2012 equipment sales one thousand yen higher, so that total revenues no longer foot.</summary>
    private static InMemoryPackageSource RevenuesDoNotFoot() =>
        SamplePackages.IijFy2012().ReplaceInLine(IncomeStatement, "EquipmentSalesRevenue,", "\"1,490,906\"", "\"1,490,907\"");

    /// <summary>An out folder holding an earlier release (and a file of the user's), and a snapshot of it.</summary>
    private (string Folder, SortedDictionary<string, byte[]> Before) EarlierRelease()
    {
        var outDir = cli.PathOf("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "release.md"), "# The earlier release\n");
        File.WriteAllText(Path.Combine(outDir, "release.html"), "<!DOCTYPE html>\n<p>earlier</p>\n");
        File.WriteAllText(Path.Combine(outDir, "figures.json"), "{\"figures\": []}\n");
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");
        return (outDir, CliRun.Snapshot(outDir));
    }

    private static void ShouldBeUnchanged(string folder, SortedDictionary<string, byte[]> before)
    {
        var after = CliRun.Snapshot(folder);
        after.Keys.ShouldBe(before.Keys, "no file may be added (not even a temporary one) or removed");
        foreach (var (name, bytes) in before)
        {
            after[name].SequenceEqual(bytes).ShouldBeTrue($"{name} was changed");
        }
    }

    [Fact]
    public void A_total_that_does_not_foot_stops_the_build_with_the_code_and_place_of_the_problem()
    {
        var sample = SamplePackages.IijFy2012();
        var revenuesLine = sample.LineStartingWith(IncomeStatement, "Revenues,");
        var equipmentLine = sample.LineStartingWith(IncomeStatement, "EquipmentSalesRevenue,");
        var package = cli.Write(RevenuesDoNotFoot());
        var outDir = cli.PathOf("out");

        var (code, output, _) = CliRun.Run("build", package, "--out", outDir);

        code.ShouldBe(1);
        var lines = output.Split('\n');
        var file = Array.IndexOf(lines, IncomeStatement);
        file.ShouldBeGreaterThan(0, output);
        lines[file + 1].ShouldBe($"  {revenuesLine}:23    error   {DiagnosticCodes.Calculation}  'Total revenues' for FY2012 does not equal the sum of its items (the statement foots exactly).");
        lines[file + 2].TrimStart().ShouldStartWith("see ");
        lines[file + 2].ShouldContain($"{IncomeStatement}:{equipmentLine}:35", Case.Sensitive, "the changed item is named as a related place");
        output.ShouldContain("The check found errors. Nothing was written.");
        output.ShouldEndWith("\n1 error, 0 warnings.\n");
        output.ShouldNotContain("Wrote ");
        Directory.Exists(outDir).ShouldBeFalse("a failed build creates no out folder");
    }

    [Fact]
    public void A_failed_check_leaves_an_earlier_release_in_the_out_folder_untouched()
    {
        var package = cli.Write(RevenuesDoNotFoot());
        var (outDir, before) = EarlierRelease();

        var (code, _, _) = CliRun.Run("build", package, "--out", outDir);

        code.ShouldBe(1);
        ShouldBeUnchanged(outDir, before);
    }

    [Fact]
    public void Messages_do_not_show_figures_unless_asked_for()
    {
        var package = cli.Write(RevenuesDoNotFoot());

        var (_, hidden, _) = CliRun.Run("build", package, "--out", cli.PathOf("out"));
        var (_, shown, _) = CliRun.Run("build", package, "--out", cli.PathOf("out"), "--show-figures");

        foreach (var figure in new[] { "106,248,486", "106248486", "1,490,907", "1490907", "106,248,487", "106,248", "1,491" })
        {
            hidden.ShouldNotContain(figure);
        }
        hidden.ShouldContain("add --show-figures to see them");
        shown.ShouldContain("106,248,486");
        shown.ShouldContain("106,248,487");
        shown.ShouldNotContain("add --show-figures");
    }

    [Fact]
    public void The_warnings_of_a_successful_build_show_no_figures()
    {
        var outDir = cli.PathOf("out");
        // The figure typed as text (a warning) is one the release shows: 106,248 (revenues, JPY millions).
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine("narrative/revenues.md", "Total revenues were", " million, ", " million (106,248 as typed), "));

        var (code, output, _) = CliRun.Run("build", package, "--out", outDir);

        code.ShouldBe(0);
        var diagnostics = output.Split('\n').Where(l => l.Contains(" warning ", StringComparison.Ordinal) || l.Contains(" error ", StringComparison.Ordinal)).ToList();
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldContain(l => l.Contains(DiagnosticCodes.LiteralNumber, StringComparison.Ordinal));
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path);
        var texts = result.Build!.Figures.Where(f => f.Value is not null).Select(f => f.Text).Where(t => t.Count(char.IsAsciiDigit) >= 3).Distinct().ToList();
        texts.Count.ShouldBeGreaterThan(500);
        var facts = result.Package!.Facts.All.Select(f => Math.Abs(f.Value))
            .Where(v => v >= 1000).Select(v => v.ToString("#,##0", CultureInfo.InvariantCulture)).ToList();
        foreach (var line in diagnostics)
        {
            // What follows the code: the location before it is file:line:column, not a figure.
            var message = line[(line.IndexOf(" KSN", StringComparison.Ordinal) + 8)..];
            foreach (var figure in texts.Concat(facts))
            {
                message.ShouldNotContain(figure, Case.Sensitive, $"'{figure}' in: {line}");
            }
        }
    }

    [Fact]
    public void A_package_that_does_not_load_is_reported_and_nothing_is_written()
    {
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine(IncomeStatement, "EquipmentSalesRevenue,", "EquipmentSalesRevenue", "EquipmentSaleRevenue"));
        var (outDir, before) = EarlierRelease();

        var (code, output, _) = CliRun.Run("build", package, "--out", outDir);

        code.ShouldBe(1);
        output.ShouldContain("KSN103  Concept 'EquipmentSaleRevenue' is not defined. Did you mean 'EquipmentSalesRevenue'?");
        output.ShouldContain("The package could not be loaded cleanly. Nothing was written.");
        ShouldBeUnchanged(outDir, before);
    }

    [Fact]
    public void A_layout_error_is_reported_and_nothing_is_written()
    {
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine("layout/summary-tables.yaml", "      - {label: Operating Income, value: OperatingIncome}",
            "value: OperatingIncome", "value: OperatingIncom"));
        var (outDir, before) = EarlierRelease();

        var (code, output, _) = CliRun.Run("build", package, "--out", outDir);

        code.ShouldBe(1);
        output.ShouldContain("layout/summary-tables.yaml");
        output.ShouldContain(DiagnosticCodes.UnknownName);
        output.ShouldContain("OperatingIncom");
        output.ShouldContain("Nothing was written.");
        ShouldBeUnchanged(outDir, before);
    }

    [Fact]
    public void A_missing_package_folder_is_exit_code_2_and_writes_nothing()
    {
        var outDir = cli.PathOf("out");

        var (code, output, error) = CliRun.Run("build", cli.PathOf("nothing-here"), "--out", outDir);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("no such folder");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_reported_without_a_stack_trace_and_the_file_is_untouched()
    {
        Directory.CreateDirectory(cli.Temp);
        var outFile = cli.PathOf("out");
        File.WriteAllText(outFile, "not a folder");

        var (code, output, error) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outFile);

        code.ShouldBe(2);
        error.ShouldContain("kessan: cannot write the release to " + outFile);
        error.ShouldContain("Nothing was written.");
        error.ShouldNotContain("   at ");
        output.ShouldNotContain("Wrote ");
        File.ReadAllText(outFile).ShouldBe("not a folder");
        // Beside it, only the lock file builds into that path share.
        Directory.EnumerateFileSystemEntries(cli.Temp).Order(StringComparer.Ordinal).ShouldBe([cli.PathOf(".out.kessan-lock"), outFile]);
    }

    [Fact]
    public void A_folder_holding_files_kessan_did_not_write_is_left_exactly_as_it_was()
    {
        var (outDir, before) = EarlierRelease();
        // Files written by hand (no manifest names them), one of them a folder where the release's file would go.
        File.Delete(Path.Combine(outDir, "release.html"));
        Directory.CreateDirectory(Path.Combine(outDir, "release.html"));
        before.Remove("release.html");

        var (code, output, error) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir);

        code.ShouldBe(2, output + error);
        error.ShouldContain("Nothing was written.");
        output.ShouldNotContain("Wrote ");
        ShouldBeUnchanged(outDir, before);
        Directory.Exists(Path.Combine(outDir, "release.html")).ShouldBeTrue();
        Directory.EnumerateFileSystemEntries(Path.Combine(outDir, "release.html")).ShouldBeEmpty();
        Encoding.UTF8.GetString(before["release.md"]).ShouldBe("# The earlier release\n");
    }
}
