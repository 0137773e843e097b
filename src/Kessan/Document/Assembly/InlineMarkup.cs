using System.Buffers;
using System.Collections.Immutable;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using M = Markdig.Syntax.Inlines;

namespace Kessan.Document.Assembly;

/// <summary>
/// The inline Markdown of a template's literal text, read as CommonMark (Markdig) with nothing but paragraphs:
/// strong and emphasised spans, code spans (as their text), entities and backslash escapes, links and autolinks.
/// Raw HTML is text (it is shown, never kept as markup); only http, https and mailto addresses make links, and any
/// other link or an image stays the text it was written as, so that a release never links where a reader cannot
/// see. What the template fills in (figures, settings, claims) takes part as holes: a figure can be strong or a
/// link's text, but its text is never read as Markdown.
/// </summary>
internal static class InlineMarkup
{
    /// <summary>Marks a hole in the text given to <see cref="Parse(string, IReadOnlyList{Inline})"/>; no package text holds it.</summary>
    public const char Hole = '\u0001';

    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>The inlines of <paramref name="text"/>: text, with its strong, emphasised and linked spans.</summary>
    public static ImmutableArray<Inline> Parse(string text) => Parse(text.Replace(Hole, '\uFFFD'), []);

    /// <summary>
    /// The inlines of <paramref name="text"/>, each <see cref="Hole"/> in it replaced in order by the next of
    /// <paramref name="holes"/>.
    /// </summary>
    public static ImmutableArray<Inline> Parse(string text, IReadOnlyList<Inline> holes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(holes);
        return IsPlain(text) ? Unparsed(text, holes) : ParseMarkdown(text, holes);
    }

    // What CommonMark reads inline: emphasis, code spans, links and images, autolinks, entities, escapes, line breaks
    // (and U+0000, which it replaces). A cell label or a sentence without any of them is most of a release.
    private static readonly SearchValues<char> Markup = SearchValues.Create("*_`[]<>&\\!~\n\r\0");

    /// <summary>
    /// True when <paramref name="text"/> reads as itself: nothing in it is inline markup, and it has no white space at
    /// its ends for a paragraph to trim. Markdig would return it as one literal; reading it is skipped.
    /// </summary>
    internal static bool IsPlain(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && !text.AsSpan().ContainsAny(Markup);

    /// <summary>The inlines of <paramref name="text"/> as Markdig reads them, holes filled.</summary>
    internal static ImmutableArray<Inline> ParseMarkdown(string text, IReadOnlyList<Inline> holes)
    {
        var document = Markdown.Parse(text, Pipeline);
        if (document.Descendants<LinkReferenceDefinition>().Any())
        {
            // "[x]: https://..." alone would define a link and vanish; in a release it is text.
            text = "\\" + text.TrimStart();
            document = Markdown.Parse(text, Pipeline);
        }
        var reader = new Reader(text, holes);
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var paragraph in document.OfType<LeafBlock>())
        {
            if (paragraph.Inline is { } inline)
            {
                reader.AddChildren(inline, result);
            }
        }
        return reader.UsedAllHoles ? Join(result) : Unparsed(text, holes);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new ParagraphBlockParser());
        return builder.Build();
    }

    /// <summary>The text as it is, holes filled: what a template shows if its markup could not be read whole.</summary>
    private static ImmutableArray<Inline> Unparsed(string text, IReadOnlyList<Inline> holes)
    {
        var reader = new Reader(text, holes);
        var result = ImmutableArray.CreateBuilder<Inline>();
        reader.AddText(text, result);
        return Join(result);
    }

    private static ImmutableArray<Inline> Join(ImmutableArray<Inline>.Builder inlines)
    {
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Count);
        foreach (var i in inlines)
        {
            if (i is TextInline t && result.Count > 0 && result[^1] is TextInline prev)
            {
                result[^1] = new TextInline(prev.Text + t.Text);
            }
            else if (i is not TextInline { Text.Length: 0 })
            {
                result.Add(i);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Turns Markdig's inlines into the document's, filling holes in the order they come.</summary>
    private sealed class Reader(string source, IReadOnlyList<Inline> holes)
    {
        private int next;

        public bool UsedAllHoles => next == holes.Count;

        public void AddChildren(M.ContainerInline container, ImmutableArray<Inline>.Builder into)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Add(child, into);
            }
        }

        public void AddText(string text, ImmutableArray<Inline>.Builder into)
        {
            var at = 0;
            for (var i = text.IndexOf(Hole, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Hole, at))
            {
                into.Add(new TextInline(text[at..i]));
                into.Add(next < holes.Count ? holes[next] : new TextInline(""));
                next++;
                at = i + 1;
            }
            into.Add(new TextInline(text[at..]));
        }

        private void Add(M.Inline inline, ImmutableArray<Inline>.Builder into)
        {
            switch (inline)
            {
                case M.LiteralInline literal:
                    AddText(literal.Content.ToString(), into);
                    break;
                case M.EmphasisInline emphasis:
                    var content = ImmutableArray.CreateBuilder<Inline>();
                    AddChildren(emphasis, content);
                    into.Add(emphasis.DelimiterCount >= 2 ? new StrongInline(Join(content)) : new EmphasisInline(Join(content)));
                    break;
                case M.LinkInline { IsImage: false } link when LinkTargets.Allowed(link.Url) is { } url:
                    var text = ImmutableArray.CreateBuilder<Inline>();
                    AddChildren(link, text);
                    into.Add(new LinkInline(url, Join(text)));
                    break;
                case M.AutolinkInline autolink when LinkTargets.Allowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url) is { } url:
                    var shown = ImmutableArray.CreateBuilder<Inline>();
                    AddText(autolink.Url, shown);
                    into.Add(new LinkInline(url, Join(shown)));
                    break;
                case M.CodeInline code:
                    AddText(code.Content, into);
                    break;
                case M.HtmlEntityInline entity:
                    into.Add(new TextInline(entity.Transcoded.ToString()));
                    break;
                case M.LineBreakInline:
                    into.Add(new TextInline(" "));
                    break;
                case M.ContainerInline container when inline is not M.LinkInline:
                    AddChildren(container, into);
                    break;
                default:
                    // An image, a link to anywhere else, raw markup: the text as written.
                    AddText(Source(inline), into);
                    break;
            }
        }

        private string Source(M.Inline inline) =>
            inline.Span.Start >= 0 && inline.Span.End < source.Length && inline.Span.End >= inline.Span.Start
                ? source.Substring(inline.Span.Start, inline.Span.Length)
                : "";
    }
}
