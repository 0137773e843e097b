using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kessan.Testing;

/// <summary>A difference with a model document that is known and explained.</summary>
/// <param name="Difference">The difference (for a text line, <see cref="DocumentDifference.Kessan"/> holds the optional <c>closest</c>).</param>
/// <param name="Kind">Why it exists: one of <see cref="ExpectedDifferences.Kinds"/>.</param>
/// <param name="Reason">The explanation.</param>
/// <param name="Line">The 1-based line of the entry in its file.</param>
public sealed record ExpectedDifference(DocumentDifference Difference, string Kind, string Reason, int Line);

/// <summary>
/// Reads and writes an expected-differences file: a YAML list of the differences a release has with its
/// model document, each explained.
/// </summary>
/// <remarks>
/// <para>A table entry has <c>table</c>, <c>row</c>, optional <c>column</c> (0 for the label, 1..n for the
/// values), <c>document</c> and <c>kessan</c> (the texts, "" for none); a text-line entry has <c>text</c> (the
/// document's line) and optional <c>closest</c> (the release's most similar text, for readers; not compared).
/// Every entry has a <c>kind</c> and a <c>reason</c>.</para>
/// <para>Kinds: <c>footing</c> (the document moved a figure by one unit so that its displayed sums hold;
/// the release rounds independently), <c>document-error</c> (the document is wrong: a typo, a wrong label, a
/// figure no rounding of its inputs can give, mixed bases), <c>missing-input</c> (the figure needs a fact the
/// package cannot have), <c>interval</c> (a change computed from inputs known only in millions; the
/// document's value lies inside the interval they allow), <c>not-reproduced</c> (a part not laid out yet),
/// <c>unit-shown</c> (the document leaves a column of figures without its unit; the release states it).</para>
/// </remarks>
public static class ExpectedDifferences
{
    /// <summary>The kinds of difference, as written in the file.</summary>
    public static ImmutableArray<string> Kinds { get; } = ["footing", "document-error", "missing-input", "interval", "not-reproduced", "unit-shown"];

    private static readonly string[] TableKeys = ["table", "row", "column", "document", "kessan", "kind", "reason"];
    private static readonly string[] TextKeys = ["text", "closest", "kind", "reason"];

