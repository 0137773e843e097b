using System.Collections.Immutable;
using Kessan.Layout;
using Kessan.Document;

namespace Kessan.Tests.Rendering;

/// <summary>Small document models built node by node, the inputs of the golden files.</summary>
internal static class Documents
{
    public static ImmutableArray<Inline> Text(string text) => [new TextInline(text)];

    private static TableCell Figure(string id, string text) => new([new FigureInline(id, text)], true, id);

    private static TableCell Words(string text) => new(Text(text), false, null);

    /// <summary>
    /// A short release: a section with a heading, a paragraph mixing text, figures, emphasis and a link,
    /// a list, and a table with two header rows (period and unit), a heading row, indented lines, a
    /// negative, a zero, a total, a text cell, an empty cell and notes; then a page break and a footnote.
    /// </summary>
    public static ReleaseDocument Release() => new(
        Text("Example Corp. Announces FY2012 Results"),
        [
            new SectionBlock("highlights", Text("Highlights of FY2012"),
            [
                new HeadingBlock(1, Text("Revenues")),
                new ParagraphBlock(
                [
                    new TextInline("Revenues were JPY"),
                    new FigureInline("narrative/1", "106,248"),
                    new TextInline(" million, "),
                    new StrongInline([new FigureInline("narrative/2", "up 9.2% YoY")]),
                    new TextInline(" ("),
                    new EmphasisInline([new TextInline("unaudited")]),
                    new TextInline("). Details: "),
                    new LinkInline("http://example.com/ir", Text("http://example.com/ir")),
                ]),
                new ListBlock(
                [
                    [new TextInline("Network services grew "), new FigureInline("narrative/3", "2.9"), new TextInline("%.")],
                    Text("Systems integration grew."),
                ]),
                new TableBlock
                {
                    Id = "results",
                    Title = Text("Operating Results Summary"),
                    Captions = [Text("(Unaudited)")],
                    LabelHeader = [ImmutableArray<Inline>.Empty, Text("Line item")],
                    HeaderRows =
                    [
                        [Text("FY2011"), Text("FY2012"), Text("YoY")],
                        [Text("JPY millions"), Text("JPY millions"), Text("% Change")],
                    ],
                    Rows =
                    [
                        new TableRow("revenues-heading", Text("Revenues:"), 0, RowStyle.Heading,
                            [TableCell.Empty, TableCell.Empty, TableCell.Empty]),
                        new TableRow("ns", Text("Network services"), 1, RowStyle.Normal,
                            [Figure("results/ns/FY2011", "63,410"), Figure("results/ns/FY2012", "65,232"), Figure("results/ns/yoy", "2.9")]),
                        new TableRow("atm", Text("ATM operation*1"), 1, RowStyle.Normal,
                            [Figure("results/atm/FY2011", "(194)"), Figure("results/atm/FY2012", "-"), Words("n.m.")]),
                        new TableRow("total", Text("Total revenues"), 0, RowStyle.Total,
                            [Figure("results/total/FY2011", "63,216"), Figure("results/total/FY2012", "65,232"), Figure("results/total/yoy", "3.2")]),
                    ],
                    Notes = [Text("*1 Not meaningful."), Text("Figures are rounded to the nearest million.")],
                    ColumnCount = 3,
                },
            ]),
            new PageBreakBlock(),
            new ParagraphBlock(Text("¹ Prepared in accordance with U.S. GAAP.")),
        ]);

    /// <summary>Text full of characters Markdown and HTML treat specially, in a paragraph, a heading, a table and a list.</summary>
    public static ReleaseDocument Escaping() => new(
        Text("R&D <draft> \"Q4\" | 'final'"),
        [
            new HeadingBlock(1, Text("Costs *and* _margins_ [1] # 2")),
            new ParagraphBlock(Text("A backslash \\, a pipe | and a star * between US$5 and US$6; <b>bold?</b> & \"quoted\" 'single' `code`.")),
            new TableBlock
            {
                Id = "special",
                LabelHeader = [Text("Item | kind")],
                HeaderRows = [[Text("A|B"), Text("<C> & \"D\"")]],
                Rows =
                [
                    new TableRow("r1", Text("Cost * rate | net"), 0, RowStyle.Normal,
                        [new TableCell([new FigureInline("special/r1/a", "1,234")], true, "special/r1/a"), Words("a|b <i> & c")]),
                ],
                ColumnCount = 2,
            },
            new ListBlock([Text("[not a link](http://example.com) and <http://example.com>")]),
        ]);

    /// <summary>A short release in Japanese (決算短信, "summary of financial results"): a title, a paragraph and a table with Japanese labels.</summary>
    public static ReleaseDocument Japanese() => new(
        Text("決算短信〔米国基準〕（連結）"),
        [
            new SectionBlock("summary", Text("連結業績"),
            [
                new ParagraphBlock([new TextInline("売上高は"), new FigureInline("narrative/1", "106,248"), new TextInline("百万円となりました。")]),
                new TableBlock
                {
                    Id = "results",
                    HeaderRows = [[Text("前期"), Text("当期")]],
                    Rows =
                    [
                        new TableRow("revenues", Text("売上高"), 0, RowStyle.Normal,
                            [Figure("results/revenues/FY2011", "97,315"), Figure("results/revenues/FY2012", "106,248")]),
                        new TableRow("operating", Text("営業利益"), 0, RowStyle.Normal,
                            [Figure("results/operating/FY2011", "6,353"), Figure("results/operating/FY2012", "7,753")]),
                    ],
                    ColumnCount = 2,
                },
            ]),
        ]);
}
