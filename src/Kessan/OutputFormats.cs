using System.Collections.Immutable;
using Kessan.Rendering;
using Kessan.Rendering.Excel;
using Kessan.Rendering.Html;
using Kessan.Rendering.Json;
using Kessan.Rendering.Markdown;
using Kessan.Rendering.Pdf;
using Kessan.Xbrl.Inline;
using Kessan.Xbrl.Writing;

namespace Kessan;

/// <summary>The formats Kessan writes, in the order they are written and listed.</summary>
public static class OutputFormats
{
    /// <summary>Every format, by name, in order.</summary>
    public static ImmutableArray<IOutputFormat> All { get; } =
    [
        new MarkdownFormat(),
        new HtmlFormat(),
        new PdfFormat(),
        new FiguresJsonFormat(),
        new XlsxFormat(),
        new XbrlFormat(),
        new IxbrlFormat(),
        new XbrlSchemaFormat(),
    ];

    /// <summary>The format with a name, or null.</summary>
    public static IOutputFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// <paramref name="formats"/> in the order to start writing them side by side: by <see cref="IOutputFormat.Weight"/>,
    /// heaviest first (the longest-first rule: the last to start is short, so none is left running alone at the end),
    /// formats of one weight in their given order.
    /// </summary>
    public static IReadOnlyList<IOutputFormat> HeaviestFirst(IEnumerable<IOutputFormat> formats) =>
        [.. formats.OrderByDescending(f => f.Weight)];

    /// <summary>
    /// <paramref name="formats"/> with every format they require (<see cref="IDependentOutputFormat"/>) among
    /// <paramref name="known"/>, transitively: the formats asked for in their order, then the required ones in
    /// the order of <paramref name="known"/>. Each format appears once.
    /// </summary>
    public static IReadOnlyList<IOutputFormat> WithRequired(IEnumerable<IOutputFormat> formats, IReadOnlyList<IOutputFormat> known)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(known);
        var result = formats.Distinct().ToList();
        var required = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is IDependentOutputFormat dependent)
            {
                required.UnionWith(dependent.Requires);
                foreach (var f in known.Where(k => required.Contains(k.Name) && !result.Contains(k)))
                {
                    result.Add(f);
                }
            }
        }
        return result;
    }
}
