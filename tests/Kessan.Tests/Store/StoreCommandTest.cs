using System.Text.Json;
using Kessan.Ingest;
using Kessan.Tests.Cli;
using Kessan.Testing;

namespace Kessan.Tests.Store;

/// <summary><c>kessan store …</c> as a user runs it, on both backends.</summary>
public sealed class StoreCommandTest
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Import_publish_history_export_and_verify_from_the_command_line(string backend)
    {
        using var test = TestStore.Create(backend);
        var (code, output, error) = CliRun.Run("store", "import", SamplePackages.IijFy2012Path, "--store", test.Argument, "-m", "FY2012 release", "--author", "alice");
        code.ShouldBe(0, error);
        var lines = output.TrimEnd('\n').Split('\n');
        lines[^2].ShouldBe("Imported IIJ FY2012: 51 files, 569 facts, the period's first revision.");
        var id = lines[^1];
        id.ShouldMatch("^[0-9a-f]{64}$");
        output.ShouldNotContain("106,248,486", customMessage: "import prints no figure");

        var log = CliRun.Run("store", "log", "--store", test.Argument);
        log.Code.ShouldBe(0);
        log.Out.ShouldContain(id[..12]);
        log.Out.ShouldContain("IIJ FY2012  draft      alice: FY2012 release");

        CliRun.Run("store", "history", "Revenues", "--store", test.Argument).Out.ShouldBe("No published value of Revenues.\n", "a draft is not history");
        var publish = CliRun.Run("store", "publish", id[..8], "--store", test.Argument, "--author", "officer");
        publish.Code.ShouldBe(0, publish.Error);
        publish.Out.ShouldBe($"Published IIJ FY2012: revision {id[..12]}.\n");

        var history = CliRun.Run("store", "history", "Revenues", "--dimension", "Segment=ATMOperation", "--store", test.Argument);
        history.Code.ShouldBe(0, history.Error);
        history.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            $"IIJ FY2011                            1,324,000,000 JPY  from FY2012 {id[..12]}",
            $"IIJ FY2012                            2,320,000,000 JPY  from FY2012 {id[..12]}",
        ]);
        var json = JsonDocument.Parse(CliRun.Run("store", "history", "Revenues", "--store", test.Argument, "--format", "json").Out).RootElement;
        json.EnumerateArray().Single(p => p.GetProperty("period").GetString() == "FY2012" && p.GetProperty("status").GetString() == "actual")
            .GetProperty("value").GetString().ShouldBe("106248486000");

        var export = Path.Combine(test.Folder, "exported");
        var exported = CliRun.Run("store", "export", id[..10], "--out", export, "--store", test.Argument);
        exported.Code.ShouldBe(0, exported.Error);
        File.ReadAllBytes(Path.Combine(export, "facts", "income-statement.csv"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(SamplePackages.IijFy2012Path, "facts", "income-statement.csv")));
        CliRun.Run("store", "export", id[..10], "--out", export, "--store", test.Argument).Error.ShouldContain("exists and is not empty");

        var verify = CliRun.Run("store", "verify", "--store", test.Argument);
        verify.Code.ShouldBe(0);
        verify.Out.ShouldContain("is intact: 1 revisions, every hash matches.");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Log_in_json_lists_revisions_newest_first(string backend)
    {
        using var test = TestStore.Create(backend);
        var first = Last(CliRun.Run("store", "import", SamplePackages.IijFy2012Path, "--store", test.Argument).Out);
        var second = Last(CliRun.Run("store", "import", SamplePackages.Apple1Q23Path, "--store", test.Argument).Out);

        var log = JsonDocument.Parse(CliRun.Run("store", "log", "--store", test.Argument, "--format", "json").Out).RootElement;

        log.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe([second, first]);
        log[0].GetProperty("company").GetString().ShouldBe("Apple");
        log[0].GetProperty("published").GetBoolean().ShouldBeFalse();
        log[1].GetProperty("message").GetString().ShouldBe("Import of iij-fy2012");
    }

    [Fact]
    public void A_store_that_does_not_exist_is_named_not_created_by_a_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "kessan-missing-" + Guid.NewGuid().ToString("N"), "kessan.db");

        var (code, _, error) = CliRun.Run("store", "log", "--store", path);

        code.ShouldBe(2);
        error.ShouldContain($"there is no store at {path}");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void A_postgresql_url_is_read_and_its_password_never_printed()
    {
        var (code, _, error) = CliRun.Run("store", "log", "--store", "postgresql://kessan:s3cret@127.0.0.1:1/nowhere");

        code.ShouldBe(2);
        error.ShouldContain("PostgreSQL store nowhere on 127.0.0.1:1 cannot be opened");
        error.ShouldNotContain("s3cret");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void An_import_with_a_stale_parent_is_refused_with_exit_code_1(string backend)
    {
        using var test = TestStore.Create(backend);
        var first = Last(CliRun.Run("store", "import", SamplePackages.IijFy2012Path, "--store", test.Argument).Out);
        Last(CliRun.Run("store", "import", SamplePackages.IijFy2012Path, "--store", test.Argument, "--parent", first[..8]).Out);

        var (code, output, error) = CliRun.Run("store", "import", SamplePackages.IijFy2012Path, "--store", test.Argument, "--parent", first[..8]);

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("is no longer the latest of IIJ FY2012");
        error.ShouldContain("nothing was imported");
    }

    [Fact]
    public void An_author_with_a_control_character_is_refused()
    {
        using var test = TestStore.Create("sqlite");

        var (code, _, error) = CliRun.Run("store", "import", SamplePackages.Apple1Q23Path, "--store", test.Argument, "--author", "eve\u001b[2J");

        code.ShouldBe(1);
        error.ShouldContain("the author holds a control character");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_package_with_a_link_out_of_its_folder_is_not_imported()
    {
        using var test = TestStore.Create("sqlite");
        using var cli = new CliRun();
        var folder = cli.Write(SamplePackages.IijFy2012());
        File.CreateSymbolicLink(Path.Combine(folder, "narrative", "secrets.md"), "/etc/passwd");

        var (code, output, error) = CliRun.Run("store", "import", folder, "--store", test.Argument);

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("'narrative/secrets.md' is a link to a file outside the package folder; the package is not imported.");
        error.ShouldNotContain("root:");
        File.Exists(test.Argument).ShouldBeTrue("the store was opened");
        CliRun.Run("store", "log", "--store", test.Argument).Out.ShouldBe("No revisions.\n");
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_named_and_left_alone()
    {
        using var test = TestStore.Create("sqlite");
        File.WriteAllText(test.Argument, "not a database, just text");

        var (code, _, error) = CliRun.Run("store", "log", "--store", test.Argument);

        code.ShouldBe(2);
        error.ShouldContain($"the SQLite store {test.Argument} cannot be opened");
        File.ReadAllText(test.Argument).ShouldBe("not a database, just text");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Two_revisions_are_diffed_and_a_published_one_rolled_forward_by_their_ids(string backend)
    {
        using var test = TestStore.Create(backend);
        using var cli = new CliRun();
        var sample = SamplePackages.IijFy2012();
        var changed = cli.Write(sample.With("facts/segments.csv", sample.Files["facts/segments.csv"]
            .Replace("OperatingIncome,Segment=ATMOperation,(194),239", "OperatingIncome,Segment=ATMOperation,(194),240", StringComparison.Ordinal)));
        var first = Last(CliRun.Run("store", "import", SamplePackages.IijFy2012Path, "--store", test.Argument).Out);
        var second = Last(CliRun.Run("store", "import", changed, "--store", test.Argument, "--parent", first[..8]).Out);

        var diff = CliRun.Run("diff", first[..8], second[..8], "--store", test.Argument);

        diff.Code.ShouldBe(0, diff.Error);
        diff.Out.ShouldContain("changed  OperatingIncome[Segment=ATMOperation] @ FY2012: 239,000,000 → 240,000,000 JPY");
        CliRun.Run("store", "publish", second[..8], "--store", test.Argument).Code.ShouldBe(0);
        var next = cli.PathOf("fy2013");
        var rolled = CliRun.Run("rollforward", second[..8], "--to", "FY2013", "--out", next, "--store", test.Argument);
        rolled.Code.ShouldBe(0, rolled.Error);
        rolled.Out.ShouldContain("Rolled FY2012 forward to FY2013");
        File.ReadAllText(Path.Combine(next, "facts", "segments.csv")).ShouldContain("OperatingIncome,Segment=ATMOperation,240,");
        var check = CliRun.Run("check", next, "--store", test.Argument);
        check.Code.ShouldBe(1);
        check.Out.ShouldContain("KSN601");
    }

    [Fact]
    public void A_roll_to_another_kind_of_release_says_what_it_was_modelled_on_or_what_to_publish_first()
    {
        using var test = TestStore.Create("sqlite");
        using var cli = new CliRun();
        var apple = InMemoryPackageSource.FromDirectory(SamplePackages.Apple1Q23Path);
        var line = apple.LineStartingWith("package.yaml", "  current_period: 1Q23");
        var secondQuarter = cli.Write(apple.ReplaceLine("package.yaml", line, "  current_period: 2Q23"));
        var model = Last(CliRun.Run("store", "import", SamplePackages.Apple1Q23Path, "--store", test.Argument).Out);

        var refused = CliRun.Run("rollforward", secondQuarter, "--to", "1Q24", "--out", cli.PathOf("refused"), "--store", test.Argument);

        refused.Code.ShouldBe(1, refused.Error);
        refused.Error.ShouldContain("2Q23 → 1Q24 changes the kind of release");
        refused.Error.ShouldContain("Import and publish 1Q23", customMessage: "1Q23 is imported, not published");
        Directory.Exists(cli.PathOf("refused")).ShouldBeFalse();

        CliRun.Run("store", "publish", model[..8], "--store", test.Argument).Code.ShouldBe(0);
        var rolled = CliRun.Run("rollforward", secondQuarter, "--to", "1Q24", "--out", cli.PathOf("1q24"), "--store", test.Argument);

        rolled.Code.ShouldBe(0, rolled.Error);
        rolled.Out.ShouldContain($"Rolled 1Q23 forward to 1Q24 (a change of kind: modelled on Apple 1Q23 (revision {model[..12]}), the latest published release of 1Q24's kind)");
        File.ReadAllText(Path.Combine(cli.PathOf("1q24"), "package.yaml")).ShouldContain("  current_period: 1Q24");
    }

    [Theory]
    [InlineData("rollforward", "FY2013")]
    [InlineData("diff", "")]
    public void A_store_url_that_cannot_be_read_is_named_not_a_fault(string command, string to)
    {
        using var cli = new CliRun();
        string[] args = command == "rollforward"
            ? ["rollforward", "0123abcd", "--to", to, "--out", cli.PathOf("next"), "--store", "postgresql://"]
            : ["diff", SamplePackages.IijFy2012Path, "0123abcd", "--store", "postgresql://"];

        var (code, output, error) = CliRun.Run(args);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("The PostgreSQL URL cannot be read");
        Directory.Exists(cli.PathOf("next")).ShouldBeFalse();
    }

    internal static string Last(string output) => output.TrimEnd('\n').Split('\n')[^1];
}
