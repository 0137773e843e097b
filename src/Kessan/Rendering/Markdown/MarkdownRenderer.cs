using System.Text;
using Kessan.Document;
using Kessan.Rendering.Markdown.Renderers;

namespace Kessan.Rendering.Markdown;

/// <summary>Renders the document model as GitHub-flavoured Markdown (pipe tables, numbers right-aligned).</summary>
/// <remarks>One node renderer per node type (<c>Renderers/</c>). Not thread-safe: one renderer writes one document.</remarks>
public sealed class MarkdownRenderer : TextRenderer<MarkdownRenderer>
{
    /// <summary>Creates a renderer with the standard node renderers.</summary>
    public MarkdownRenderer(TextWriter writer) : base(writer)
    {
        Use(new TextInlineRenderer()).Use(new FigureInlineRenderer()).Use(new StrongInlineRenderer()).Use(new EmphasisInlineRenderer())
            .Use(new LinkInlineRenderer());
        Use(new HeadingBlockRenderer()).Use(new ParagraphBlockRenderer()).Use(new ListBlockRenderer()).Use(new TableBlockRenderer())
            .Use(new SectionBlockRenderer()).Use(new PageBreakBlockRenderer());
    }

    private MarkdownRenderer(TextWriter writer, MarkdownRenderer registrations) : base(writer, registrations)
    {
    }

    /// <summary>The charts drawn after each section, by section id: the Markdown names them where they stand.</summary>
    internal ILookup<string, ReleaseChart> Charts { get; private init; } = Array.Empty<ReleaseChart>().ToLookup(c => c.SectionId);

    /// <summary>Renders a whole document to a string, with a reference to each of <paramref name="charts"/> after its section.</summary>
    public static string Render(ReleaseDocument document, IEnumerable<ReleaseChart>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var w = new StringWriter { NewLine = "\n" };
        var r = new MarkdownRenderer(w) { Charts = (charts ?? []).ToLookup(c => c.SectionId, StringComparer.Ordinal) };
        w.Write("# ");
        r.WriteInlines(document.Title);
        w.Write("\n\n");
        r.WriteAll(document.Blocks);
        return w.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Inline content as a string (for table cells).</summary>
    public string InlineText(IEnumerable<Inline> inlines)
    {
        using var w = new StringWriter { NewLine = "\n" };
        var r = new MarkdownRenderer(w, this);
        r.WriteInlines(inlines);
        return w.ToString();
    }

    /// <summary>
    /// Escapes Markdown's special characters in plain text, including <c>$</c>, which GitHub reads as the
    /// start of inline math (two dollar amounts in one paragraph would otherwise render as a formula), and
    /// an <c>&amp;</c> that would start an HTML entity (<c>&amp;copy;</c>).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '|' or '[' or ']' or '<' or '>' or '$' || (c == '&' && StartsEntity(text, i)))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Makes rendered inline text safe as the content of a block: a line that would start a heading, a
    /// list item or a thematic break (<c>#</c>, <c>-</c>, <c>+</c>, <c>=</c>, <c>1.</c>, <c>1)</c>) gets its
    /// marker escaped, so text reads as written.
    /// </summary>
    public static string EscapeLineStarts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            var rest = line[indent..];
            if (rest.Length == 0)
            {
                continue;
            }
            if (rest[0] is '#' or '-' or '+' or '=')
            {
                lines[i] = line[..indent] + "\\" + rest;
                continue;
            }
            var digits = 0;
            while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }
            if (digits > 0 && digits < rest.Length && rest[digits] is '.' or ')' && (digits + 1 == rest.Length || rest[digits + 1] == ' '))
            {
                lines[i] = line[..(indent + digits)] + "\\" + rest[digits..];
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>Inline text for a table cell: a line break becomes <c>&lt;br&gt;</c>, which keeps the row on one line.</summary>
    public string CellText(IEnumerable<Inline> inlines) => InlineText(inlines).Replace("\n", "<br>", StringComparison.Ordinal);

    private static bool StartsEntity(string text, int at)
    {
        var i = at + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }
        return i > start && i < text.Length && text[i] == ';';
    }
}
