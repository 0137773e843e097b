using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kessan.Derivation.Evaluation;
using Kessan.Ingest;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout;

/// <summary>
/// Reads a package's layout files (see docs/layout.md) into a <see cref="ReleaseLayout"/>, reporting every
/// problem with file, line and column: YAML problems as KSN0xx, expressions and templates as KSN5xx, and
/// names that do not exist (concepts, axes, members, rules, formats, tables, narratives, rows, and the
/// sections, tables, rows and columns charts name) as KSN503.
/// </summary>
public static class LayoutReader
{
    private static readonly IReadOnlyDictionary<string, RoundingPolicy> Policies = new Dictionary<string, RoundingPolicy>(StringComparer.Ordinal)
    {
        ["independent"] = RoundingPolicy.Independent,
        ["footed"] = RoundingPolicy.Footed,
    };

    /// <summary>The settings a template can name with <c>{{ setting:name }}</c>.</summary>
    public static ImmutableArray<string> Settings { get; } =
    [
        "company.name", "company.short_name", "company.address", "company.url", "company.ir_url", "company.ir_email",
        "company.telephone", "company.telephone_domestic", "company.representative.name", "company.representative.title", "company.contact.name",
        "company.contact.title", "company.founded", "listing.1.exchange", "listing.1.code", "listing.2.exchange", "listing.2.code",
        "release_date", "reporting.framework",
        "reporting.current_year", "reporting.prior_year", "translation.rate", "translation.rate_date", "translation.wording",
        "translation.short_wording", "split.ratio", "split.date", "ads_per_share", "filing.shareholders_meeting",
        "filing.dividend_payment_start", "filing.annual_report_filing", "filing.supplemental_material", "filing.presentation",
        "filing.disclosure.1", "filing.disclosure.2", "filing.disclosure.3", "filing.disclosure.4", "filing.disclosure.5",
        "largest_shareholder.name", "largest_shareholder.relationship", "largest_shareholder.as_of", "largest_shareholder.exchanges",
    ];

    /// <summary>Text formats a figure placeholder can use besides the display formats.</summary>
    public static ImmutableArray<string> PhraseFormats { get; } = ["yoy_phrase", "updown", "incdec", "sign", "number"];

    /// <summary>Reads the package's layout files. Returns null when the package names none.</summary>
    public static ReleaseLayout? Read(IPackageSource source, ReleasePackage package, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(package);
        if (package.LayoutFiles.IsEmpty)
        {
            return null;
        }
        var state = new State(package, bag);
        foreach (var (path, location) in package.LayoutFiles)
        {
            if (!source.Exists(path))
            {
                bag.Error(DiagnosticCodes.FileMissing, $"File '{path}' does not exist.", location);
                state.Unreadable = true;
                continue;
            }
            state.ReadFile(path, source.ReadAllText(path));
        }
        return state.Build();
    }

    private sealed class State
    {
        private readonly ReleasePackage package;
        private readonly DiagnosticBag bag;
        private readonly ExprParser exprParser;
        private readonly TemplateParser templateParser;
        private readonly Dictionary<string, DisplayFormat> formats = new(DisplayFormat.BuiltIn, StringComparer.Ordinal);
        private readonly List<TableLayout> tables = [];
        private readonly List<ChartLayout> charts = [];
        private readonly List<string> lintAllow = [];
        private readonly List<(string Id, SourceLocation Location)> tableRefs = [];
        private readonly List<(string Id, SourceLocation Location)> narrativeRefs = [];
        private readonly List<(string Name, SourceLocation Location)> formatRefs = [];
        private Template? title;
        private ImmutableArray<BlockLayout>? blocks;
        private RoundingPolicy rounding;

        /// <summary>
        /// True when a layout file is missing or is not valid YAML: what it defines is unknown, so names it may
        /// define (the document, tables, formats) are not reported as missing, which would blame the wrong place.
        /// </summary>
        public bool Unreadable { get; set; }

        public State(ReleasePackage package, DiagnosticBag bag)
        {
            this.package = package;
            this.bag = bag;
            exprParser = new ExprParser(package.Calendar);
            templateParser = new TemplateParser(exprParser, bag);
        }

