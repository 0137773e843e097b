using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout.Expressions;
using Kessan.Model;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads the top level of one layout file, key by key in this order: the title, the default rounding, the formats
/// (<see cref="FormatReader"/>), the lint settings, the document (<see cref="BlockReader"/>), the tables
/// (<see cref="TableReader"/>) and the charts (<see cref="ChartReader"/>). A file that is not a YAML mapping is
/// reported (KSN002) and marks the draft unreadable. The title and the document may each be set in only one file
/// (KSN006 in the second).
/// </summary>
internal sealed class LayoutFileReader
{
    private readonly DiagnosticBag bag;
    private readonly ExpressionReader expressions;
    private readonly FormatReader formats;
    private readonly BlockReader blocks;
    private readonly TableReader tables;
    private readonly ChartReader charts;

    public LayoutFileReader(ReleasePackage package, IFunctionCatalog functions, CrossReferenceChecker checker, DiagnosticBag bag)
    {
        this.bag = bag;
        expressions = new ExpressionReader(package, functions, bag);
        formats = new FormatReader(bag);
        blocks = new BlockReader(expressions, bag);
        tables = new TableReader(package, expressions, checker, bag);
        charts = new ChartReader(expressions, bag);
    }

    /// <summary>The draft of the files before this one with what <paramref name="file"/> (its root mapping <paramref name="root"/>) defines and refers to added.</summary>
    public LayoutDraft ReadFile(LayoutDraft draft, YamlFile file, YamlMappingNode root)
    {
        var m = file.Mapping(root, "title", "rounding", "formats", "lint", "document", "tables", "charts");
        if (m.Has("title"))
        {
            if (draft.Title is not null)
            {
                bag.Error(DiagnosticCodes.DuplicateId, "The release title is set in more than one layout file.", m.LocationOf("title"));
            }
            var title = expressions.ReadTemplate(m, "title");
            draft = draft.Referring(LayoutReferences.ToFormatsIn(title)) with { Title = title };
        }
        if (m.Choice("rounding", RoundingPolicies.ByName) is { } r)
        {
            draft = draft with { Rounding = r };
        }
        foreach (var node in m.List("formats") ?? [])
        {
            draft = draft with { Formats = formats.ReadFormat(file, node, draft.Formats) };
        }
        if (m.Mapping("lint", false, "allow") is { } lint)
        {
            draft = draft with { LintAllow = draft.LintAllow.AddRange((lint.StringList("allow") ?? []).Select(x => x.Text)) };
        }
        if (m.Has("document"))
        {
            if (draft.Blocks is not null)
            {
                bag.Error(DiagnosticCodes.DuplicateId, "The document is laid out in more than one layout file.", m.LocationOf("document"));
            }
            var (document, references) = blocks.ReadBlocks(file, m.List("document") ?? []);
            draft = draft.Referring(references) with { Blocks = document };
        }
        foreach (var node in m.List("tables") ?? [])
        {
            var (table, references) = tables.ReadTable(file, node, draft.Tables);
            draft = draft.Referring(references) with { Tables = table is null ? draft.Tables : draft.Tables.Add(table) };
        }
        foreach (var node in m.List("charts") ?? [])
        {
            var (chart, references) = charts.ReadChart(file, node, draft.Charts);
            draft = draft.Referring(references) with { Charts = chart is null ? draft.Charts : draft.Charts.Add(chart) };
        }
        return draft;
    }
}
