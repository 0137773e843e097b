using System.Text;
using Kessan.Layout;
using Kessan.Document;

namespace Kessan.Rendering.Markdown;

/// <summary>Renders the document model as GitHub-flavoured Markdown (pipe tables, numbers right-aligned).</summary>
public sealed class MarkdownRenderer : TextRenderer<MarkdownRenderer>
{
    /// <summary>Creates a renderer with the standard node renderers.</summary>
    public MarkdownRenderer(TextWriter writer) : base(writer)
    {
        Use(new MarkdownText()).Use(new MarkdownFigure()).Use(new MarkdownStrong()).Use(new MarkdownEmphasis()).Use(new MarkdownLink());
        Use(new MarkdownHeading()).Use(new MarkdownParagraph()).Use(new MarkdownList()).Use(new MarkdownTable()).Use(new MarkdownSection())
            .Use(new MarkdownPageBreak());
    }

    private MarkdownRenderer(TextWriter writer, MarkdownRenderer registrations) : base(writer, registrations)
    {
    }

    /// <summary>Renders a whole document to a string.</summary>
    public static string Render(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var w = new StringWriter { NewLine = "\n" };
        var r = new MarkdownRenderer(w);
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

internal sealed class MarkdownText : NodeRenderer<MarkdownRenderer, TextInline>
{
    protected override void Write(MarkdownRenderer r, TextInline node) => r.Writer.Write(MarkdownRenderer.Escape(node.Text));
}

internal sealed class MarkdownFigure : NodeRenderer<MarkdownRenderer, FigureInline>
{
    protected override void Write(MarkdownRenderer r, FigureInline node) => r.Writer.Write(MarkdownRenderer.Escape(node.Text));
}

internal sealed class MarkdownStrong : NodeRenderer<MarkdownRenderer, StrongInline>
{
    protected override void Write(MarkdownRenderer r, StrongInline node)
    {
        r.Writer.Write("**");
        r.WriteInlines(node.Content);
        r.Writer.Write("**");
    }
}

internal sealed class MarkdownEmphasis : NodeRenderer<MarkdownRenderer, EmphasisInline>
{
    protected override void Write(MarkdownRenderer r, EmphasisInline node)
    {
        r.Writer.Write('*');
        r.WriteInlines(node.Content);
        r.Writer.Write('*');
    }
}

internal sealed class MarkdownLink : NodeRenderer<MarkdownRenderer, LinkInline>
{
    protected override void Write(MarkdownRenderer r, LinkInline node) => r.Writer.Write("<" + node.Url + ">");
}

internal sealed class MarkdownHeading : NodeRenderer<MarkdownRenderer, HeadingBlock>
{
    protected override void Write(MarkdownRenderer r, HeadingBlock node)
    {
        r.Writer.Write(new string('#', Math.Min(6, node.Level + 1)) + " ");
        r.WriteInlines(node.Content);
        r.Writer.Write("\n\n");
    }
}

internal sealed class MarkdownParagraph : NodeRenderer<MarkdownRenderer, ParagraphBlock>
{
    protected override void Write(MarkdownRenderer r, ParagraphBlock node)
    {
        r.Writer.Write(MarkdownRenderer.EscapeLineStarts(r.InlineText(node.Content)));
        r.Writer.Write("\n\n");
    }
}

internal sealed class MarkdownList : NodeRenderer<MarkdownRenderer, ListBlock>
{
    protected override void Write(MarkdownRenderer r, ListBlock node)
    {
        foreach (var item in node.Items)
        {
            r.Writer.Write("- ");
            r.Writer.Write(MarkdownRenderer.EscapeLineStarts(r.InlineText(item)).Replace("\n", "\n  ", StringComparison.Ordinal));
            r.Writer.Write('\n');
        }
        r.Writer.Write('\n');
    }
}

internal sealed class MarkdownSection : NodeRenderer<MarkdownRenderer, SectionBlock>
{
    protected override void Write(MarkdownRenderer r, SectionBlock node)
    {
        if (!node.Title.IsEmpty)
        {
            r.Writer.Write("## ");
            r.WriteInlines(node.Title);
            r.Writer.Write("\n\n");
        }
        r.WriteAll(node.Blocks);
    }
}

internal sealed class MarkdownPageBreak : NodeRenderer<MarkdownRenderer, PageBreakBlock>
{
    protected override void Write(MarkdownRenderer r, PageBreakBlock node) => r.Writer.Write("---\n\n");
}

internal sealed class MarkdownTable : NodeRenderer<MarkdownRenderer, TableBlock>
{
    protected override void Write(MarkdownRenderer r, TableBlock node)
    {
        var w = r.Writer;
        if (!node.Title.IsEmpty)
        {
            w.Write("**");
            r.WriteInlines(node.Title);
            w.Write("**\n\n");
        }
        foreach (var caption in node.Captions)
        {
            r.WriteInlines(caption);
            w.Write("\n\n");
        }
        // GitHub-flavoured Markdown has one header row: header lines are joined with <br>.
        var header = Enumerable.Range(0, node.ColumnCount)
            .Select(c => string.Join("<br>", node.HeaderRows.Select(h => r.CellText(h[c])).Where(s => s.Length > 0)))
            .ToList();
        var labelHeader = string.Join("<br>", node.LabelHeader.Select(x => r.CellText(x)).Where(s => s.Length > 0));
        w.Write("| " + labelHeader + " |" + string.Concat(header.Select(h => " " + h + " |")) + "\n");
        var numeric = Enumerable.Range(0, node.ColumnCount).Select(c => node.Rows.Any(row => row.Cells[c].Numeric)).ToList();
        w.Write("|---|" + string.Concat(numeric.Select(n => n ? "---:|" : "---|")) + "\n");
        foreach (var row in node.Rows)
        {
            var label = r.CellText(row.Label);
            label = string.Concat(Enumerable.Repeat("&emsp;", row.Indent)) + (row.Style == RowStyle.Heading || row.Style == RowStyle.Total ? Bold(label) : label);
            w.Write("| " + label + " |");
            foreach (var cell in row.Cells)
            {
                var text = r.CellText(cell.Content);
                w.Write(" " + (row.Style == RowStyle.Total && text.Length > 0 ? Bold(text) : text) + " |");
            }
            w.Write('\n');
        }
        w.Write('\n');
        foreach (var note in node.Notes)
        {
            r.WriteInlines(note);
            w.Write("\n\n");
        }
    }

    private static string Bold(string text) => text.Trim().Length == 0 ? text : "**" + text + "**";
}
