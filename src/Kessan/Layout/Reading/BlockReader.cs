using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads the blocks of a layout's <c>document:</c>, in order, and the blocks of its sections: headings,
/// paragraphs, narratives, tables, page breaks and sections. A block that is not exactly one of these is
/// reported (KSN005) and left out. The tables and narratives it shows are references, checked once every file
/// is read.
/// </summary>
internal sealed class BlockReader
{
    private readonly ExpressionReader expressions;
    private readonly DiagnosticBag bag;

    public BlockReader(ExpressionReader expressions, DiagnosticBag bag)
    {
        this.expressions = expressions;
        this.bag = bag;
    }

    /// <summary>The blocks of <paramref name="nodes"/>, and the tables, narratives and formats they refer to.</summary>
    public (ImmutableArray<BlockLayout> Blocks, LayoutReferences References) ReadBlocks(YamlFile file, IReadOnlyList<YamlNode> nodes)
    {
        var result = ImmutableArray.CreateBuilder<BlockLayout>();
        var references = LayoutReferences.None;
        foreach (var node in nodes)
        {
            var b = file.AsMapping(node, "block", "heading", "level", "paragraph", "text", "table", "page_break", "section", "id", "title", "blocks");
            if (b is null)
            {
                continue;
            }
            var kinds = new[] { "heading", "paragraph", "text", "table", "page_break", "section" }.Where(b.Has).ToList();
            if (kinds.Count != 1)
            {
                bag.Error(DiagnosticCodes.InvalidValue,
                    "A block is exactly one of: heading, paragraph, text, table, page_break, section.", b.Location);
                continue;
            }
            switch (kinds[0])
            {
                case "heading":
                    if (expressions.ReadTemplate(b, "heading") is { } h)
                    {
                        var level = b.Int("level") ?? 2;
                        if (level is < 1 or > 4)
                        {
                            bag.Error(DiagnosticCodes.InvalidValue, "'level' must be 1 to 4.", b.LocationOf("level"));
                            level = 2;
                        }
                        result.Add(new HeadingBlockLayout { Text = h, Level = level, Location = b.Location });
                        references = references.Then(LayoutReferences.ToFormatsIn(h));
                    }
                    break;
                case "paragraph":
                    if (expressions.ReadTemplate(b, "paragraph") is { } p)
                    {
                        result.Add(new ParagraphBlockLayout { Text = p, Location = b.Location });
                        references = references.Then(LayoutReferences.ToFormatsIn(p));
                    }
                    break;
                case "text":
                    if (b.String("text")?.Trim() is { } n)
                    {
                        references = references.Then(LayoutReferences.ToNarrative(n, b.LocationOf("text")));
                        result.Add(new NarrativeBlockLayout { NarrativeId = n, Location = b.Location });
                    }
                    break;
                case "table":
                    if (b.String("table")?.Trim() is { } t)
                    {
                        references = references.Then(LayoutReferences.ToTable(t, b.LocationOf("table")));
                        result.Add(new TableBlockLayout { TableId = t, Location = b.Location });
                    }
                    break;
                case "page_break":
                    result.Add(new PageBreakBlockLayout { Location = b.Location });
                    break;
                default:
                    var s = b.Mapping("section", true, "id", "title", "blocks");
                    var id = s?.String("id", required: true)?.Trim();
                    if (s is not null && id is not null)
                    {
                        var title = s.Has("title") ? expressions.ReadTemplate(s, "title") : null;
                        var (blocks, inner) = ReadBlocks(file, s.List("blocks") ?? []);
                        result.Add(new SectionBlockLayout { Id = id, Title = title, Blocks = blocks, Location = s.Location });
                        references = references.Then(LayoutReferences.ToFormatsIn(title)).Then(inner);
                    }
                    break;
            }
        }
        return (result.ToImmutable(), references);
    }
}
