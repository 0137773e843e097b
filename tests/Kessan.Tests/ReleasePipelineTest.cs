using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests;

/// <summary>
/// The pipeline runs load, validate, layout and derive in order, and each stage only when the ones before it
/// found no errors: a release with an error is never built.
/// </summary>
public class ReleasePipelineTest
{
    private const string Concepts = """
        period: duration
        concepts:
          - id: ProductRevenue
            label: Product revenue
            balance: credit
          - id: ServiceRevenue
            label: Service revenue
            balance: credit
          - id: Revenues
            label: Total revenues
            balance: credit
            sum: [ProductRevenue, ServiceRevenue]
        """;

    // FY2012 in millions: 4.446 + 5.445 = 9.891 shows as 4 + 5 against 10.
    private const string Facts = """
        concept,FY2011,FY2012
        ProductRevenue,"4,000","4,446"
        ServiceRevenue,"5,000","5,445"
        Revenues,"9,000","9,891"
        """;

    private const string Layout = """
        document:
          - table: revenues
        tables:
          - id: revenues
            format: millions
            columns:
              - {id: FY2011, header: [FY2011], period: FY2011}
              - {id: FY2012, header: [FY2012], period: FY2012}
            rows:
              - {id: product, label: Product revenue, value: ProductRevenue}
              - {id: service, label: Service revenue, value: ServiceRevenue}
              - {id: total, label: Total revenues, value: Revenues, total_of: [product, service]}
        """;

    private const string LayoutPath = "layout/release.yaml";

    private static PackageBuilder Package(string facts = Facts, string layout = Layout) =>
        new PackageBuilder().WithConcepts(Concepts).WithFacts(facts).WithLayout(layout, LayoutPath);

    [Fact]
    public void A_clean_package_is_built()
    {
        var result = ReleasePipeline.Run(Package().Build());

        result.Stage.ShouldBe(PipelineStage.Done);
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        result.Package.ShouldNotBeNull();
        result.Validation.ShouldNotBeNull().HasErrors.ShouldBeFalse();
        result.Layout.ShouldNotBeNull().Tables.ShouldHaveSingleItem().Id.ShouldBe("revenues");
        var build = result.Build.ShouldNotBeNull();
        build.Document.ShouldNotBeNull().Tables().ShouldHaveSingleItem().Rows.Select(r => r.Cells[1].PlainText).ShouldBe(["4", "5", "10"]);
    }

