using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary><c>kessan explain</c>: what a figure shows and how it was computed, down to the facts and where they were read.</summary>
public sealed class ExplainCommandTest : IDisposable
{
    private const string IncomeStatement = "facts/income-statement.csv";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private static string[] Explain(params string[] args)
    {
        var (code, output, error) = CliRun.Run(["explain", SamplePackages.IijFy2012Path, .. args]);
        code.ShouldBe(0, output + error);
        error.ShouldBeEmpty();
        return output.TrimEnd('\n').Split('\n');
    }

    /// <summary>The line and 1-based column of a value in a line of a fact file of the sample.</summary>
    private static string Source(string path, string concept, string cell)
    {
        var sample = SamplePackages.IijFy2012();
        var line = sample.LineStartingWith(path, concept + ",");
        var column = sample.Line(path, line).IndexOf(cell, StringComparison.Ordinal) + 1;
        column.ShouldBeGreaterThan(0);
        return $"{path}:{line}:{column}";
    }

    [Fact]
    public void A_fact_figure_shows_its_text_exact_value_and_the_file_line_and_column_of_the_fact()
    {
        var lines = Explain("operating-results/ns/FY2011");

        lines.ShouldBe(
        [
            "operating-results/ns/FY2011",
            "  what:     Network Services / FY2011 JPY millions",
            "  period:   FY2011 (2011-04-01..2012-03-31)",
            "  formula:  NetworkServicesRevenue",
            "  shown:    63,409   (millions of JPY, 0 decimals, rounded half away from zero)",
            "  exact:    63409.406 in display units; 63409406000 JPY",
            "  known to: between 63409.4055 and 63409.4065 (its inputs are rounded)",
            "  appears:  operating-results/ns/FY2011, network-breakdown/total/FY2011",
            "  computed:",
            "    fact NetworkServicesRevenue @ FY2011 = JPY 63,409,406 thousand  from " + Source(IncomeStatement, "NetworkServicesRevenue", "\"63,409,406\""),
        ]);
        lines[^1].ShouldEndWith("from facts/income-statement.csv:10:24");
    }

    [Fact]
    public void A_year_on_year_change_shows_its_rule_and_both_years_facts()
    {
        var lines = Explain("operating-results/ns/yoy");

        lines[0].ShouldBe("operating-results/ns/yoy");
        lines.ShouldContain("  formula:  yoy(NetworkServicesRevenue)");
        lines.ShouldContain("  shown:    2.9   (%, 1 decimals, rounded half away from zero)");
        lines.ShouldContain("  exact:    2.87495518 in display units; 0.028749551762 pure");
        var computed = Array.IndexOf(lines, "  computed:");
        lines[(computed + 1)..].ShouldBe(
        [
            "    yoy yoy(NetworkServicesRevenue) @ FY2012 = 0.02875",
            "      fact NetworkServicesRevenue @ FY2012 = JPY 65,232,398 thousand  from " + Source(IncomeStatement, "NetworkServicesRevenue", "\"65,232,398\""),
            "      fact NetworkServicesRevenue @ FY2011 = JPY 63,409,406 thousand  from " + Source(IncomeStatement, "NetworkServicesRevenue", "\"63,409,406\""),
        ]);
    }

    [Fact]
    public void A_dollar_translation_shows_the_translation_rule_over_the_yen_fact()
    {
        var lines = Explain("highlights/revenues/usd/1");

        lines.ShouldContain("  formula:  translate(Revenues)");
        lines.ShouldContain("  shown:    1,128.4   (millions of USD, 1 decimals, rounded half away from zero)");
        lines.ShouldContain("  exact:    1128.38239167 in display units; 1128382391.673746813934 USD");
        var computed = Array.IndexOf(lines, "  computed:");
        lines[(computed + 1)..].ShouldBe(
        [
            "    translate translate(Revenues) @ FY2012 = 1128382391.673747",
            "      fact Revenues @ FY2012 = JPY 106,248,486 thousand  from " + Source(IncomeStatement, "Revenues", "\"106,248,486\""),
        ]);
        lines[^1].ShouldEndWith("from facts/income-statement.csv:16:23");
    }

    [Fact]
    public void A_figure_moved_by_footed_rounding_says_by_how_much_from_what_and_why()
    {
        // In the EBITDA reconciliation, net income attributable to IIJ (5,300.654) = net income (5,317.347) + the
        // noncontrolling interests' share (-16.693) shows as 5,301 against 5,317 - 17. The headline figure is
        // shown in five places; the noncontrolling interests' share, shown once, is the one that moves.
        var footed = Explain("ebitda/nci/FY2012", "--rounding", "footed");
        var independent = Explain("ebitda/nci/FY2012", "--rounding", "independent");

        footed.ShouldContain("  shown:    (16)   (millions of JPY, 0 decimals, rounded half away from zero)");
        footed.ShouldContain("  exact:    -16.693 in display units; -16693000 JPY");
        footed.ShouldContain("  footing:  moved +1 from -17 so that: Net Income attributable to IIJ = Net income + Net loss (income) attributable to noncontrolling interests (ebitda, FY2012)");
        footed[^1].ShouldBe("      fact NetIncomeAttributableToNoncontrollingInterests @ FY2012 = JPY 16,693 thousand  from " + Source(IncomeStatement, "NetIncomeAttributableToNoncontrollingInterests", "\"16,693\""));
        independent.ShouldContain("  shown:    (17)   (millions of JPY, 0 decimals, rounded half away from zero)");
        independent.ShouldNotContain(l => l.StartsWith("  footing:", StringComparison.Ordinal));
        Explain("highlights/net-income-attributable-to-iij/jpy/1", "--rounding", "footed")
            .ShouldContain("  shown:    5,301   (millions of JPY, 0 decimals, rounded half away from zero)");
    }