        public void ReadFile(string path, string text)
        {
            var (file, root) = YamlFile.Parse(path, text, bag);
            if (root is null)
            {
                Unreadable = true;
                return;
            }
            var m = file.Mapping(root, "title", "rounding", "formats", "lint", "document", "tables", "charts");
            if (m.Has("title"))
            {
                if (title is not null)
                {
                    bag.Error(DiagnosticCodes.DuplicateId, "The release title is set in more than one layout file.", m.LocationOf("title"));
                }
                title = ReadTemplate(m, "title");
            }
            if (m.Choice("rounding", Policies) is { } r)
            {
                rounding = r;
            }
            foreach (var node in m.List("formats") ?? [])
            {
                ReadFormat(file, node);
            }
            if (m.Mapping("lint", false, "allow") is { } lint)
            {
                lintAllow.AddRange((lint.StringList("allow") ?? []).Select(x => x.Text));
            }
            if (m.Has("document"))
            {
                if (blocks is not null)
                {
                    bag.Error(DiagnosticCodes.DuplicateId, "The document is laid out in more than one layout file.", m.LocationOf("document"));
                }
                blocks = ReadBlocks(file, m.List("document") ?? []);
            }
            foreach (var node in m.List("tables") ?? [])
            {
                if (file.AsMapping(node, "table", "id", "title", "captions", "label_header", "period", "status", "format", "rounding", "columns", "rows", "notes") is { } t)
                {
                    ReadTable(t);
                }
            }
            foreach (var node in m.List("charts") ?? [])
            {
                if (file.AsMapping(node, "chart", "id", "section", "kind", "title", "table", "rows", "columns") is { } c)
                {
                    ReadChart(c);
                }
            }
        }

        public ReleaseLayout Build()
        {
            foreach (var (name, location) in formatRefs.Where(f => !Unreadable && !formats.ContainsKey(f.Name) && !PhraseFormats.Contains(f.Name)))
            {
                bag.Error(DiagnosticCodes.UnknownName,
                    $"Format '{name}' is not defined.{Suggestions.Hint(name, formats.Keys.Concat(PhraseFormats))}", location);
            }
            foreach (var (id, location) in tableRefs.Where(t => !Unreadable && tables.All(x => x.Id != t.Id)))
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Table '{id}' is not defined.{Suggestions.Hint(id, tables.Select(t => t.Id))}", location);
            }
            foreach (var (id, location) in narrativeRefs.Where(n => package.Narratives.All(x => x.Id != n.Id)))
            {
                bag.Error(DiagnosticCodes.UnknownName,
                    $"Narrative '{id}' is not in the package (narrative: in package.yaml).{Suggestions.Hint(id, package.Narratives.Select(n => n.Id))}", location);
            }
            CheckCharts();
            if (blocks is null && !Unreadable)
            {
                bag.Error(DiagnosticCodes.MissingKey, "No layout file has a 'document' section.",
                    package.LayoutFiles.IsEmpty ? null : new SourceLocation(package.LayoutFiles[0].Path));
            }
            return new ReleaseLayout(title ?? Template.Empty, blocks ?? [], [.. tables], formats.ToImmutableDictionary(StringComparer.Ordinal),
                rounding, [.. lintAllow], [.. charts]);
        }

        private void ReadChart(MappingReader c)
        {
            var id = c.String("id", required: true, context: "a chart")?.Trim();
            var section = c.String("section", required: true, context: "a chart")?.Trim();
            var kind = c.Choice("kind", ChartKindNames.ByName, required: true);
            var table = c.String("table", required: true, context: "a chart")?.Trim();
            if (id is null || section is null || kind is null || table is null)
            {
                return;
            }
            if (charts.Any(x => x.Id == id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, $"Chart '{id}' is defined twice.", c.LocationOf("id"));
                return;
            }
            charts.Add(new ChartLayout
            {
                Id = id,
                Section = new NamedReference(section, c.LocationOf("section")),
                Kind = kind.Value,
                Title = c.Has("title") ? ReadTemplate(c, "title") : null,
                Table = new NamedReference(table, c.LocationOf("table")),
                Rows = [.. (c.StringList("rows") ?? []).Select(r => new NamedReference(r.Text, r.Location))],
                Columns = [.. (c.StringList("columns") ?? []).Select(r => new NamedReference(r.Text, r.Location))],
                Location = c.KeyLocationOf("id"),
            });
        }

