using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Derivation.Functions;
using Kessan.Layout;
using Kessan.Layout.Reading;
using Kessan.Layout.Templates;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// The first stage of a build: plans the release in the layout's order (the title, then every block, then
/// the charts), registering and evaluating every figure once (<see cref="FigureRegistry"/>), planning texts
/// (<see cref="TemplatePlanner"/>), tables (<see cref="TablePlanner"/>) and charts (<see cref="ChartPlanner"/>).
/// </summary>
/// <remarks>Thread-safe: each call works on its own state.</remarks>
internal sealed class ReleasePlanner
{
    private readonly ReleasePackage package;
    private readonly ReleaseLayout layout;
    private readonly DiagnosticBag bag = new();
    private readonly FigureRegistry registry;
    private readonly TemplatePlanner templates;
    private readonly TablePlanner tables;
    private readonly Dictionary<string, ParsedNarrative> narratives = new(StringComparer.Ordinal);
    private readonly NameChecker names;

    private ReleasePlanner(ReleasePackage package, ReleaseLayout layout, BuildOptions options)
    {
        this.package = package;
        this.layout = layout;
        registry = new FigureRegistry(package, layout, bag);
        templates = new TemplatePlanner(layout, registry, bag);
        tables = new TablePlanner(package, layout, options, registry, templates, bag);
        names = new NameChecker(package, DerivationFunctions.Default, bag);
    }

    /// <summary>Plans the release of <paramref name="package"/> by <paramref name="layout"/>.</summary>
    public static ReleasePlan Plan(ReleasePackage package, ReleaseLayout layout, BuildOptions options)
    {
        var planner = new ReleasePlanner(package, layout, options);
        planner.templates.Plan(layout.Title, new PlacementContext(package.Reporting.CurrentYear, FactStatus.Actual, null, null, "title"));
        planner.PlanBlocks(layout.Blocks);
        var charts = new ChartPlanner(package, layout, planner.tables, planner.templates, planner.registry, planner.bag).Plan();
        return new ReleasePlan
        {
            Package = package,
            Layout = layout,
            Figures = planner.registry.Figures(),
            Placeholders = planner.registry.Placeholders(),
            Tables = planner.tables.Planned,
            Narratives = planner.narratives.ToImmutableDictionary(StringComparer.Ordinal),
            Charts = charts,
            Diagnostics = planner.bag.ToImmutable(),
        };
    }

    private void PlanBlocks(ImmutableArray<BlockLayout> blocks)
    {
        foreach (var block in blocks)
        {
            var ctx = new PlacementContext(package.Reporting.CurrentYear, FactStatus.Actual, null, null, "document");
            switch (block)
            {
                case HeadingBlockLayout h:
                    templates.Plan(h.Text, ctx with { Owner = "heading" });
                    break;
                case ParagraphBlockLayout p:
                    templates.Plan(p.Text, ctx with { Owner = "paragraph" });
                    break;
                case SectionBlockLayout s:
                    if (s.Title is { } sectionTitle)
                    {
                        templates.Plan(sectionTitle, ctx with { Owner = s.Id });
                    }
                    PlanBlocks(s.Blocks);
                    break;
                case NarrativeBlockLayout n:
                    PlanNarrative(n.NarrativeId);
                    break;
                case TableBlockLayout t:
                    if (layout.FindTable(t.TableId) is { } table)
                    {
                        tables.Plan(table);
                    }
                    break;
            }
        }
    }

    private void PlanNarrative(string id)
    {
        if (narratives.ContainsKey(id))
        {
            return;
        }
        var text = package.Narratives.FirstOrDefault(n => n.Id == id);
        if (text is null)
        {
            return;
        }
        var parsed = NarrativeParser.Parse(text, package, bag);
        narratives[id] = parsed;
        var ctx = new PlacementContext(parsed.Period, parsed.Status, null, null, id);
        foreach (var block in parsed.Blocks)
        {
            foreach (var item in block.Items)
            {
                // A narrative names concepts, rules, settings and formats as a layout text does, and is held to
                // the same rules (KSN503, KSN502); a text naming what does not exist is not planned further.
                var before = bag.Count;
                names.CheckTemplate(item);
                foreach (var figure in item.Parts.OfType<FigurePart>())
                {
                    names.CheckFormatName(figure.Format, layout.Formats, figure.Location);
                }
                if (bag.Count == before)
                {
                    templates.Plan(item, ctx);
                }
            }
        }
    }
}