    [Fact]
    public void A_figure_can_be_named_by_any_place_it_appears()
    {
        var byPlace = Explain("operating-results/ni/FY2012");

        byPlace[0].ShouldBe("highlights/net-income-attributable-to-iij/jpy/1");
        byPlace.ShouldContain(l => l.StartsWith("  appears:  ", StringComparison.Ordinal) && l.Contains("operating-results/ni/FY2012", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_that_cannot_be_derived_says_so_and_why()
    {
        // Without its optional passage, the sentence must print the YoY change of FY2011 orders the package lacks.
        var source = SamplePackages.IijFy2012()
            .ReplaceInLine("narrative/systems-integration.md", "The orders received", "{{ optional: \"the package holds no orders received for FY2011\" }}", "")
            .ReplaceInLine("narrative/systems-integration.md", "The orders received", "{{ end }}", "");
        var package = cli.Write(source);
        var gap = ReleasePipeline.Run(package).Build!.Figures.First(f => f.Value is null);

        var (_, output, _) = CliRun.Run("explain", package, gap.Id);

        var lines = output.Split('\n');
        lines.ShouldContain("  shown:    nothing: the figure cannot be derived, so the release is not built (KSN505)");
        lines.ShouldContain("  why:      No fact for 'Orders received for SI and equipment sales' for FY2011.");
        lines.ShouldNotContain("  computed:");
        output.ShouldNotContain("n/a");
    }

    [Theory]
    [InlineData("network-breakdown/oem/yoy")]       // a percentage of figures known in millions
    [InlineData("operating-results/ns/FY2011")]     // millions of a fact in thousands
    [InlineData("income-statement/revenues/usd")]  // a translation in thousands of USD
    public void The_interval_a_figure_is_known_to_is_printed_with_bounds_that_differ(string id)
    {
        var (code, output, _) = CliRun.Run("explain", SamplePackages.IijFy2012Path, id);

        code.ShouldBe(0);
        var line = output.Split('\n').Single(l => l.StartsWith("  known to: between ", StringComparison.Ordinal));
        var bounds = line["  known to: between ".Length..line.IndexOf(" (", StringComparison.Ordinal)].Split(" and ");
        bounds.Length.ShouldBe(2, line);
        bounds[0].ShouldNotBe(bounds[1], line);
        decimal.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeLessThan(decimal.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture), line);
    }

    [Fact]
    public void A_mistyped_figure_id_is_an_error_that_suggests_the_nearest_one()
    {
        var (code, output, error) = CliRun.Run("explain", SamplePackages.IijFy2012Path, "operating-results/revenue/FY2012");

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe("kessan: no figure 'operating-results/revenue/FY2012'. Did you mean 'operating-results/revenues/FY2012'?");
    }

    [Fact]
    public void An_unknown_figure_of_a_known_table_is_an_error_that_lists_some_of_the_tables_figures()
    {
        var (code, output, error) = CliRun.Run("explain", SamplePackages.IijFy2012Path, "operating-results/no-such-row/FY2012");

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldStartWith("kessan: no figure 'operating-results/no-such-row/FY2012'. Some figures of that table: operating-results/");
        error.Split(": ")[^1].Split(", ").Length.ShouldBe(8);
    }

    [Fact]
    public void An_unknown_figure_elsewhere_is_an_error_without_suggestions()
    {
        var (code, output, error) = CliRun.Run("explain", SamplePackages.IijFy2012Path, "no-such-table/x/y");

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("kessan: no figure 'no-such-table/x/y'.\n");
    }

    [Fact]
    public void A_package_that_cannot_be_derived_is_reported_without_figures()
    {
        var package = cli.Write(SamplePackages.IijFy2012().ReplaceInLine(IncomeStatement, "EquipmentSalesRevenue,", "\"1,490,906\"", "\"1,490,907\""));

        var (code, output, _) = CliRun.Run("explain", package, "operating-results/ns/FY2011");

        code.ShouldBe(1);
        output.ShouldContain("KSN301");
        output.ShouldContain("The release cannot be derived; fix the errors above first.");
        output.ShouldNotContain("63,409");
        output.ShouldNotContain("1,490,90");
        output.ShouldNotContain("106,248,48");
    }

    [Fact]
    public void A_missing_package_folder_is_exit_code_2()
    {
        var (code, output, error) = CliRun.Run("explain", cli.PathOf("nothing-here"), "operating-results/ns/FY2011");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("no such folder");
    }

    [Fact]
    public void A_missing_figure_id_is_a_usage_error()
    {
        var (code, _, error) = CliRun.Run("explain", SamplePackages.IijFy2012Path);

        code.ShouldBe(2);
        error.ShouldContain("Required argument missing for command: 'explain'");
    }

    [Fact]
    public void Explain_help_describes_its_arguments_and_warns_that_it_prints_figures()
    {
        var (code, output, _) = CliRun.Run("explain", "--help");

        code.ShouldBe(0);
        output.ShouldContain("Explain a figure of the release");
        output.ShouldContain("every input down to the facts with the file and line they came from");
        output.ShouldContain("This prints figures");
        output.ShouldContain("<package>");
        output.ShouldContain("<figure-id>");
        output.ShouldContain("table/row/column");
        output.ShouldContain("--rounding");
    }
}
