using System.Collections.Immutable;
using System.Text;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Store;
using Kessan.Store.Model;
using Kessan.Store.Restatements;
using Kessan.Store.Snapshots;
using Kessan.Tests.Cli;
using Kessan.Testing;

namespace Kessan.Tests.Store;

/// <summary>
/// The sample's FY2011 comparatives against a store whose published FY2011 release stated revenues differently:
/// a warning until the package declares the restatement, then a note in the release; a declaration of a figure that
/// did not change is an error.
/// </summary>
public sealed class RestatementTest
{
    private const decimal PublishedRevenues = 97_000_000_000m;

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_comparative_that_differs_from_its_published_value_is_a_warning_at_its_cell(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var sample = ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!;
        PublishFy2011(store, sample);

        var findings = RestatementCheck.Run(sample, store);

        var finding = findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(DiagnosticCodes.Restatement);
        finding.IsError.ShouldBeFalse();
        finding.Location!.ToString().ShouldStartWith("facts/income-statement.csv:16:");
        finding.Message.ShouldContain("'Total revenues' for FY2011 differs from the value published in IIJ FY2011");
        finding.Message.ShouldNotContain("97,");
        finding.Detail!.ShouldBe("this package: 97314605000 JPY; published: 97000000000 JPY");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Check_prints_the_warning_and_shows_both_values_only_when_asked(string backend)
    {
        using var test = TestStore.Create(backend);
        using (var store = test.Open())
        {
            PublishFy2011(store, ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!);
        }

        var quiet = CliRun.Run("check", SamplePackages.IijFy2012Path, "--store", test.Argument);
        var shown = CliRun.Run("check", SamplePackages.IijFy2012Path, "--store", test.Argument, "--show-figures");

        quiet.Code.ShouldBe(0, "a warning");
        quiet.Out.ShouldContain("KSN602");
        quiet.Out.ShouldNotContain("97000000000");
        shown.Out.ShouldContain("published: 97000000000 JPY");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_declared_restatement_is_listed_in_the_release_notes_and_not_warned_of(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var declared = SamplePackages.IijFy2012().With("package.yaml", SamplePackages.IijFy2012().Files["package.yaml"] +
            "\nrestatements:\n  - concept: Revenues\n    period: FY2011\n    reason: Revenues of a discontinued operation reclassified\n");
        var result = ReleasePipeline.Run(declared);
        result.Succeeded.ShouldBeTrue();
        PublishFy2011(store, result.Package!);

        RestatementCheck.Run(result.Package!, store).ShouldBeEmpty();
        var markdown = Kessan.Rendering.Markdown.MarkdownRenderer.Render(result.Build!.Document!);
        markdown.ShouldContain("Restated figures");
        markdown.ShouldContain("Total revenues, FY2011: Revenues of a discontinued operation reclassified");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_restatement_declared_for_a_figure_that_did_not_change_is_an_error(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var declared = SamplePackages.IijFy2012().With("package.yaml", SamplePackages.IijFy2012().Files["package.yaml"] +
            "\nrestatements:\n  - concept: OperatingIncome\n    period: FY2011\n    reason: no reason at all\n");
        var package = ReleasePipeline.Run(declared).Package!;
        PublishFy2011(store, package);

        var finding = RestatementCheck.Run(package, store).Single(d => d.IsError);

        finding.Code.ShouldBe(DiagnosticCodes.Restatement);
        finding.Message.ShouldContain("is declared restated, but it equals the value published");
        finding.Location!.Path.ShouldBe("package.yaml");
    }

    [Fact]
    public void A_restatement_of_a_fact_the_package_does_not_have_is_an_error_at_its_declaration()
    {
        var declared = SamplePackages.IijFy2012().With("package.yaml", SamplePackages.IijFy2012().Files["package.yaml"] +
            "\nrestatements:\n  - concept: Revenues\n    period: FY2009\n    reason: typo\n");

        var load = Kessan.Ingest.PackageLoader.Load(declared);

        load.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnknownReference && d.Message.Contains("which the package has no fact for", StringComparison.Ordinal));
    }

    /// <summary>Publishes IIJ's FY2011 as the sample states it, but with revenues of JPY97,000 million.</summary>
    private static void PublishFy2011(IFactStore store, ReleasePackage sample)
    {
        var fy2011 = sample.Reporting.PriorYear;
        var facts = sample.Facts.All.Where(f => f.Status == FactStatus.Actual && f.Period.End <= fy2011.End)
            .Select(f => StoredFact.From(f, sample.Calendar))
            .Select(f => f.Concept == "Revenues" && f.Dimensions.Length == 0 && f.PeriodName == "FY2011" ? f with { Value = PublishedRevenues } : f)
            .ToImmutableArray();
        var snapshot = new PackageSnapshot("iij-fy2011", [SnapshotFile.Of("package.yaml", Encoding.UTF8.GetBytes("# IIJ FY2011\n"))]);
        var revision = store.Import(snapshot, facts, new ImportRequest("IIJ", "FY2011", "alice", "FY2011 as published")).Value!;
        store.Publish(revision, "officer").Error.ShouldBeNull();
    }
}
