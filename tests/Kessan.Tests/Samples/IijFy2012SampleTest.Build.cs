using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Testing;

namespace Kessan.Tests.Samples;

// Building the whole release from the sample: no errors, no warnings, and exactly the declared places where a
// figure the model document quotes cannot be derived, so that a figure that loses its input is noticed.
public partial class IijFy2012SampleTest
{
    /// <summary>
    /// The table cells (table/row/column) the sample declares unavailable (unavailable: on their rows), because the release quotes
    /// earlier figures the package does not hold: FY2010 and its year-end, and 1H FY2012. The sentences that
    /// quote such figures (SI orders and backlog of FY2011, customer relationships at FY2011-end, comprehensive
    /// income of FY2010) are optional passages; the sample's README lists every declaration with its reason.
    /// </summary>
    private static readonly string[] DeclaredCells =
    [
        "tanshin-results/FY2011/column 6",
        "tanshin-ratios/FY2011/column 4",
        "tanshin-targets/half/column 6",
    ];

    [Theory]
    [InlineData(RoundingPolicy.Independent)]
    [InlineData(RoundingPolicy.Footed)]
    public void The_sample_builds_with_no_errors_no_warnings_and_no_figure_it_cannot_derive(RoundingPolicy rounding)
    {
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path, new BuildOptions(rounding));

        result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics.Where(d => d.IsError)));
        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        var build = result.Build!;
        build.Figures.Where(f => f.Value is null).Select(f => f.Id).ShouldBeEmpty();
        var declared = build.Document!.Tables()
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select((cell, i) => (Id: $"{t.Id}/{r.Id}/column {i + 1}", Cell: cell))))
            .Where(x => x.Cell.Numeric && x.Cell.FigureId is null && x.Cell.PlainText.Length > 0)
            .ToList();
        declared.Select(x => x.Id).ShouldBe(DeclaredCells, ignoreOrder: true);
        declared.ShouldAllBe(x => x.Cell.PlainText == "-");
    }
}
