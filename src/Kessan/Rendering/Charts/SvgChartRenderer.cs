using System.Collections.Immutable;
using Kessan.Document;
using Kessan.Model;

namespace Kessan.Rendering.Charts;

/// <summary>
/// Draws the charts of a release in C# (<see cref="SvgChart"/>): nothing to install, no other process, the same on
/// every machine, so that an installed kessan writes every chart it promises. The charts of a section are joined in
/// the order the layout names them. Stateless and thread-safe.
/// </summary>
public sealed class SvgChartRenderer : IChartRenderer
{
    /// <summary>The renderer (it has no settings).</summary>
    public static SvgChartRenderer Instance { get; } = new();

    /// <inheritdoc/>
    public string? Unavailable() => null;

    /// <inheritdoc/>
    public ImmutableDictionary<string, string> Render(ReleasePackage package, BuildResult build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var section in build.Charts.GroupBy(c => c.SectionId, StringComparer.Ordinal))
        {
            result[section.Key] = string.Join("\n", section.Select(chart => SvgChart.Draw(chart, build)));
        }
        return result.ToImmutable();
    }
}
