using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// Values out of range are diagnostics at their file and line, found by check, never a crash: periods outside the
/// years a report can fall in or written in non-ASCII digits, layout numbers out of range, a prior year that is
/// not before the current one.
/// </summary>
public sealed class ValuesInRangeTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "FY9999", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "FY0000", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "9M FY9999", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "1H FY9999", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "FY0000-start", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "FY٢٠١٢", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "FY２０１２", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("facts/income-statement.csv", "concept,", "FY2012", "0001-01-01..0001-12-31", DiagnosticCodes.PeriodMismatch, 5)]
    [InlineData("package.yaml", "  current_year:", "FY2012", "FY9999", DiagnosticCodes.InvalidValue, 33)]
    [InlineData("package.yaml", "  prior_year:", "FY2011", "FY2012", DiagnosticCodes.InvalidValue, 34)]
    [InlineData("package.yaml", "  prior_year:", "FY2011", "FY2013", DiagnosticCodes.InvalidValue, 34)]
    [InlineData("narrative/revenues.md", "Total revenues were", "{{ Revenues | millions }}", "{{ Revenues@FY9999 | millions }}", DiagnosticCodes.ExpressionSyntax, 3)]
    [InlineData("layout/tanshin.yaml", "  - {name: dps", "zero: null}", "zero: null, decimals: -5}", DiagnosticCodes.InvalidValue, 4)]
    [InlineData("layout/tanshin.yaml", "      - {id: FY2012, label: \"Fiscal Year Ended {{ setting:period.current_year.end }}\"", "period: current_year}", "period: current_year, indent: -1}", DiagnosticCodes.InvalidValue, 23)]
    public void A_value_out_of_range_is_an_error_at_its_line_not_a_crash(string path, string prefix, string oldText, string newText, string code, int line)
    {
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine(path, prefix, oldText, newText));

        var (exit, output, error) = CliRun.Run("check", package);

        exit.ShouldBeOneOf([1, 2], output + error);
        error.ShouldNotContain("internal error");
        output.ShouldContain(path + "\n");
        output.ShouldMatch($@"\n  {line}:[0-9]+ +error +{code} ");
    }

    [Theory]
    [InlineData("package.yaml", "  name: Internet Initiative Japan Inc.", "Internet ", "Internet\u000b")]
    [InlineData("narrative/revenues.md", "Total revenues were", "Total revenues", "Total\u0001revenues")]
    [InlineData("layout/tanshin.yaml", "  - id: tanshin-results", "tanshin-results", "tanshin\u0008results")]
    [InlineData("narrative/revenues.md", "Total revenues were", "Total revenues", "Total\uFFFE revenues")]
    [InlineData("narrative/revenues.md", "Total revenues were", "Total revenues", "Total\u0000revenues")]
    public void A_character_no_release_may_carry_is_an_error_at_its_place_in_check(string path, string prefix, string oldText, string newText)
    {
        var source = SamplePackages.IijFy2012().ReplaceInLine(path, prefix, oldText, newText);
        var line = source.Files[path].Split('\n').ToList().FindIndex(l => l.Contains(newText, StringComparison.Ordinal)) + 1;
        var bad = newText.IndexOfAny(['\u0000', '\u0001', '\u0008', '\u000b', '\uFFFE']);
        var column = source.Files[path].Split('\n')[line - 1].IndexOf(newText, StringComparison.Ordinal) + bad + 1;
        var package = cli.Write(source);

        var (exit, output, error) = CliRun.Run("check", package);

        exit.ShouldBeOneOf([1, 2], output + error);
        output.ShouldContain(path + "\n");
        output.ShouldMatch($@"\n  {line}:{column} +error +{DiagnosticCodes.BadText} ");
        output.ShouldNotContain(newText[bad].ToString(), Case.Sensitive, "the character itself is never printed");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_error_at_their_line_and_column()
    {
        var package = cli.Write(SamplePackages.IijFy2012());
        var file = Path.Combine(package, "narrative", "revenues.md");
        var bytes = File.ReadAllBytes(file);
        var at = bytes.AsSpan().IndexOf("Total revenues"u8);
        bytes[at + 7] = 0xE9; // Latin-1 e acute in "Total revenues"
        File.WriteAllBytes(file, bytes);
        var line = System.Text.Encoding.UTF8.GetString(bytes, 0, at).Count(c => c == '\n') + 1;

        var (exit, output, _) = CliRun.Run("check", package);

        exit.ShouldBe(1, output);
        output.ShouldMatch($@"\n  {line}:8 +error +{DiagnosticCodes.BadText} +The file is not valid UTF-8");
    }

    [Fact]
    public void A_line_that_lost_its_concept_cell_does_not_quote_the_figure_in_its_place()
    {
        // The concept cell now holds the first value of the line (its cells shifted left, a trailing comma added).
        const string Path = "facts/income-statement.csv";
        var sample = SamplePackages.IijFy2012();
        var lines = sample.Files[Path].Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith("WANServicesRevenue,", StringComparison.Ordinal)) + 1;
        var figure = lines[line - 1].Split(",\"")[1].Split('"')[0];
        lines[line - 1] = lines[line - 1]["WANServicesRevenue,".Length..] + ",";
        var source = sample.With(Path, string.Join('\n', lines));
        var package = cli.Write(source);

        var hidden = CliRun.Run("check", package);
        var shown = CliRun.Run("check", package, "--show-figures");

        hidden.Out.ShouldMatch($@"\n  {line}:1 +error +{DiagnosticCodes.UnknownConcept} +The concept cell does not hold a concept name");
        hidden.Out.ShouldNotContain(figure);
        shown.Out.ShouldContain(figure);
    }

    [Theory]
    [InlineData("concept,", "concept,", "concept,\"25,666,524\",", DiagnosticCodes.BadHeader)]      // a figure where a column header belongs
    public void A_figure_in_a_fact_file_header_is_not_quoted_in_the_message(string prefix, string oldText, string newText, string code)
    {
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine("facts/income-statement.csv", prefix, oldText, newText));

        var hidden = CliRun.Run("check", package);
        var shown = CliRun.Run("check", package, "--show-figures");

        hidden.Out.ShouldMatch($@"error +{code} +Column header is neither");
        hidden.Out.ShouldNotContain("25,666,524");
        shown.Out.ShouldContain("25,666,524");
    }
}