        /// <summary>
        /// A chart must name a section of the document, a table, and rows and columns of that table, and have as
        /// many columns as its kind draws: one for a bar chart or a waterfall, two or more for grouped bars; a
        /// waterfall needs a starting total, at least one change and an ending total.
        /// </summary>
        private void CheckCharts()
        {
            var sections = new List<string>();
            CollectSections(blocks ?? [], sections);
            foreach (var chart in charts)
            {
                if (!Unreadable && !sections.Contains(chart.Section.Id))
                {
                    bag.Error(DiagnosticCodes.UnknownName,
                        $"Chart '{chart.Id}': '{chart.Section.Id}' is not a section of the document.{Suggestions.Hint(chart.Section.Id, sections)}",
                        chart.Section.Location);
                }
                var table = tables.FirstOrDefault(t => t.Id == chart.Table.Id);
                if (table is null)
                {
                    if (!Unreadable)
                    {
                        bag.Error(DiagnosticCodes.UnknownName,
                            $"Chart '{chart.Id}': table '{chart.Table.Id}' is not defined.{Suggestions.Hint(chart.Table.Id, tables.Select(t => t.Id))}",
                            chart.Table.Location);
                    }
                    continue;
                }
                var unknown = false;
                foreach (var row in chart.Rows.Where(r => table.Rows.All(x => x.Id != r.Id)))
                {
                    bag.Error(DiagnosticCodes.UnknownName,
                        $"Chart '{chart.Id}': row '{row.Id}' is not a row of table '{table.Id}'.{Suggestions.Hint(row.Id, table.Rows.Select(r => r.Id))}", row.Location);
                    unknown = true;
                }
                foreach (var column in chart.Columns.Where(r => table.Columns.All(x => x.Id != r.Id)))
                {
                    bag.Error(DiagnosticCodes.UnknownName,
                        $"Chart '{chart.Id}': column '{column.Id}' is not a column of table '{table.Id}'.{Suggestions.Hint(column.Id, table.Columns.Select(r => r.Id))}",
                        column.Location);
                    unknown = true;
                }
                if (unknown)
                {
                    continue;
                }
                var columnCount = chart.Columns.IsEmpty ? table.Columns.Length : chart.Columns.Length;
                var rowCount = chart.Rows.IsEmpty ? table.Rows.Count(r => r.Style != RowStyle.Heading) : chart.Rows.Length;
                var problem = chart.Kind switch
                {
                    ChartKind.Bar when columnCount != 1 => "a bar chart draws one column; name it with 'columns: [id]'",
                    ChartKind.GroupedBar when columnCount < 2 => "grouped bars need two or more columns; draw one column as kind 'bar'",
                    ChartKind.Waterfall when columnCount != 1 => "a waterfall draws one column; name it with 'columns: [id]'",
                    ChartKind.Waterfall when rowCount < 3 => "a waterfall needs a starting total, at least one change and an ending total: three rows or more",
                    _ when rowCount == 0 => "it has no rows to draw",
                    _ => null,
                };
                if (problem is not null)
                {
                    bag.Error(DiagnosticCodes.InvalidValue, $"Chart '{chart.Id}': {problem}.", chart.Location);
                }
            }
        }

        private static void CollectSections(ImmutableArray<BlockLayout> blocks, List<string> ids)
        {
            foreach (var s in blocks.OfType<SectionBlockLayout>())
            {
                ids.Add(s.Id);
                CollectSections(s.Blocks, ids);
            }
        }