    /// <summary>Reads an expected-differences file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is malformed; the message lists every problem with its line.</exception>
    public static ImmutableArray<ExpectedDifference> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The expected-differences file '{Path.GetFullPath(path)}' does not exist.", path);
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the text of an expected-differences file.</summary>
    /// <exception cref="FormatException">The text is malformed; the message lists every problem with its line.</exception>
    public static ImmutableArray<ExpectedDifference> Parse(string yaml, string path = "expected-differences.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{path}:{e.Start.Line}: malformed YAML: {e.Message}", e);
        }
        if (stream.Documents.Count == 0)
        {
            return [];
        }
        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new FormatException($"{path}:{stream.Documents[0].RootNode.Start.Line}: the file must be a YAML list of differences.");
        }
        var problems = new List<string>();
        var entries = ImmutableArray.CreateBuilder<ExpectedDifference>();
        foreach (var node in list)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode map)
            {
                problems.Add($"{path}:{line}: an entry must be a mapping (key: value lines).");
                continue;
            }
            var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (value is not YamlScalarNode scalar)
                {
                    problems.Add($"{path}:{value.Start.Line}: '{name}' must be a single value.");
                    continue;
                }
                values[name] = (ModelDocument.CollapseWhitespace(scalar.Value ?? ""), (int)key.Start.Line);
            }
            var isText = values.ContainsKey("text");
            foreach (var (name, (_, keyLine)) in values.Where(v => !(isText ? TextKeys : TableKeys).Contains(v.Key, StringComparer.Ordinal)))
            {
                problems.Add($"{path}:{keyLine}: unknown key '{name}' in a {(isText ? "text" : "table")} entry; expected {string.Join(", ", isText ? TextKeys : TableKeys)}.");
            }
            foreach (var required in isText ? (string[])["kind", "reason"] : ["table", "row", "document", "kessan", "kind", "reason"])
            {
                if (!values.ContainsKey(required))
                {
                    problems.Add($"{path}:{line}: the entry has no '{required}'.");
                }
            }
            string Get(string key) => values.TryGetValue(key, out var v) ? v.Value : "";
            var kind = Get("kind");
            if (values.ContainsKey("kind") && !Kinds.Contains(kind, StringComparer.Ordinal))
            {
                problems.Add($"{path}:{values["kind"].Line}: kind '{kind}' is not one of {string.Join(", ", Kinds)}.");
            }
            if (values.ContainsKey("reason") && Get("reason").Length == 0)
            {
                problems.Add($"{path}:{values["reason"].Line}: the reason is empty.");
            }
            int? column = null;
            if (values.TryGetValue("column", out var col))
            {
                if (int.TryParse(col.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var c))
                {
                    column = c;
                }
                else
                {
                    problems.Add($"{path}:{col.Line}: column '{col.Value}' is not a number (0 for the label, 1..n for the values).");
                }
            }
            var difference = isText
                ? new DocumentDifference { Document = Get("text"), Kessan = Get("closest"), Line = line }
                : new DocumentDifference { Table = Get("table"), Row = Get("row"), Column = column, Document = Get("document"), Kessan = Get("kessan"), Line = line };
            entries.Add(new ExpectedDifference(difference, kind, Get("reason"), line));
        }
        var duplicates = entries.GroupBy(e => e.Difference.Key).Where(g => g.Count() > 1);
        problems.AddRange(duplicates.Select(g => $"{path}:{g.Last().Line}: the same difference is listed on lines {string.Join(", ", g.Select(e => e.Line))}."));
        if (problems.Count > 0)
        {
            throw new FormatException(string.Join(Environment.NewLine, problems));
        }
        return entries.ToImmutable();
    }

    /// <summary>
    /// An entry of the file, as YAML: a list item with the difference's keys and the kind and reason
    /// (left empty, to be filled in, when not given). Long texts are folded over several lines.
    /// </summary>
    public static string ToYaml(DocumentDifference difference, string? kind = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var sb = new StringBuilder();
        var first = true;
        void Add(string key, string value)
        {
            sb.Append(first ? "- " : "  ").Append(key).Append(": ").Append(value).Append('\n');
            first = false;
        }
        if (difference.IsText)
        {
            Add("text", Quote(difference.Document, 4 + "text: ".Length));
            if (difference.Kessan.Length > 0)
            {
                Add("closest", Quote(difference.Kessan, 4 + "closest: ".Length));
            }
        }
        else
        {
            Add("table", Quote(difference.Table!, 4 + "table: ".Length));
            Add("row", Quote(difference.Row ?? "", 0));
            if (difference.Column is { } c)
            {
                Add("column", c.ToString(CultureInfo.InvariantCulture));
            }
            Add("document", Quote(difference.Document, 4 + "document: ".Length));
            Add("kessan", Quote(difference.Kessan, 4 + "kessan: ".Length));
        }
        Add("kind", string.IsNullOrEmpty(kind) ? "\"\"  # " + string.Join(" | ", Kinds) : kind);
        Add("reason", Quote(reason ?? "", 4 + "reason: ".Length));
        return sb.ToString();
    }

    /// <summary>
    /// A YAML double-quoted scalar; when longer than a line, folded at spaces onto continuation lines
    /// indented by four (a line break inside double quotes reads as one space).
    /// </summary>
    private static string Quote(string text, int start)
    {
        var escaped = new StringBuilder("\"");
        foreach (var ch in text)
        {
            escaped.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                _ when char.IsControl(ch) => "\\u" + ((int)ch).ToString("x4", CultureInfo.InvariantCulture),
                _ => ch.ToString(),
            });
        }
        escaped.Append('"');
        var s = escaped.ToString();
        const int Width = 110;
        if (start == 0 || start + s.Length <= Width)
        {
            return s;
        }
        var result = new StringBuilder();
        var lineStart = 0;
        var room = Width - start;
        while (s.Length - lineStart > room)
        {
            // Break at the last single space that fits (never at a space next to another or at the end).
            var at = s.LastIndexOf(' ', lineStart + room, room);
            while (at > lineStart && (s[at - 1] == ' ' || s[at + 1] == ' '))
            {
                at = s.LastIndexOf(' ', at - 1, at - lineStart);
            }
            if (at <= lineStart)
            {
                at = s.IndexOf(' ', lineStart + room);
                if (at < 0)
                {
                    break;
                }
            }
            result.Append(s, lineStart, at - lineStart).Append("\n    ");
            lineStart = at + 1;
            room = Width - 4;
        }
        return result.Append(s, lineStart, s.Length - lineStart).ToString();
    }
}
