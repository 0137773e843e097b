using Kessan.Derivation;
using Kessan.Derivation.Planning;
using Kessan.Derivation.Rounding;
using Kessan.Derivation.Sums;
using Kessan.Document.Assembly;
using Kessan.Layout;
using Kessan.Model;

namespace Kessan.Document;

/// <summary>
/// Derives every figure of the release from the facts by the layout's expressions, rounds them for display
/// (independently, or footed so that every displayed sum holds), and assembles the document model that every
/// renderer reads. A build is a short list of stages, each handing an immutable result to the next: plan
/// (figures registered and evaluated once, tables, texts and charts planned), collect the displayed sums,
/// settle the rounding, assemble the document, resolve the charts.
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
public static class ReleaseBuilder
{
    /// <summary>Derives the release.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="package"/> or <paramref name="layout"/> is null.</exception>
    public static BuildResult Build(ReleasePackage package, ReleaseLayout layout, BuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(layout);
        options ??= new BuildOptions();
        var plan = ReleasePlanner.Plan(package, layout, options);
        if (plan.HasErrors)
        {
            return new BuildResult(null, plan.Figures, plan.Diagnostics, []);
        }
        var sums = SumCollector.Collect(plan);
        if (sums.HasErrors)
        {
            // A declared sum that names no row or does not hold on the exact values is a layout error too.
            return new BuildResult(null, plan.Figures, [.. plan.Diagnostics, .. sums.Diagnostics], []);
        }
        var settled = FootedRounding.Settle(plan.Figures, sums.Sums, plan.Package.Calendar);
        var document = options.Document ? DocumentAssembler.Assemble(plan, settled.Figures) : null;
        var charts = ChartResolver.Resolve(plan, settled.Figures);
        return new BuildResult(document, settled.Figures, [.. plan.Diagnostics, .. sums.Diagnostics, .. settled.Diagnostics, .. charts.Diagnostics],
            sums.Displayed(settled.Figures)) { Charts = charts.Charts };
    }
}
