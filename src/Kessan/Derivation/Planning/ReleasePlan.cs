using System.Collections.Frozen;
using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Templates;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// A release planned: every figure (derived, rounded on its own, not yet footed), what every table cell
/// shows, the narratives as parsed, the charts, and what planning found wrong. Planning hands it on to the
/// sum collector, footing and the document assembler.
/// </summary>
/// <remarks>Immutable.</remarks>
internal sealed record ReleasePlan
{
    /// <summary>The package the figures are derived from.</summary>
    public required ReleasePackage Package { get; init; }

    /// <summary>The layout planned.</summary>
    public required ReleaseLayout Layout { get; init; }

    /// <summary>Every figure, in order of first appearance, with every place that shows it; none adjusted.</summary>
    public required ImmutableArray<Figure> Figures { get; init; }

    /// <summary>The index of the figure of each placeholder, by the key it is looked up with.</summary>
    public required FrozenDictionary<PlaceholderKey, int> Placeholders { get; init; }

    /// <summary>The tables, in planning order (those of the document first, then those only charts draw).</summary>
    public required ImmutableArray<TablePlan> Tables { get; init; }

    /// <summary>The narratives the document shows, parsed, by id.</summary>
    public required ImmutableDictionary<string, ParsedNarrative> Narratives { get; init; }

    /// <summary>The charts, in the layout's order.</summary>
    public required ImmutableArray<ChartPlan> Charts { get; init; }

    /// <summary>What planning found, in the order found.</summary>
    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>True when a diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The plan of the table with id <paramref name="id"/>, or null.</summary>
    public TablePlan? FindTable(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>The index of the figure a placeholder of a template placed in <paramref name="ctx"/> shows, or null when it has none.</summary>
    public int? FindPlaceholder(FigurePart part, PlacementContext ctx) =>
        Placeholders.TryGetValue(PlaceholderKey.Of(part, ctx), out var index) ? index : null;
}