        private void ReadFormat(YamlFile file, YamlNode node)
        {
            var f = file.AsMapping(node, "format", "name", "base", "scale", "decimals", "percent", "negative", "zero", "prefix", "suffix", "grouping");
            var name = f?.String("name", required: true)?.Trim();
            if (f is null || name is null)
            {
                return;
            }
            var baseFormat = DisplayFormat.BuiltIn["units"];
            if (f.String("base")?.Trim() is { } baseName)
            {
                if (!formats.TryGetValue(baseName, out baseFormat))
                {
                    bag.Error(DiagnosticCodes.UnknownName, $"Format '{baseName}' is not defined.{Suggestions.Hint(baseName, formats.Keys)}", f.LocationOf("base"));
                    return;
                }
            }
            if (formats.ContainsKey(name))
            {
                bag.Error(DiagnosticCodes.DuplicateId, $"Format '{name}' is already defined.", f.LocationOf("name"));
                return;
            }
            formats[name] = baseFormat with
            {
                Name = name,
                Scale = f.Int("scale") ?? baseFormat.Scale,
                Decimals = f.Int("decimals") ?? baseFormat.Decimals,
                Percent = f.Bool("percent") ?? baseFormat.Percent,
                Negative = f.Choice("negative", NegativeStyleNames.ByName) ?? baseFormat.Negative,
                // 'zero: null' (or ~, or nothing) means no text for zero: the number is shown.
                Zero = f.Raw("zero", false) is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" }
                    ? null
                    : f.Has("zero") ? f.String("zero") : baseFormat.Zero,
                Prefix = f.String("prefix") ?? baseFormat.Prefix,
                Suffix = f.String("suffix") ?? baseFormat.Suffix,
                Grouping = f.Bool("grouping") ?? baseFormat.Grouping,
            };
        }

