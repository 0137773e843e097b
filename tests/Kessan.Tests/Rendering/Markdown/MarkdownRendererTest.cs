using Kessan.Layout;
using Kessan.Document;
using Kessan.Rendering.Markdown;

namespace Kessan.Tests.Rendering.Markdown;

public sealed class MarkdownRendererTest
{
    [Fact]
    public void A_release_renders_as_the_golden_markdown() =>
        MarkdownRenderer.Render(Documents.Release()).ShouldMatchGolden("release.md");

    [Fact]
    public void Special_characters_render_as_the_golden_markdown() =>
        MarkdownRenderer.Render(Documents.Escaping()).ShouldMatchGolden("escaping.md");

    [Fact]
    public void Numeric_columns_are_right_aligned_and_text_columns_are_not()
    {
        var lines = MarkdownRenderer.Render(Documents.Release()).Split('\n');

        // Every column of the results table has a figure in some row, so all three are right-aligned.
        lines.ShouldContain("|---|---:|---:|---:|");
        var special = MarkdownRenderer.Render(Documents.Escaping()).Split('\n');
        special.ShouldContain("|---|---:|---|");
    }

    [Fact]
    public void Header_rows_are_joined_into_one_markdown_header_with_their_units()
    {
        var lines = MarkdownRenderer.Render(Documents.Release()).Split('\n');

        lines.ShouldContain("| Line item | FY2011<br>JPY millions | FY2012<br>JPY millions | YoY<br>% Change |");
    }

    [Fact]
    public void Totals_are_bold_and_indented_lines_are_indented()
    {
        var lines = MarkdownRenderer.Render(Documents.Release()).Split('\n');

        lines.ShouldContain("| **Total revenues** | **63,216** | **65,232** | **3.2** |");
        lines.ShouldContain("| &emsp;ATM operation\\*1 | (194) | - | n.m. |");
        lines.ShouldContain("| **Revenues:** |  |  |  |");
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("2 * 3", "2 \\* 3")]
    [InlineData("_x_", "\\_x\\_")]
    [InlineData("[x]", "\\[x\\]")]
    [InlineData("<x>", "\\<x\\>")]
    [InlineData("`x`", "\\`x\\`")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("US$5", "US\\$5")]
    [InlineData("R&D, 9.2% (194)", "R&D, 9.2% (194)")]
    [InlineData("&copy; &#169; &x", "\\&copy; \\&#169; &x")]
    [InlineData("", "")]
    public void Escape_backslashes_every_character_markdown_would_interpret(string text, string escaped) =>
        MarkdownRenderer.Escape(text).ShouldBe(escaped);

    [Fact]
    public void Two_dollar_amounts_in_a_paragraph_cannot_open_inline_math()
    {
        var document = new ReleaseDocument(Documents.Text("T"),
            [new ParagraphBlock([new TextInline("($"), new FigureInline("n/1", "1,128.4"), new TextInline(" million) and ($"), new FigureInline("n/2", "82.3"), new TextInline(" million)")])]);

        var markdown = MarkdownRenderer.Render(document);

        markdown.ShouldBe("# T\n\n(\\$1,128.4 million) and (\\$82.3 million)\n");
    }

    [Theory]
    [InlineData("1. Consolidated Financial Results", "1\\. Consolidated Financial Results")]
    [InlineData("2) Others: No", "2\\) Others: No")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not an item", "\\- not an item")]
    [InlineData("+ not an item", "\\+ not an item")]
    [InlineData("Revenues were JPY1.2 billion.\n2. Next", "Revenues were JPY1.2 billion.\n2\\. Next")]
    [InlineData("2013. Results", "2013\\. Results")] // CommonMark lists may start at any number of up to 9 digits
    [InlineData("FY2012 results", "FY2012 results")]
    public void A_paragraph_line_that_would_start_a_list_or_heading_keeps_its_text(string text, string expected)
    {
        var document = new ReleaseDocument(Documents.Text("T"), [new ParagraphBlock(Documents.Text(text))]);

        MarkdownRenderer.Render(document).ShouldBe("# T\n\n" + expected + "\n");
    }

    [Fact]
    public void A_line_break_inside_a_table_cell_keeps_the_row_on_one_line()
    {
        var table = new TableBlock
        {
            Id = "t",
            ColumnCount = 1,
            HeaderRows = [[Documents.Text("FY2012\nJPY millions")]],
            Rows = [new TableRow("revenues", Documents.Text("Revenues\n(note 1)"), 0, RowStyle.Normal, [new TableCell(Documents.Text("106,248"), true, null)])],
        };
        var markdown = MarkdownRenderer.Render(new ReleaseDocument(Documents.Text("T"), [table]));

        markdown.ShouldContain("| FY2012<br>JPY millions |");
        markdown.ShouldContain("| Revenues<br>(note 1) | 106,248 |");
    }

    [Fact]
    public void A_pipe_inside_a_table_cell_does_not_split_the_cell()
    {
        var markdown = MarkdownRenderer.Render(Documents.Escaping());

        var row = markdown.Split('\n').Single(l => l.StartsWith("| Cost", StringComparison.Ordinal));
        // Unescaped pipes delimit cells: the label, a figure and a text cell make four delimiters.
        CountUnescapedPipes(row).ShouldBe(4, row);
    }

    [Fact]
    public void Output_ends_with_exactly_one_newline_and_has_no_carriage_returns()
    {
        var markdown = MarkdownRenderer.Render(Documents.Release());

        markdown.ShouldEndWith("\n");
        markdown.ShouldNotEndWith("\n\n");
        markdown.ShouldNotContain('\r');
    }

    [Fact]
    public void A_table_without_title_or_header_text_still_has_a_header_and_delimiter_row()
    {
        var document = new ReleaseDocument(Documents.Text("T"),
        [
            new TableBlock
            {
                Id = "bare",
                Rows = [new TableRow("r", Documents.Text("Row"), 0, RowStyle.Normal, [new TableCell([new FigureInline("bare/r/c", "(1.5)")], true, "bare/r/c")])],
                ColumnCount = 1,
            },
        ]);

        MarkdownRenderer.Render(document).ShouldBe("# T\n\n|  |  |\n|---|---:|\n| Row | (1.5) |\n");
    }

    private static int CountUnescapedPipes(string row)
    {
        var n = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                n++;
            }
        }
        return n;
    }
}