    [Fact]
    public void The_build_options_reach_the_builder()
    {
        var result = ReleasePipeline.Run(Package().Build(), new BuildOptions(RoundingPolicy.Footed));

        result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics));
        result.Build!.Figures.Where(f => f.Adjustment is not null).Select(f => f.Id).ShouldBe(["revenues/product/FY2012"]);
        result.Build.Sums.ShouldAllBe(s => s.Footed);
    }

    [Fact]
    public void The_checked_package_is_handed_over_once_before_deriving()
    {
        var handed = new List<(Kessan.Model.ReleasePackage Package, string? Stage)>();
        string? stage = null;
        StageProbe.OnStage = s => stage = s;
        try
        {
            var result = ReleasePipeline.Run(Package().Build(), checkedPackage: p => handed.Add((p, stage)));

            result.Succeeded.ShouldBeTrue();
            handed.ShouldHaveSingleItem().Package.ShouldBeSameAs(result.Package);
            handed[0].Stage.ShouldBe("validate", "after validation and the layout, before derivation begins");
        }
        finally
        {
            StageProbe.OnStage = null;
        }
    }

    [Theory]
    [InlineData("load")]
    [InlineData("validate")]
    [InlineData("layout")]
    public void A_package_that_stops_before_deriving_is_not_handed_over(string stop)
    {
        var package = stop switch
        {
            "load" => Package(Facts + "\nRevenue,1,2\n"),
            "validate" => Package(Facts.Replace("\"9,891\"", "\"10,891\"", StringComparison.Ordinal)),
            _ => Package(layout: Layout.Replace("value: ServiceRevenue}", "value: ServiceRevenues}", StringComparison.Ordinal)),
        };
        var handed = 0;

        var result = ReleasePipeline.Run(package.Build(), checkedPackage: _ => handed++);

        result.Succeeded.ShouldBeFalse();
        handed.ShouldBe(0);
    }

    [Fact]
    public void A_package_that_does_not_load_cleanly_stops_at_loading()
    {
        var result = ReleasePipeline.Run(Package(Facts + "\nRevenue,1,2\n").Build());

        result.Stage.ShouldBe(PipelineStage.Load);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Single().Code.ShouldBe(DiagnosticCodes.UnknownConcept);
        result.Validation.ShouldBeNull();
        result.Layout.ShouldBeNull();
        result.Build.ShouldBeNull();
    }

    [Fact]
    public void A_package_whose_validation_finds_errors_is_not_built()
    {
        // Total revenues for FY2012 written one million too high: the calculation no longer holds.
        var result = ReleasePipeline.Run(Package(Facts.Replace("\"9,891\"", "\"10,891\"", StringComparison.Ordinal)).Build());

        result.Stage.ShouldBe(PipelineStage.Validate);
        result.Succeeded.ShouldBeFalse();
        result.Validation.ShouldNotBeNull().HasErrors.ShouldBeTrue();
        result.Diagnostics.Single().Code.ShouldBe(DiagnosticCodes.Calculation);
        result.Layout.ShouldBeNull("the layout is not read for a package that does not validate");
        result.Build.ShouldBeNull("no document is built from facts that do not agree");
    }

    [Fact]
    public void A_layout_with_errors_stops_before_deriving()
    {
        var result = ReleasePipeline.Run(Package(layout: Layout.Replace("value: ServiceRevenue}", "value: ServiceRevenues}", StringComparison.Ordinal)).Build());

        result.Stage.ShouldBe(PipelineStage.Layout);
        result.Succeeded.ShouldBeFalse();
        result.LayoutDiagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownName, LayoutPath, 11, 54);
        result.Diagnostics.ShouldBe(result.LayoutDiagnostics);
        result.Build.ShouldBeNull();
    }

    [Fact]
    public void A_package_without_a_layout_has_no_release_to_build()
    {
        var result = ReleasePipeline.Run(new PackageBuilder().WithConcepts(Concepts).WithFacts(Facts).Build());

        result.Stage.ShouldBe(PipelineStage.Layout);
        var d = result.Diagnostics.Single();
        d.Code.ShouldBe(DiagnosticCodes.MissingKey);
        d.Location.ShouldBe(new SourceLocation("package.yaml"));
        d.Message.ShouldBe("The package names no layout files ('layout:' in package.yaml), so there is no release to build.");
        result.Layout.ShouldBeNull();
        result.Build.ShouldBeNull();
    }

    [Fact]
    public void Errors_found_while_deriving_stop_the_release_without_a_document()
    {
        // Total revenues declared as product revenue alone: the sum does not hold on the exact values.
        var result = ReleasePipeline.Run(Package(layout: Layout.Replace("total_of: [product, service]", "total_of: [product]", StringComparison.Ordinal)).Build());

        result.Stage.ShouldBe(PipelineStage.Derive);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.LayoutSum, DiagnosticCodes.LayoutSum]);
        result.Build.ShouldNotBeNull().Document.ShouldBeNull();
    }

    [Fact]
    public void Warnings_do_not_stop_the_release_and_are_listed_stage_by_stage()
    {
        // A literal number in a title (a warning while deriving), and a row declared unavailable where its figure,
        // which needs FY2010, cannot be derived (no diagnostic).
        var layout = Layout.Replace("    format: millions\n", "    title: Revenues of 3 kinds\n    format: millions\n", StringComparison.Ordinal)
            + "\n      - {id: other, label: Other, value: \"Revenues - ProductRevenue - ServiceRevenue + Revenues@FY2010\", unavailable: {text: \"-\", reason: \"no FY2010 revenues\"}}";

        var result = ReleasePipeline.Run(Package(layout: layout).Build());

        result.Stage.ShouldBe(PipelineStage.Done);
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.LiteralNumber]);
        result.Build!.Document.ShouldNotBeNull();
    }

    [Fact]
    public void A_figure_that_cannot_be_derived_where_nothing_is_declared_stops_the_release_while_deriving()
    {
        var layout = Layout + "\n      - {id: other, label: Other, value: \"Revenues@FY2010\"}";

        var result = ReleasePipeline.Run(Package(layout: layout).Build());

        result.Stage.ShouldBe(PipelineStage.Derive);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.FigureUnavailable, DiagnosticCodes.FigureUnavailable]);
        result.Diagnostics.ShouldAllBe(d => d.IsError);
    }

    [Fact]
    public void A_run_without_the_document_derives_the_same_figures_and_finds_the_same_problems()
    {
        var source = SamplePackages.IijFy2012();

        var full = ReleasePipeline.Run(source);
        var checkOnly = ReleasePipeline.Run(source, new BuildOptions(Document: false));

        checkOnly.Stage.ShouldBe(PipelineStage.Done);
        checkOnly.Diagnostics.Select(d => d.ToString()).ShouldBe(full.Diagnostics.Select(d => d.ToString()));
        checkOnly.Build!.Figures.ShouldBe(full.Build!.Figures);
        checkOnly.Build.Sums.ShouldBe(full.Build.Sums);
        checkOnly.Build.Charts.ShouldBe(full.Build.Charts);
        checkOnly.Build.Document.ShouldBeNull();
        full.Build.Document.ShouldNotBeNull();
    }

    [Fact]
    public void A_run_without_the_document_still_finds_a_figure_that_cannot_be_derived()
    {
        // A summary row divides by nothing: its figure cannot be derived (KSN505), as build finds.
        var source = SamplePackages.IijFy2012();
        var layout = source.ReadAllText("layout/summary-tables.yaml");
        source = source.With("layout/summary-tables.yaml", layout.Replace("{label: Operating Income, value: OperatingIncome}",
            "{label: Operating Income, value: OperatingIncome / (Revenues - Revenues)}", StringComparison.Ordinal));

        var full = ReleasePipeline.Run(source);
        var checkOnly = ReleasePipeline.Run(source, new BuildOptions(Document: false));

        full.Stage.ShouldBe(PipelineStage.Derive);
        checkOnly.Stage.ShouldBe(PipelineStage.Derive);
        checkOnly.Diagnostics.Select(d => d.ToString()).ShouldBe(full.Diagnostics.Select(d => d.ToString()));
        checkOnly.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.FigureUnavailable);
    }
}
