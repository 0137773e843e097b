using Kessan.Document;
using Kessan.Derivation;
using Kessan.Derivation.Figures;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Testing;
using Kessan.Derivation.Functions;

namespace Kessan.Tests.Samples;

/// <summary>
/// Provenance is complete and exact: changing one primary fact of the IIJ sample changes every figure
/// whose provenance names that fact, and no other figure.
/// </summary>
/// <remarks>
/// The copies are built without validation (a changed statement fact no longer foots, which validation
/// rightly reports as an error), straight from the loaded package and its layout.
/// </remarks>
public class ProvenanceTest
{
    /// <summary>A cell of the sample to change: the file, the start of its line, the cell's text (unique in the line) and its replacement.</summary>
    public static TheoryData<string, string, string, string> OneFactChanges => new()
    {
        // A statement total in thousands that most of the release quotes: tables, USD, YoY, ratios, text.
        { "facts/income-statement.csv", "Revenues,", "\"106,248,486\"", "\"106,248,487\"" },
        // A fact known only in millions, with a dimension (the 4Q12 OEM revenue).
        { "facts/network-services.csv", "InternetConnectivityHomeRevenue,Brand=OEM,", "163", "164" },
        // A per-share amount: dividend totals, split-adjusted history, payout and dividends-to-equity ratios.
        { "facts/dividends.csv", "DividendsPerShareDeclared,actual,FY2012-end,", "10.00", "10.50" },
        // A target: the targets table, target YoY and forecast EPS.
        { "facts/targets.csv", "Revenues,", "\"117,000\"", "\"117,001\"" },
        // A KPI count: the contracts table and its change column.
        { "facts/contracts.csv", "ConnectivityContractsHome,Brand=OEM,", "\"237,967\"", "\"237,968\"" },
    };

    [Theory]
    [MemberData(nameof(OneFactChanges))]
    public void Changing_one_fact_changes_exactly_the_figures_whose_provenance_names_it(string path, string linePrefix, string oldText, string newText)
    {
        var original = SamplePackages.IijFy2012();
        var line = original.LineStartingWith(path, linePrefix);
        var column = original.Line(path, line).IndexOf(oldText, StringComparison.Ordinal) + 1;
        var changed = original.ReplaceInLine(path, linePrefix, oldText, newText);

        var (before, package) = Build(original);
        var (after, _) = Build(changed, changedCopy: true);

        var fact = package.Facts.All.SingleOrDefault(f => f.Reports.Any(r => r.Source.Path == path && r.Source.Line == line && r.Source.Column == column));
        fact.ShouldNotBeNull($"no fact of the sample was read from {path}:{line}:{column}");
        fact.Reports.Length.ShouldBe(1,
            $"{fact} is reported in several places; changing one of them would make a conflict rather than a new value");

        var dependent = before.Figures
            .Where(f => f.Value is { } v && v.Provenance.Facts().Any(input => input.Key == fact.Key))
            .Select(f => f.Id)
            .ToHashSet(StringComparer.Ordinal);
        dependent.ShouldNotBeEmpty($"no figure of the release depends on {fact}");

        var afterById = after.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        after.Figures.Length.ShouldBe(before.Figures.Length, "changing a value changed the set of figures");
        var moved = before.Figures
            .Where(f => !SameValue(f, afterById[f.Id]))
            .Select(f => f.Id)
            .ToHashSet(StringComparer.Ordinal);

        var unexplained = moved.Except(dependent).Order(StringComparer.Ordinal).ToList();
        var unmoved = dependent.Except(moved).Order(StringComparer.Ordinal).ToList();
        unexplained.ShouldBeEmpty($"these figures changed although their provenance does not name {fact}");
        unmoved.ShouldBeEmpty($"these figures name {fact} in their provenance but did not change");
    }

    [Fact]
    public void A_figure_depends_on_the_facts_of_its_whole_formula_and_only_those()
    {
        // Adjusted EBITDA FY2012 = operating income + depreciation and amortization + impairment.
        var (build, _) = Build(SamplePackages.IijFy2012());
        var ebitda = build.FindFigure("ebitda/ebitda/FY2012");
        ebitda.ShouldNotBeNull();
        var concepts = ebitda.Value!.Provenance.Facts().Select(f => f.ConceptId).Order(StringComparer.Ordinal).ToList();

        concepts.ShouldBe(["DepreciationAndAmortization", "ImpairmentOfIntangibleAssets", "OperatingIncome"],
            ignoreOrder: true);
        ebitda.Value.Provenance.Facts().ShouldAllBe(f => f.Period == ebitda.Key.Period);
    }

    private static bool SameValue(Figure a, Figure b) =>
        (a.Value, b.Value) switch
        {
            (null, null) => a.Failure == b.Failure,
            ({ } x, { } y) => x.Value == y.Value && x.Low == y.Low && x.High == y.High,
            _ => false,
        };

    /// <summary>
    /// Builds a package without validating it. A changed copy may break a total the layout declares
    /// (KSN506): that is the point of the change, and the figures are still all derived.
    /// </summary>
    private static (BuildResult Build, ReleasePackage Package) Build(InMemoryPackageSource source, bool changedCopy = false)
    {
        var load = PackageLoader.Load(source);
        load.HasErrors.ShouldBeFalse(string.Join(" | ", load.Diagnostics));
        var bag = new DiagnosticBag();
        var layout = LayoutReader.Read(source, load.Package!, DerivationFunctions.Default, bag);
        bag.HasErrors.ShouldBeFalse(string.Join(" | ", bag.ToImmutable()));
        var build = ReleaseBuilder.Build(load.Package!, layout!, new BuildOptions(RoundingPolicy.Independent));
        var errors = build.Diagnostics.Where(d => d.IsError && !(changedCopy && d.Code == DiagnosticCodes.LayoutSum));
        errors.ShouldBeEmpty();
        return (build, load.Package!);
    }
}
