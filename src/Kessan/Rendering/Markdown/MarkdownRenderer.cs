using System.Text;
using Kessan.Derivation.Layout;
using Kessan.Rendering.Document;

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
    /// start of inline math (two dollar amounts in one paragraph would otherwise render as a formula).
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '|' or '[' or ']' or '<' or '>' or '$')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
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
        r.WriteInlines(node.Content);
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
            r.WriteInlines(item);
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
            .Select(c => string.Join("<br>", node.HeaderRows.Select(h => r.InlineText(h[c])).Where(s => s.Length > 0)))
            .ToList();
        var labelHeader = string.Join("<br>", node.LabelHeader.Select(x => r.InlineText(x)).Where(s => s.Length > 0));
        w.Write("| " + labelHeader + " |" + string.Concat(header.Select(h => " " + h + " |")) + "\n");
        var numeric = Enumerable.Range(0, node.ColumnCount).Select(c => node.Rows.Any(row => row.Cells[c].Numeric)).ToList();
        w.Write("|---|" + string.Concat(numeric.Select(n => n ? "---:|" : "---|")) + "\n");
        foreach (var row in node.Rows)
        {
            var label = r.InlineText(row.Label);
            label = string.Concat(Enumerable.Repeat("&emsp;", row.Indent)) + (row.Style == RowStyle.Heading || row.Style == RowStyle.Total ? Bold(label) : label);
            w.Write("| " + label + " |");
            foreach (var cell in row.Cells)
            {
                var text = r.InlineText(cell.Content);
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
