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
    [InlineData("package.yaml", "  current_year:", "FY2012", "FY9999", DiagnosticCodes.InvalidValue, 32)]
    [InlineData("package.yaml", "  prior_year:", "FY2011", "FY2012", DiagnosticCodes.InvalidValue, 33)]
    [InlineData("package.yaml", "  prior_year:", "FY2011", "FY2013", DiagnosticCodes.InvalidValue, 33)]
    [InlineData("narrative/revenues.md", "Total revenues were", "{{ Revenues | millions }}", "{{ Revenues@FY9999 | millions }}", DiagnosticCodes.ExpressionSyntax, 3)]
    [InlineData("layout/tanshin.yaml", "  - {name: dps", "zero: null}", "zero: null, decimals: -5}", DiagnosticCodes.InvalidValue, 4)]
    [InlineData("layout/tanshin.yaml", "      - {id: FY2012, label: \"Fiscal Year Ended March 31, 2013\"", "period: FY2012}", "period: FY2012, indent: -1}", DiagnosticCodes.InvalidValue, 18)]
    public void A_value_out_of_range_is_an_error_at_its_line_not_a_crash(string path, string prefix, string oldText, string newText, string code, int line)
    {
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine(path, prefix, oldText, newText));

        var (exit, output, error) = CliRun.Run("check", package);

        exit.ShouldBeOneOf([1, 2], output + error);
        error.ShouldNotContain("internal error");
        output.ShouldContain(path + "\n");
        output.ShouldMatch($@"\n  {line}:[0-9]+ +error +{code} ");
    }
}
