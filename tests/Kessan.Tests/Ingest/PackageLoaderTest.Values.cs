using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN005: YAML values of the wrong type or form, reported at the value.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData(1, "format: kessan-package/2", 1, 9)]
    [InlineData(5, "  xbrl_prefix: EXC", 5, 16)]
    [InlineData(5, "  xbrl_prefix: us-gaap", 5, 16)]
    [InlineData(5, "  xbrl_prefix: link", 5, 16)]
    [InlineData(5, "  xbrl_prefix: xmlcorp", 5, 16)]
    [InlineData(9, "  currency: yen", 9, 13)]
    [InlineData(10, "  scale: thousand", 10, 10)]
    [InlineData(11, "  current_year: 2012", 11, 17)]
    [InlineData(11, "  current_year: FY2012-end", 11, 17)]
    [InlineData(13, "  release_date: 2013-02-30", 13, 17)]
    [InlineData(13, "  release_date: 15/05/2013", 13, 17)]
    [InlineData(15, "  year_end: 3/31", 15, 13)]
    [InlineData(15, "  year_end: \"3/31\"", 15, 13)]
    [InlineData(15, "  year_end: \"02-30\"", 15, 13)]
    [InlineData(15, "  year_end: \"13-01\"", 15, 13)]
    [InlineData(15, "  year_end: last caturday of september", 15, 13)]
    [InlineData(15, "  year_end: saturday nearest september 30", 15, 13)]
    [InlineData(15, "  year_end: last saturday of sept", 15, 13)]
    [InlineData(15, "  year_end: \"03-31\"\n  quarter_weeks: [13, 13, 13, 13]", 16, 3)]
    [InlineData(15, "  year_end: last saturday of september\n  quarter_weeks: [13, 13, 13, 14]", 16, 18)]
    [InlineData(15, "  year_end: last saturday of september\n  extra_week_quarter: 5", 16, 23)]
    [InlineData(16, "  naming: startyear", 16, 11)]
    [InlineData(18, "  currency: US$", 18, 13)]
    [InlineData(19, "  rate: abc", 19, 9)]
    [InlineData(19, "  rate: -94.16", 19, 9)]
    [InlineData(19, "  rate: 94,16", 19, 9)]
    [InlineData(20, "  rate_date: 2013-3-29", 20, 14)]
    [InlineData(23, "  - id: USD", 23, 9)]
    [InlineData(23, "  - id: 2nd_unit", 23, 9)]
    [InlineData(31, "    periods: [FY2011, FY2O12]", 31, 23)]
    [InlineData(33, "  - file: /facts/facts.csv", 33, 11)]
    [InlineData(33, "  - file: facts/../facts.csv", 33, 11)]
    [InlineData(34, "    statement: [income-statement]", 34, 16)]
    [InlineData(34, "    statement: income-statement\n    scale: thousnads", 35, 12)]
    [InlineData(34, "    statement: income-statement\n    status: final", 35, 13)]
    public void An_invalid_value_in_package_yaml_is_reported_at_the_value(int line, string text, int expectedLine, int expectedColumn)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ManifestPath, expectedLine, expectedColumn);
    }

    [Theory]
    [InlineData("last saturday of september", "2022-09-25..2023-09-30", "2022-09-25..2022-12-31")]
    [InlineData("Saturday nearest the end of March", "2012-04-01..2013-03-30", "2012-04-01..2012-06-30")]
    public void A_year_ending_on_a_weekday_by_rule_is_a_52_53_week_calendar(string rule, string fy, string q1)
    {
        var package = PackageWithManifest(ManifestWithLine(15, $"  year_end: {rule}\n  extra_week_quarter: 1")).LoadClean();

        package.Calendar.YearEnd.IsWeekly.ShouldBeTrue();
        package.Calendar.FiscalYear(package.Calendar.YearEnd.Month == 9 ? 2022 : 2012).ToString().ShouldBe(fy);
        package.Calendar.Quarter(package.Calendar.YearEnd.Month == 9 ? 2022 : 2012, 1).ToString().ShouldBe(q1);
    }

    [Theory]
    [InlineData("", "FY2012", "FY2012 results")]
    [InlineData("  release: full-year-and-fourth-quarter\n", "FY2012", "FY2012 and 4Q12 results")]
    [InlineData("  release: quarter\n  current_period: 1Q12\n", "1Q12", "1Q12 results")]
    [InlineData("  release: half\n  current_period: 1H FY2012\n", "1H FY2012", "1H FY2012 results")]
    public void A_release_states_its_kind_and_current_period_and_titles_take_their_words_from_them(string lines, string current, string subject)
    {
        var package = PackageWithManifest(ManifestWithLine(11, lines + "  current_year: FY2012")).LoadClean();

        package.Calendar.NameOf(package.Reporting.CurrentPeriod).ShouldBe(current);
        ReleaseKinds.Subject(package.Reporting, package.Calendar).ShouldBe(subject);
    }

    [Theory]
    [InlineData("  release: quarter\n  current_period: 1Q13\n", "'current_period' must be a quarter of FY2012 (1Q12 to 4Q12), as 'release' says.")]
    [InlineData("  release: quarter\n  current_period: 1H FY2012\n", "'current_period' must be a quarter of FY2012")]
    [InlineData("  release: half\n  current_period: 4Q12\n", "'current_period' must be a half of FY2012 (1H FY2012 or 2H FY2012)")]
    [InlineData("  release: full-year\n  current_period: FY2011\n", "'current_period' must be the current year, FY2012")]
    public void A_current_period_that_is_not_of_the_release_kind_and_year_is_an_error(string lines, string message)
    {
        var result = PackageWithManifest(ManifestWithLine(11, lines + "  current_year: FY2012")).Load();

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith(message);
    }

    [Fact]
    public void A_quarterly_release_must_name_its_quarter()
    {
        var result = PackageWithManifest(ManifestWithLine(11, "  release: quarter\n  current_year: FY2012")).Load();

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.MissingKey);
    }

    [Theory]
    [InlineData(10, "  scale: thousand", "thousands")]
    [InlineData(16, "  naming: startyear", "start-year")]
    [InlineData(34, "    statement: income-statement\n    status: targt", "target")]
    public void An_invalid_choice_in_package_yaml_lists_the_choices_and_the_nearest(int line, string text, string suggestion)
    {
        var result = PackageWithManifest(ManifestWithLine(line, text)).Load();

        result.Diagnostics.Single().Message.ShouldContain($"Did you mean '{suggestion}'?");
    }

    [Fact]
    public void An_unsupported_path_to_a_concept_file_is_reported_and_the_file_is_not_read()
    {
        var result = PackageWithManifest(ManifestWithLine(26, "  - ../concepts.yaml")).Load();

        result.Diagnostics[0].ShouldBeAt(DiagnosticCodes.InvalidValue, ManifestPath, 26, 5);
        // Without the concept file, the fact file's concept is unknown.
        result.Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.InvalidValue, DiagnosticCodes.UnknownConcept]);
    }

    [Fact]
    public void A_list_key_with_no_items_is_an_empty_list()
    {
        var package = PackageWithManifest(ManifestWithLine(36, "")).LoadClean();

        package.Narratives.ShouldBeEmpty();
    }

    [Fact]
    public void A_package_without_fact_files_loads_its_concepts()
    {
        var builder = new PackageBuilder().WithConcepts(Taxonomy);
        builder.Manifest().ShouldEndWith("facts:\n");

        var package = builder.LoadClean();

        package.Taxonomy.Concepts.Length.ShouldBe(8);
        package.Facts.Count.ShouldBe(0);
    }

    [Fact]
    public void A_statement_with_an_invalid_kind_is_left_out_and_a_fact_file_naming_it_is_reported()
    {
        var result = PackageWithManifest(ManifestWithLine(30, "    kind: income-statment")).Load();

        result.Diagnostics.Length.ShouldBe(2, string.Join(" | ", result.Diagnostics));
        result.Diagnostics[0].ShouldBeAt(DiagnosticCodes.InvalidValue, ManifestPath, 30, 11)
            .Message.ShouldContain("Did you mean 'income-statement'?");
        result.Diagnostics[1].ShouldBeAt(DiagnosticCodes.UnknownReference, ManifestPath, 34, 16);
        result.Package.ShouldNotBeNull().Statements.ShouldBeEmpty();
    }

    [Fact]
    public void A_balance_sheet_with_duration_periods_is_reported_at_its_periods()
    {
        var manifest = ManifestWithLine(30, "    kind: balance-sheet");

        var result = PackageWithManifest(manifest).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ManifestPath, 31, 14);
    }

    [Theory]
    [InlineData(5, "    balance: debet", 5, 14)]
    [InlineData(4, "    period: durations", 4, 13)]
    [InlineData(10, "    type: share", 10, 11)]
    [InlineData(6, "    xbrl: Revenues", 6, 11)]
    [InlineData(6, "    xbrl: us-gaap:Total Revenues", 6, 11)]
    [InlineData(6, "    xbrl: US-GAAP:Revenues", 6, 11)]
    [InlineData(2, "  - id: 1Revenues", 2, 9)]
    [InlineData(2, "  - id: Total-Revenues", 2, 9)]
    [InlineData(3, "    label: [Total, revenues]", 3, 12)]
    [InlineData(3, "    label: \" \"", 3, 12)]
    [InlineData(6, "    unit: contracts", 6, 11)]                             // unit on a monetary concept
    [InlineData(10, "    type: shares\n    balance: credit", 11, 14)]        // balance on a share count
    [InlineData(10, "    type: pure\n    balance: debit", 11, 14)]           // balance on a ratio
    [InlineData(5, "    balance: credit\n    sign: positive", 6, 11)]
    [InlineData(5, "    balance: credit\n    required: perhaps", 6, 15)]
    [InlineData(5, "    balance: credit\n    required: [FY2012, FY20122]", 6, 24)]
    [InlineData(5, "    balance: credit\n    missing_items: nil", 6, 20)]
    [InlineData(5, "    balance: credit\n    role: net-incom", 6, 11)]
    [InlineData(5, "    balance: credit\n    sums: [Revenues]", 6, 12)]
    [InlineData(9, "    period: instant\n    share_basis: declared", 10, 18)]
    [InlineData(5, "    balance: credit\n    [a, b]: c", 6, 5)]          // a key that is not a name
    public void An_invalid_value_in_a_concept_file_is_reported_at_the_value(int line, string text, int expectedLine, int expectedColumn)
    {
        var result = PackageWithManifest(BaseManifest, ConceptsWithLine(line, text), NoFacts).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ConceptsPath, expectedLine, expectedColumn);
    }

    [Theory]
    [InlineData("concepts:\n  - Revenues\n  - id: Cash\n    label: Cash\n    period: instant\n", 2, 5, "Each concept must be a mapping")]
    [InlineData("concepts:\n  Revenues:\n    label: Total revenues\n", 2, 3, "'concepts' must be a list")]
    [InlineData("concepts:\n  - id: Cash\n    label: Cash\n    period: instant\n    statements: {a: b}\n", 5, 17, "'statements' must be a list")]
    public void A_concept_file_of_the_wrong_shape_is_reported_where_the_shape_is_wrong(string yaml, int line, int column, string message)
    {
        var result = PackageWithManifest(BaseManifest, yaml, NoFacts).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ConceptsPath, line, column)
            .Message.ShouldContain(message);
    }

    [Theory]
    [InlineData(5, "    balance: debet", "debit")]
    [InlineData(4, "    period: durations", "duration")]
    [InlineData(5, "    balance: credit\n    role: net-incom", "net-income")]
    public void An_invalid_choice_in_a_concept_file_suggests_the_nearest(int line, string text, string suggestion)
    {
        var result = PackageWithManifest(BaseManifest, ConceptsWithLine(line, text), NoFacts).Load();

        result.Diagnostics.Single().Message.ShouldContain($"Did you mean '{suggestion}'?");
    }

    [Theory]
    [InlineData(6, "  - id: Business-Segment", 6, 9)]
    [InlineData(9, "      - id: ATM-Operation", 9, 13)]
    [InlineData(10, "        label: ATM operation\n        balance_weight: 2", 11, 25)]
    [InlineData(7, "    label: Business segment\n    aggregates: maybe", 8, 17)]
    public void An_invalid_value_in_an_axis_is_reported_at_the_value(int line, string text, int expectedLine, int expectedColumn)
    {
        var result = new PackageBuilder().WithConcepts(WithLine(AxisConcepts, line, text), ConceptsPath).Load();

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ConceptsPath, expectedLine, expectedColumn);
    }
}
