using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a chart of a layout's <c>charts:</c>: its id (unique among the charts: KSN006 at the second), section,
/// kind and table (each required), title, and the rows and columns it draws. What they name may be defined in a
/// later file, so it is checked once every file is read (<see cref="CrossReferenceChecker"/>).
/// </summary>
internal sealed class ChartReader
{
    private readonly ExpressionReader expressions;
    private readonly DiagnosticBag bag;

    public ChartReader(ExpressionReader expressions, DiagnosticBag bag)
    {
        this.expressions = expressions;
        this.bag = bag;
    }

    /// <summary>
    /// The chart at <paramref name="node"/>, and the formats its title names; null when it is not a mapping,
    /// lacks a required key, or has the id of an <paramref name="earlier"/> chart.
    /// </summary>
    public (ChartLayout? Chart, LayoutReferences References) ReadChart(YamlFile file, YamlNode node, ImmutableArray<ChartLayout> earlier)
    {
        var c = file.AsMapping(node, "chart", "id", "section", "kind", "title", "table", "rows", "columns");
        if (c is null)
        {
            return (null, LayoutReferences.None);
        }
        var id = c.String("id", required: true, context: "a chart")?.Trim();
        var section = c.String("section", required: true, context: "a chart")?.Trim();
        var kind = c.Choice("kind", ChartKindNames.ByName, required: true);
        var table = c.String("table", required: true, context: "a chart")?.Trim();
        if (id is null || section is null || kind is null || table is null)
        {
            return (null, LayoutReferences.None);
        }
        if (earlier.Any(x => x.Id == id))
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Chart '{id}' is defined twice.", c.LocationOf("id"));
            return (null, LayoutReferences.None);
        }
        var chart = new ChartLayout
        {
            Id = id,
            Section = new NamedReference(section, c.LocationOf("section")),
            Kind = kind.Value,
            Title = c.Has("title") ? expressions.ReadTemplate(c, "title") : null,
            Table = new NamedReference(table, c.LocationOf("table")),
            Rows = [.. (c.StringList("rows") ?? []).Select(r => new NamedReference(r.Text, r.Location))],
            Columns = [.. (c.StringList("columns") ?? []).Select(r => new NamedReference(r.Text, r.Location))],
            Location = c.KeyLocationOf("id"),
        };
        return (chart, LayoutReferences.ToFormatsIn(chart.Title));
    }
}
