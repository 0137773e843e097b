using Kessan.Ingest;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// Shared inputs of the loader tests: a hand-written package.yaml whose line numbers the tests name, and a
// taxonomy with one concept of every kind for the fact-file tests.
public partial class PackageLoaderTest
{
    private const string ManifestPath = "package.yaml";
    private const string ConceptsPath = "concepts/concepts.yaml";
    private const string FactsPath = "facts/facts.csv";

    private static readonly FiscalCalendar Calendar = new(3, 31, FiscalYearNaming.StartYear);

    /// <summary>
    /// A valid package.yaml. Tests replace a line by number (<see cref="ManifestWithLine"/>), so the numbers
    /// in the tests are the line numbers of this text: line 1 is <c>format</c>, line 36 the narrative file.
    /// </summary>
    private const string BaseManifest = """
        format: kessan-package/1
        company:
          name: Example Corporation
          short_name: EXC
          xbrl_prefix: exc
          address: 1-1 Chiyoda, Tokyo
        reporting:
          framework: U.S. GAAP
          currency: JPY
          scale: thousands
          current_year: FY2012
          prior_year: FY2011
          release_date: 2013-05-15
        fiscal_calendar:
          year_end: "03-31"
          naming: start-year
        convenience_translation:
          currency: USD
          rate: 94.16
          rate_date: 2013-03-29
          wording: Translated for convenience.
        units:
          - id: contracts
            label: contracts
        concepts:
          - concepts/concepts.yaml
        statements:
          - id: income-statement
            title: Statements of Income
            kind: income-statement
            periods: [FY2011, FY2012]
        facts:
          - file: facts/facts.csv
            statement: income-statement
        narrative:
          - narrative/overview.md

        """;

    /// <summary>
    /// A concept file whose line numbers the tests name: Revenues on lines 2-6, SharesIssued on lines 7-10.
    /// </summary>
    private const string BaseConcepts = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
            balance: credit
            xbrl: us-gaap:Revenues
          - id: SharesIssued
            label: Shares issued
            period: instant
            type: shares

        """;

    private const string BaseFacts = "concept,FY2012\nRevenues,\"1,000\"\n";

    /// <summary>A fact file with a header and no rows, for tests of concept files that may lose a concept.</summary>
    private const string NoFacts = "concept,FY2012\n";

    /// <summary>One concept of every kind, and two axes, for the fact-file tests.</summary>
    private const string Taxonomy = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
            balance: credit
          - id: OperatingIncome
            label: Operating income
            period: duration
            balance: credit
          - id: Cash
            label: Cash and cash equivalents
            period: instant
            balance: debit
          - id: TotalEquity
            label: Total equity
            period: instant
            balance: credit
          - id: SharesIssued
            label: Shares issued
            period: instant
            type: shares
          - id: OperatingMargin
            label: Operating margin
            period: duration
            type: pure
          - id: DividendPerShare
            label: Dividend per share
            period: instant
            type: per-share
          - id: Contracts
            label: Number of contracts
            period: instant
            type: quantity
            unit: contracts
        axes:
          - id: Segment
            label: Business segment
            members:
              - id: NetworkServices
                label: Network services and systems integration
              - id: ATMOperation
                label: ATM operation
          - id: EquityComponent
            label: Equity component
            members:
              - id: CommonStock
                label: Common stock
              - id: RetainedEarnings
                label: Retained earnings

        """;

    /// <summary><see cref="BaseManifest"/> with its 1-based line <paramref name="line"/> replaced (the text may hold several lines).</summary>
    private static string ManifestWithLine(int line, string text) => WithLine(BaseManifest, line, text);

    /// <summary><see cref="BaseConcepts"/> with its 1-based line <paramref name="line"/> replaced.</summary>
    private static string ConceptsWithLine(int line, string text) => WithLine(BaseConcepts, line, text);

    private static string WithLine(string text, int line, string replacement)
    {
        var lines = text.Split('\n');
        lines.Length.ShouldBeGreaterThan(line);
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    /// <summary>A package with <paramref name="manifest"/> as package.yaml and the files <see cref="BaseManifest"/> names.</summary>
    private static PackageBuilder PackageWithManifest(string manifest, string concepts = BaseConcepts, string facts = BaseFacts) =>
        new PackageBuilder()
            .WithManifest(manifest)
            .WithFile(ConceptsPath, concepts)
            .WithFile(FactsPath, facts)
            .WithFile("narrative/overview.md", "# Overview\n");

    /// <summary>Loads a package with the test taxonomy and one fact file.</summary>
    private static LoadResult LoadFacts(string csv, string? scale = null, string? status = null) =>
        new PackageBuilder().WithConcepts(Taxonomy).WithFacts(csv, FactsPath, scale: scale, status: status).Load();

    /// <summary>Loads a package with the test taxonomy and one fact file, asserting there is no diagnostic.</summary>
    private static ReleasePackage LoadFactsClean(string csv, string? scale = null, string? status = null) =>
        new PackageBuilder().WithConcepts(Taxonomy).WithFacts(csv, FactsPath, scale: scale, status: status).LoadClean();

    /// <summary>A period in the test calendar (FY2012 = April 2012 to March 2013).</summary>
    private static Period P(string text) =>
        Calendar.TryParse(text, out var period) ? period! : throw new ArgumentException("Not a period: " + text, nameof(text));

    [Fact]
    public void The_base_manifest_and_concepts_load_cleanly()
    {
        var package = PackageWithManifest(BaseManifest).LoadClean();

        package.Company.ShortName.ShouldBe("EXC");
        package.Translation.ShouldNotBeNull().Rate.ShouldBe(94.16m);
        package.Taxonomy.FindConcept("SharesIssued").ShouldNotBeNull().ItemType.ShouldBe(ItemType.Shares);
        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(1_000_000m);
        package.Narratives.ShouldHaveSingleItem().Id.ShouldBe("overview");
    }

    [Fact]
    public void The_test_taxonomy_loads_cleanly()
    {
        var package = LoadFactsClean("concept,FY2012\nRevenues,1\n");

        package.Taxonomy.Concepts.Length.ShouldBe(8);
        package.Taxonomy.Axes.Select(a => a.Id).ShouldBe(["Segment", "EquityComponent"]);
    }
}
