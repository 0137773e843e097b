using System.Text.Json;
using Kessan.Cli;
using Kessan.Cli.Output;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

public sealed partial class CheckCommandTest : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "kessan-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, new Terminal(output, error, Colour: false));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a copy of the sample with one figure of the balance sheet changed, and returns its folder.</summary>
    private string BrokenSample()
    {
        var source = SamplePackages.IijFy2012().ReplaceInLine("facts/balance-sheet.csv", "Inventories,", "\"1,301,684\"", "\"1,310,684\"");
        foreach (var (path, text) in source.Files)
        {
            var file = Path.Combine(temp, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return temp;
    }

    [Fact]
    public void Checking_the_sample_succeeds_and_says_what_it_checked()
    {
        var (code, output, _) = Run("check", SamplePackages.IijFy2012Path);

        code.ShouldBe(0);
        output.ShouldContain("Internet Initiative Japan Inc., FY2012");
        output.ShouldContain("KSN301");
        output.ShouldContain("Every total equals the weighted sum of its items");
        output.ShouldEndWith("0 errors, 0 warnings." + Environment.NewLine);
    }

    [Fact]
    public void A_broken_package_fails_with_exit_code_1_and_the_problem_grouped_under_its_file()
    {
        var (code, output, _) = Run("check", BrokenSample());

        code.ShouldBe(1);
        var lines = output.Split(Environment.NewLine);
        var file = Array.IndexOf(lines, "facts/balance-sheet.csv");
        file.ShouldBeGreaterThan(0, output);
        lines[file + 1].ShouldStartWith("  13:28    error   KSN301  'Total current assets' at 2013-03-31 does not equal the sum of its items");
        output.ShouldContain("1 error, 0 warnings.");
    }

    [Fact]
    public void Figures_are_hidden_unless_asked_for()
    {
        var folder = BrokenSample();

        var (_, hidden, _) = Run("check", folder);
        var (_, shown, _) = Run("check", folder, "--show-figures");

        hidden.ShouldNotContain("37,440,969");
        hidden.ShouldContain("add --show-figures to see them");
        // Figures in the unit the file gives them in (thousands of yen).
        shown.ShouldContain("total JPY 37,440,969 thousand; items sum to JPY 37,449,969 thousand");
    }

    [Fact]
    public void Json_output_lists_each_diagnostic_with_its_location()
    {
        var (code, output, _) = Run("check", BrokenSample(), "--format", "json");

        code.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("errors").GetInt32().ShouldBe(1);
        root.GetProperty("validated").GetBoolean().ShouldBeTrue();
        var d = root.GetProperty("diagnostics")[0];
        d.GetProperty("code").GetString().ShouldBe("KSN301");
        d.GetProperty("file").GetString().ShouldBe("facts/balance-sheet.csv");
        d.GetProperty("line").GetInt32().ShouldBe(13);
        d.GetProperty("column").GetInt32().ShouldBe(28);
        d.TryGetProperty("detail", out _).ShouldBeFalse();
        root.GetProperty("checks").GetProperty("KSN301").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_missing_folder_is_exit_code_2_with_a_message_on_standard_error()
    {
        var (code, output, error) = Run("check", Path.Combine(temp, "nothing-here"));

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("no such folder");
    }

    [Fact]
    public void A_folder_without_package_yaml_is_exit_code_2_and_names_the_file()
    {
        Directory.CreateDirectory(temp);

        var (code, output, _) = Run("check", temp);

        code.ShouldBe(2);
        output.ShouldContain("KSN001");
        output.ShouldContain("package.yaml");
    }

    [Fact]
    public void Loading_errors_stop_validation_and_say_so()
    {
        var source = SamplePackages.IijFy2012().ReplaceInLine("facts/balance-sheet.csv", "Inventories,", "Inventories", "Inventries");
        foreach (var (path, text) in source.Files)
        {
            var file = Path.Combine(temp, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        var (code, output, _) = Run("check", temp);

        code.ShouldBe(1);
        output.ShouldContain("KSN103  Concept 'Inventries' is not defined. Did you mean 'Inventories'?");
        output.ShouldContain("Validation did not run");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    public void Help_explains_the_commands(params string[] args)
    {
        var (code, output, _) = Run(args);

        code.ShouldBe(0);
        output.ShouldContain("kessan");
        output.ShouldContain("check");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (code, _, error) = Run("check", SamplePackages.IijFy2012Path, "--format", "xml");

        code.ShouldBe(2);
        error.ShouldContain("xml");
    }

    [Fact]
    public void No_command_is_a_usage_error() => Run().Code.ShouldBe(2);
}
