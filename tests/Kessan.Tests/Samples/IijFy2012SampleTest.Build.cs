using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Samples;

// Building the whole release from the sample: no errors, and exactly the known gaps, so that a figure that
// loses its input is noticed.
public partial class IijFy2012SampleTest
{
    /// <summary>
    /// The figures the sample cannot derive, because the release quotes earlier figures the package does not
    /// hold: FY2010 and its year-end, 1H FY2012, SI orders and backlog of FY2011, customer relationships at
    /// FY2011-end.
    /// </summary>
    private static readonly string[] KnownGaps =
    [
        "systems-integration/8",
        "systems-integration/10",
        "systems-integration/12",
        "systems-integration/14",
        "systems-integration/16",
        "systems-integration/18",
        "financial-condition/34",
        "financial-condition/35",
        "tanshin-results/FY2011/pretax-yoy",
        "tanshin-results-notes/4",
        "tanshin-ratios/FY2011/pretax-assets",
        "tanshin-targets/half/pretax-yoy",
    ];

    [Fact]
    public void The_sample_builds_with_no_errors_and_only_the_known_figures_that_cannot_be_derived()
    {
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path);

        result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics.Where(d => d.IsError)));
        result.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.FigureUnavailable, string.Join(" | ", result.Diagnostics));
        var build = result.Build!;
        build.Figures.Where(f => f.Failure is not null).Select(f => f.Id).ShouldBe(KnownGaps, ignoreOrder: true);
        build.Diagnostics.Length.ShouldBe(KnownGaps.Length, "one warning per figure that cannot be derived");
        build.Figures.Where(f => f.Failure is not null).ShouldAllBe(f => f.Text == "n/a");
    }
}