        private ImmutableArray<BlockLayout> ReadBlocks(YamlFile file, IReadOnlyList<YamlNode> nodes)
        {
            var result = ImmutableArray.CreateBuilder<BlockLayout>();
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
                        if (ReadTemplate(b, "heading") is { } h)
                        {
                            var level = b.Int("level") ?? 2;
                            if (level is < 1 or > 4)
                            {
                                bag.Error(DiagnosticCodes.InvalidValue, "'level' must be 1 to 4.", b.LocationOf("level"));
                                level = 2;
                            }
                            result.Add(new HeadingBlockLayout { Text = h, Level = level, Location = b.Location });
                        }
                        break;
                    case "paragraph":
                        if (ReadTemplate(b, "paragraph") is { } p)
                        {
                            result.Add(new ParagraphBlockLayout { Text = p, Location = b.Location });
                        }
                        break;
                    case "text":
                        if (b.String("text")?.Trim() is { } n)
                        {
                            narrativeRefs.Add((n, b.LocationOf("text")));
                            result.Add(new NarrativeBlockLayout { NarrativeId = n, Location = b.Location });
                        }
                        break;
                    case "table":
                        if (b.String("table")?.Trim() is { } t)
                        {
                            tableRefs.Add((t, b.LocationOf("table")));
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
                            result.Add(new SectionBlockLayout
                            {
                                Id = id,
                                Title = s.Has("title") ? ReadTemplate(s, "title") : null,
                                Blocks = ReadBlocks(file, s.List("blocks") ?? []),
                                Location = s.Location,
                            });
                        }
                        break;
                }
            }
            return result.ToImmutable();
        }

        private void ReadTable(MappingReader t)
        {
            var id = t.String("id", required: true, context: "a table")?.Trim();
            if (id is null)
            {
                return;
            }
            if (tables.Any(x => x.Id == id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, $"Table '{id}' is defined twice.", t.LocationOf("id"));
                return;
            }
            var columns = ImmutableArray.CreateBuilder<ColumnLayout>();
            foreach (var node in t.List("columns", required: true) ?? [])
            {
                var c = t.File.AsMapping(node, "column", "id", "header", "period", "status", "dims", "value", "text", "format", "additive", "total_of");
                if (c is null)
                {
                    continue;
                }
                var cid = c.String("id", required: true, context: "a column")?.Trim();
                if (cid is null)
                {
                    continue;
                }
                if (columns.Any(x => x.Id == cid))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, $"Column '{cid}' appears twice in table '{id}'.", c.LocationOf("id"));
                    continue;
                }
                var header = ImmutableArray.CreateBuilder<Template>();
                foreach (var (text, location) in c.StringList("header") ?? [])
                {
                    if (templateParser.Parse(text, location) is { } tpl)
                    {
                        header.Add(tpl);
                    }
                }
                columns.Add(new ColumnLayout
                {
                    Id = cid,
                    Header = header.ToImmutable(),
                    Period = ReadPeriod(c),
                    Status = c.Choice("status", FactStatusNames.ByName),
                    Dims = ReadDims(c),
                    Value = ReadExpr(c, "value"),
                    Text = c.Has("text") ? ReadTemplate(c, "text") : null,
                    Format = ReadFormatName(c),
                    Additive = c.Bool("additive"),
                    TotalOf = ReadWeighted(c, "total_of"),
                    Location = c.KeyLocationOf("id"),
                });
            }
            var rows = ImmutableArray.CreateBuilder<RowLayout>();
            var rowNumber = 0;
            foreach (var node in t.List("rows", required: true) ?? [])
            {
                rowNumber++;
                var r = t.File.AsMapping(node, "row", "id", "label", "period", "status", "dims", "value", "text", "format", "indent", "style", "total_of", "cells");
                if (r is null)
                {
                    continue;
                }
                var label = r.Has("label") ? ReadTemplate(r, "label") : Template.Empty;
                var rid = r.String("id")?.Trim() ?? Slug(label, rowNumber);
                if (rows.Any(x => x.Id == rid))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, $"Row '{rid}' appears twice in table '{id}'; give one an 'id'.", r.Location);
                    continue;
                }
                rows.Add(new RowLayout
                {
                    Id = rid,
                    Label = label ?? Template.Empty,
                    Period = ReadPeriod(r),
                    Status = r.Choice("status", FactStatusNames.ByName),
                    Dims = ReadDims(r),
                    Value = ReadExpr(r, "value"),
                    Text = r.Has("text") ? ReadTemplate(r, "text") : null,
                    Format = ReadFormatName(r),
                    Indent = r.Int("indent") ?? 0,
                    Style = r.Choice("style", RowStyleNames.ByName) ?? RowStyle.Normal,
                    TotalOf = ReadWeighted(r, "total_of"),
                    Cells = ReadCells(r, columns),
                    Location = r.Location,
                });
            }
            var captions = ImmutableArray.CreateBuilder<Template>();
            foreach (var (text, location) in t.StringList("captions") ?? [])
            {
                if (templateParser.Parse(text, location) is { } tpl)
                {
                    captions.Add(tpl);
                }
            }
            var labelHeader = ImmutableArray.CreateBuilder<Template>();
            foreach (var (text, location) in t.StringList("label_header") ?? [])
            {
                if (templateParser.Parse(text, location) is { } tpl)
                {
                    labelHeader.Add(tpl);
                }
            }
            var notes = ImmutableArray.CreateBuilder<Template>();
            foreach (var (text, location) in t.StringList("notes") ?? [])
            {
                if (templateParser.Parse(text, location) is { } tpl)
                {
                    notes.Add(tpl);
                }
            }
            var table = new TableLayout
            {
                Id = id,
                Title = t.Has("title") ? ReadTemplate(t, "title") : null,
                Captions = captions.ToImmutable(),
                LabelHeader = labelHeader.ToImmutable(),
                Period = ReadPeriod(t),
                Status = t.Choice("status", FactStatusNames.ByName),
                Format = ReadFormatName(t),
                Rounding = t.Choice("rounding", Policies),
                Columns = columns.ToImmutable(),
                Rows = rows.ToImmutable(),
                Notes = notes.ToImmutable(),
                Location = t.KeyLocationOf("id"),
            };
            CheckTotals(table);
            tables.Add(table);
        }

        private void CheckTotals(TableLayout table)
        {
            foreach (var row in table.Rows)
            {
                // 'table/row' names a row of another table; the builder resolves it.
                foreach (var w in row.TotalOf.Where(w => !w.Id.Contains('/', StringComparison.Ordinal) && table.Rows.All(r => r.Id != w.Id)))
                {
                    bag.Error(DiagnosticCodes.UnknownName, $"Row '{w.Id}' is not a row of table '{table.Id}'.{Suggestions.Hint(w.Id, table.Rows.Select(r => r.Id))}", w.Location);
                }
            }
            foreach (var column in table.Columns)
            {
                foreach (var w in column.TotalOf.Where(w => table.Columns.All(c => c.Id != w.Id)))
                {
                    bag.Error(DiagnosticCodes.UnknownName, $"Column '{w.Id}' is not a column of table '{table.Id}'.", w.Location);
                }
            }
        }

        private ImmutableDictionary<string, CellOverride> ReadCells(MappingReader r, ImmutableArray<ColumnLayout>.Builder columns)
        {
            var result = ImmutableDictionary.CreateBuilder<string, CellOverride>(StringComparer.Ordinal);
            var cells = r.Mapping("cells", false, [.. columns.Select(c => c.Id)]);
            if (cells is null)
            {
                return result.ToImmutable();
            }
            foreach (var column in columns)
            {
                if (!cells.Has(column.Id))
                {
                    continue;
                }
                var node = cells.Raw(column.Id, false)!;
                if (node is YamlScalarNode)
                {
                    // A bare scalar is an expression.
                    var expr = ReadExpr(cells, column.Id);
                    if (expr is not null)
                    {
                        result[column.Id] = new CellOverride { Value = expr, Location = cells.LocationOf(column.Id) };
                    }
                    continue;
                }
                var c = cells.File.AsMapping(node, "cell", "value", "text", "blank", "format", "period", "status", "dims");
                if (c is null)
                {
                    continue;
                }
                result[column.Id] = new CellOverride
                {
                    Value = ReadExpr(c, "value"),
                    Text = c.Has("text") ? ReadTemplate(c, "text") : null,
                    Blank = c.Bool("blank") ?? false,
                    Format = ReadFormatName(c),
                    Period = ReadPeriod(c),
                    Status = c.Choice("status", FactStatusNames.ByName),
                    Dims = ReadDims(c),
                    Location = c.Location,
                };
            }
            return result.ToImmutable();
        }

        private DimensionSet ReadDims(MappingReader m)
        {
            var text = m.String("dims");
            if (text is null)
            {
                return DimensionSet.Empty;
            }
            var values = new List<DimensionValue>();
            foreach (var token in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = token.Split('=', 2, StringSplitOptions.TrimEntries);
                var axis = parts.Length == 2 ? package.Taxonomy.FindAxis(parts[0]) : null;
                if (parts.Length != 2)
                {
                    bag.Error(DiagnosticCodes.InvalidValue, $"'{token}' is not a member; write Axis=Member, separated by ';'.", m.LocationOf("dims"));
                }
                else if (axis is null)
                {
                    bag.Error(DiagnosticCodes.UnknownName, $"Axis '{parts[0]}' is not defined.{Suggestions.Hint(parts[0], package.Taxonomy.Axes.Select(a => a.Id))}", m.LocationOf("dims"));
                }
                else if (axis.FindMember(parts[1]) is null)
                {
                    bag.Error(DiagnosticCodes.UnknownName, $"Axis '{parts[0]}' has no member '{parts[1]}'.{Suggestions.Hint(parts[1], axis.Members.Select(x => x.Id))}", m.LocationOf("dims"));
                }
                else if (values.Exists(v => v.Axis == parts[0]))
                {
                    bag.Error(DiagnosticCodes.InvalidValue, $"Axis '{parts[0]}' appears twice.", m.LocationOf("dims"));
                }
                else
                {
                    values.Add(new DimensionValue(parts[0], parts[1]));
                }
            }
            return DimensionSet.Of(values);
        }

        private string? ReadFormatName(MappingReader m)
        {
            var name = m.String("format")?.Trim();
            if (name is not null)
            {
                formatRefs.Add((name, m.LocationOf("format")));
            }
            return name;
        }

        private Period? ReadPeriod(MappingReader m)
        {
            var text = m.String("period");
            if (text is null)
            {
                return null;
            }
            if (package.Calendar.TryParse(text, out var p))
            {
                return p;
            }
            bag.Error(DiagnosticCodes.InvalidValue, $"'{text.Trim()}' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, ...).", m.LocationOf("period"));
            return null;
        }

        private Template? ReadTemplate(MappingReader m, string key)
        {
            var text = m.String(key);
            if (text is null)
            {
                return null;
            }
            var location = ValueStart(m, key);
            var template = templateParser.Parse(text, location);
            if (template is not null)
            {
                CheckTemplate(template);
            }
            return template;
        }

        /// <summary>Where a scalar's text starts: after its opening quote when it is quoted.</summary>
        private static SourceLocation ValueStart(MappingReader m, string key)
        {
            var node = m.Raw(key, false);
            var location = m.LocationOf(key);
            return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted }
                ? location.WithColumn(location.Column + 1)
                : location;
        }

        private Expr? ReadExpr(MappingReader m, string key)
        {
            var text = m.String(key);
            if (text is null)
            {
                return null;
            }
            var start = ValueStart(m, key);
            var expr = exprParser.Parse(text, out var error);
            if (expr is null)
            {
                bag.Error(DiagnosticCodes.ExpressionSyntax, error!.Message, TemplateParser.At(text, start, error.Offset));
                return null;
            }
            CheckExpr(expr, start);
            return expr;
        }

        private void CheckTemplate(Template template)
        {
            foreach (var part in template.Parts)
            {
                switch (part)
                {
                    case FigurePart f:
                        CheckExpr(f.Expression, f.Location);
                        formatRefs.Add((f.Format.Name, f.Location));
                        break;
                    case ClaimPart claim:
                        CheckExpr(claim.Left, claim.Location);
                        CheckExpr(claim.Right, claim.Location);
                        break;
                    case SettingPart s when !Settings.Contains(s.Name):
                        bag.Error(DiagnosticCodes.UnknownName, $"Setting '{s.Name}' does not exist.{Suggestions.Hint(s.Name, Settings)}", s.Location);
                        break;
                }
            }
        }

        /// <summary>Checks that an expression names only concepts, axes, members and rules that exist.</summary>
        private void CheckExpr(Expr expr, SourceLocation location)
        {
            switch (expr)
            {
                case RefExpr r:
                    if (package.Taxonomy.FindConcept(r.ConceptId) is null)
                    {
                        bag.Error(DiagnosticCodes.UnknownName,
                            $"Concept '{r.ConceptId}' is not defined.{Suggestions.Hint(r.ConceptId, package.Taxonomy.Concepts.Select(c => c.Id))}", location);
                    }
                    foreach (var d in r.Dimensions.Values)
                    {
                        var axis = package.Taxonomy.FindAxis(d.Axis);
                        if (axis is null)
                        {
                            bag.Error(DiagnosticCodes.UnknownName, $"Axis '{d.Axis}' is not defined.{Suggestions.Hint(d.Axis, package.Taxonomy.Axes.Select(a => a.Id))}", location);
                        }
                        else if (axis.FindMember(d.Member) is null)
                        {
                            bag.Error(DiagnosticCodes.UnknownName, $"Axis '{d.Axis}' has no member '{d.Member}'.{Suggestions.Hint(d.Member, axis.Members.Select(x => x.Id))}", location);
                        }
                    }
                    break;
                case NegateExpr n:
                    CheckExpr(n.Operand, location);
                    break;
                case BinaryExpr b:
                    CheckExpr(b.Left, location);
                    CheckExpr(b.Right, location);
                    break;
                case CallExpr c:
                    if (Evaluator.Rules.All(r => r.Name != c.Function))
                    {
                        bag.Error(DiagnosticCodes.UnknownName,
                            $"'{c.Function}' is not a derivation rule.{Suggestions.Hint(c.Function, Evaluator.Rules.Select(r => r.Name))}", location);
                    }
                    foreach (var a in c.Args)
                    {
                        CheckExpr(a, location);
                    }
                    break;
            }
        }

        private static ImmutableArray<WeightedId> ReadWeighted(MappingReader m, string key)
        {
            var result = ImmutableArray.CreateBuilder<WeightedId>();
            foreach (var (text, location) in m.StringList(key) ?? [])
            {
                var weight = text.StartsWith('-') ? -1 : 1;
                result.Add(new WeightedId(text.TrimStart('-', '+').Trim(), weight, location));
            }
            return result.ToImmutable();
        }

        private static string Slug(Template? label, int rowNumber)
        {
            var text = string.Concat(label?.Parts.OfType<LiteralPart>().Select(p => p.Text) ?? []);
            var sb = new StringBuilder();
            foreach (var ch in text.ToLowerInvariant())
            {
                if (char.IsAsciiLetterOrDigit(ch))
                {
                    sb.Append(ch);
                }
                else if (sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
                if (sb.Length >= 40)
                {
                    break;
                }
            }
            var slug = sb.ToString().Trim('-');
            return slug.Length == 0 ? "row" + rowNumber.ToString(CultureInfo.InvariantCulture) : slug;
        }
    }
}
