using Kessan.Rendering;
using Kessan.Document;
using Kessan.Rendering.Html;
using Kessan.Rendering.Markdown;

namespace Kessan.Tests.Rendering;

/// <summary>The dispatch every format shares: one node renderer per node type, found by the node's type.</summary>
public sealed class TextRendererTest
{
    private sealed class PlainRenderer(TextWriter writer) : TextRenderer<PlainRenderer>(writer);

    private sealed class PlainText : NodeRenderer<PlainRenderer, TextInline>
    {
        protected override void Write(PlainRenderer renderer, TextInline node) => renderer.Writer.Write(node.Text);
    }

    private sealed class ShoutingText : NodeRenderer<PlainRenderer, TextInline>
    {
        protected override void Write(PlainRenderer renderer, TextInline node) => renderer.Writer.Write(node.Text.ToUpperInvariant());
    }

    private sealed class PlainFigure : NodeRenderer<PlainRenderer, FigureInline>
    {
        protected override void Write(PlainRenderer renderer, FigureInline node) => renderer.Writer.Write("[" + node.FigureId + "=" + node.Text + "]");
    }

    [Fact]
    public void Each_node_goes_to_the_renderer_registered_for_its_type()
    {
        using var w = new StringWriter();
        var r = new PlainRenderer(w).Use(new PlainText()).Use(new PlainFigure());

        r.WriteInlines([new TextInline("Revenues "), new FigureInline("t/r/c", "1,234"), new TextInline(".")]);

        w.ToString().ShouldBe("Revenues [t/r/c=1,234].");
    }

    [Fact]
    public void A_later_registration_for_a_node_type_replaces_the_earlier_one()
    {
        using var w = new StringWriter();
        var r = new PlainRenderer(w).Use(new PlainText()).Use(new ShoutingText());

        r.Write(new TextInline("net"));

        w.ToString().ShouldBe("NET");
    }

    [Fact]
    public void A_node_without_a_renderer_is_a_bug_named_in_the_exception()
    {
        using var w = new StringWriter();
        var r = new PlainRenderer(w).Use(new PlainText());

        var e = Should.Throw<InvalidOperationException>(() => r.Write(new FigureInline("t/r/c", "1,234")));

        e.Message.ShouldBe("PlainRenderer has no renderer for FigureInline.");
        e.Message.ShouldNotContain("1,234");
        w.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void A_node_renderer_reports_the_node_type_it_handles()
    {
        new PlainFigure().NodeType.ShouldBe(typeof(FigureInline));
    }

    public static TheoryData<object> EveryNode() =>
    [
        new TextInline("t"),
        new FigureInline("f", "1"),
        new StrongInline([new TextInline("s")]),
        new EmphasisInline([new TextInline("e")]),
        new LinkInline("http://example.com", [new TextInline("http://example.com")]),
        new HeadingBlock(1, [new TextInline("h")]),
        new ParagraphBlock([new TextInline("p")]),
        new ListBlock([[new TextInline("i")]]),
        new PageBreakBlock(),
        new SectionBlock("s", [new TextInline("s")], []),
        new TableBlock { Id = "t", Rows = [], ColumnCount = 0 },
    ];

    [Theory]
    [MemberData(nameof(EveryNode))]
    public void Markdown_and_html_have_a_renderer_for_every_node_type(object node)
    {
        using var markdown = new StringWriter();
        using var html = new StringWriter();

        new MarkdownRenderer(markdown).Write(node);
        new HtmlRenderer(html).Write(node);

        markdown.ToString().ShouldNotBeEmpty();
        html.ToString().ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_concrete_node_type_is_covered_by_the_renderer_test()
    {
        var nodeTypes = typeof(ReleaseDocument).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Inline)) || t.IsSubclassOf(typeof(Block))))
            .Select(t => t.Name).Order(StringComparer.Ordinal);

        ((IEnumerable<object[]>)EveryNode()).Select(d => d[0].GetType().Name).Order(StringComparer.Ordinal).ShouldBe(nodeTypes);
    }
}
