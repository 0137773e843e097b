using System.Collections.Immutable;
using Kessan.Layout;
using Kessan.Document;
using Kessan.Testing;

namespace Kessan.Tests.Samples;

/// <summary>
/// The comparison itself, on small documents: how a model document is read, how tables are matched and
/// compared, which text lines must be reproduced, and the expected-differences file.
/// </summary>
public partial class ModelDocumentComparisonTest
{
    private const string SmallModel =
        "**Quarterly Report\n" +                          // 1
        "for FY2012**\n" +
        "\n" +
        "Summary\n" +
        "\n" +
        "\tFY2011\tFY2012\tYoY % Change\n" +             // 6
        "\tJPY millions\tJPY millions\t\n" +
        "Revenues\t97,315\t106,248\t9.2\n" +
        "Costs\t77,326\t84,394\t9.1\n" +                 // 9
        "\n" +
        "Revenues were JPY106,248 million, up 9.2% YoY.\n" + // 11
        "\n" +
        "A line without figures.\n" +
        "\n" +
        "Summary\n" +
        "\n" +
        "\t4Q11\t4Q12\n" +                                // 17
        "Revenues\t26,563\t29,558\n";

    private static ImmutableArray<Inline> Text(string text) => [new TextInline(text)];

    private static TableBlock Table(string title, string[][] headers, params string[][] rows) => new()
    {
        Id = title,
        Title = Text(title),
        HeaderRows = [.. headers.Select(h => h.Select(Text).ToImmutableArray())],
        Rows = [.. rows.Select(r => new TableRow(r[0], Text(r[0]), 0, RowStyle.Normal,
            [.. r.Skip(1).Select(c => new TableCell(Text(c), true, null))]))],
        ColumnCount = headers.Length > 0 ? headers[0].Length : rows[0].Length - 1,
    };

    private static ReleaseDocument Release(params Block[] blocks) => new(Text("Quarterly Report for FY2012"), [.. blocks]);

    private static readonly string[][] FullYearHeaders = [["FY2011", "FY2012", "YoY % Change"], ["JPY millions", "JPY millions", ""]];

    [Fact]
    public void A_model_document_reads_runs_of_tab_lines_as_tables_titled_by_the_line_above_and_the_other_lines_as_text()
    {
        var model = ModelDocument.Parse(SmallModel);

        model.Tables.Length.ShouldBe(2);
        var first = model.Tables[0];
        first.Title.ShouldBe("Summary");
        first.Line.ShouldBe(6);
        first.HeaderLines.Select(h => h.Cells.ToArray()).ShouldBe([["FY2011", "FY2012", "YoY % Change"], ["JPY millions", "JPY millions", ""]]);
        first.Rows.Select(r => r.Label).ShouldBe(["Revenues", "Costs"]);
        first.Rows[1].Cells.ShouldBe(["77,326", "84,394", "9.1"]);
        first.Summary.ShouldBe("| FY2011 | FY2012 | YoY % Change / Revenues | 97,315 | 106,248 | 9.2");
        model.Tables[1].Rows.Single().Cells.ShouldBe(["26,563", "29,558"]);
        model.TextLines.Select(l => l.Text).ShouldBe(
            ["Quarterly Report", "for FY2012", "Summary", "Revenues were JPY106,248 million, up 9.2% YoY.", "A line without figures.", "Summary"]);
        model.TextLines[1].Paragraph.ShouldBe("Quarterly Report for FY2012");
    }

    [Theory]
    [InlineData(@"(\$1,128.4 million)", "($1,128.4 million)")]
    [InlineData("**Bold title**  and\u00a0more", "Bold title and more")]
    [InlineData("Filing (*Yuka-shoken-houkokusho*) due", "Filing (Yuka-shoken-houkokusho) due")]
    [InlineData("JPY8.75* (paid)", "JPY8.75* (paid)")]
    [InlineData("*IIJ conducted a split.", "*IIJ conducted a split.")]
    [InlineData("URL: <http://www.ij.ad.jp/en/ir>", "URL: http://www.ij.ad.jp/en/ir")]
    [InlineData(@"a \*literal\* pair", "a *literal* pair")]
    public void Normalising_removes_markdown_escapes_emphasis_and_autolinks_but_keeps_footnote_asterisks(string text, string expected)
    {
        ModelDocument.Normalize(text).ShouldBe(expected);
    }

    [Fact]
    public void A_list_marker_is_not_part_of_a_text_line()
    {
        ModelDocument.Parse("- Revenues increased by 9.2% YoY.").TextLines.Single().Text.ShouldBe("Revenues increased by 9.2% YoY.");
    }

    [Fact]
    public void A_release_table_is_compared_with_the_next_model_table_of_its_title_cell_by_cell()
    {
        var model = ModelDocument.Parse(SmallModel);
        var release = Release(
            new ParagraphBlock(Text("Revenues were JPY106,248 million, up 9.2% YoY.")),
            Table("SUMMARY", FullYearHeaders, ["Revenues", "97,315", "106,248", "9.2"], ["Cost", "77,326", "84,395", "9.1"]));

        var differences = DocumentComparison.Compare(model, release);

        differences.Select(d => d.Key).ShouldBe(
        [
            ("Summary", "Costs", 0, "Costs", "Cost"),
            ("Summary", "Costs", 2, "84,394", "84,395"),
            ("Summary", DocumentDifference.WholeTable, null, "| 4Q11 | 4Q12 / Revenues | 26,563 | 29,558", ""),
        ]);
        differences[1].Line.ShouldBe(9);
    }

    [Fact]
    public void A_second_release_table_of_the_same_title_is_compared_with_the_second_model_table()
    {
        var model = ModelDocument.Parse(SmallModel);
        var release = Release(
            new ParagraphBlock(Text("Revenues were JPY106,248 million, up 9.2% YoY.")),
            Table("Summary", FullYearHeaders, ["Revenues", "97,315", "106,248", "9.2"], ["Costs", "77,326", "84,394", "9.1"]),
            Table("Summary", [["4Q11", "4Q12"]], ["Revenues", "26,563", "29,558"]));

        DocumentComparison.Compare(model, release).ShouldBeEmpty();
    }

    [Fact]
    public void An_untitled_release_table_answers_to_the_section_title_above_it()
    {
        var model = ModelDocument.Parse("Highlights for FY2012\n\nRevenues\tJPY106,248 million\n");
        var table = Table("", [], ["Revenues", "JPY106,248 million"]);
        var release = Release(new SectionBlock("highlights", Text("Highlights for FY2012"), [table]));

        DocumentComparison.Compare(model, release).ShouldBeEmpty();
    }

    [Fact]
    public void Differing_header_and_row_counts_and_a_table_only_the_release_has_are_differences()
    {
        var model = ModelDocument.Parse(SmallModel);
        var release = Release(
            new ParagraphBlock(Text("Revenues were JPY106,248 million, up 9.2% YoY.")),
            Table("Summary", [["FY2011", "FY2012", "YoY % Change"]], ["Revenues", "97,315", "106,248", "9.2"]),
            Table("Summary", [["4Q11", "4Q12"]], ["Revenues", "26,563", "29,558"]),
            Table("Outlook", [], ["Revenues", "117,000"]));

        DocumentComparison.Compare(model, release).Select(d => d.Key).ShouldBe(
        [
            ("Summary", DocumentDifference.HeaderCount, null, "2", "1"),
            ("Summary", DocumentDifference.RowCount, null, "2", "1"),
            ("Outlook", DocumentDifference.WholeTable, null, "", "Revenues | 117,000"),
        ]);
    }

    [Fact]
    public void A_text_line_with_a_digit_must_equal_a_text_of_the_release_and_the_closest_is_shown()
    {
        var model = ModelDocument.Parse(SmallModel);
        var release = Release(
            new ParagraphBlock(Text("Revenues were JPY106,247 million, up 9.2% YoY.")),
            Table("Summary", FullYearHeaders, ["Revenues", "97,315", "106,248", "9.2"], ["Costs", "77,326", "84,394", "9.1"]),
            Table("Summary", [["4Q11", "4Q12"]], ["Revenues", "26,563", "29,558"]));

        var difference = DocumentComparison.Compare(model, release).ShouldHaveSingleItem();

        difference.IsText.ShouldBeTrue();
        difference.Document.ShouldBe("Revenues were JPY106,248 million, up 9.2% YoY.");
        difference.Kessan.ShouldBe("Revenues were JPY106,247 million, up 9.2% YoY.");
        difference.Line.ShouldBe(11);
    }

    [Fact]
    public void The_closest_text_shares_at_least_a_third_of_the_words()
    {
        DocumentComparison.Closest("Financial Target for FY2013", ["Highlights of Financial Results for FY2012", "Financial Target"]).ShouldBe("Financial Target");
        DocumentComparison.Closest("Financial Target for FY2013", ["Highlights of Financial Results for FY2012"]).ShouldBe("");
    }

    [Fact]
    public void Differences_written_as_yaml_read_back_as_the_same_differences()
    {
        var long1 = "\"We finished pretty well,\" said the CEO; revenues were JPY106,248 million (\\ up 9.2% YoY) and "
            + string.Join(' ', Enumerable.Repeat("more words", 30));
        DocumentDifference[] differences =
        [
            new() { Table = "Operating Results Summary", Row = "Network Services", Column = 1, Document = "63,410", Kessan = "63,409" },
            new() { Table = "Segment Results Summary", Row = DocumentDifference.WholeTable, Document = "| FY2011 | FY2012 / Total Revenues | 97,315", Kessan = "" },
            new() { Document = long1, Kessan = "Revenues were JPY106,248 million." },
        ];

        var yaml = string.Concat(differences.Select(d => ExpectedDifferences.ToYaml(d, "footing", "Rounded so that the sums hold: " + long1)));
        var read = ExpectedDifferences.Parse(yaml);

        yaml.Split('\n').ShouldAllBe(line => line.Length <= 112);
        read.Select(e => e.Difference.Key).ShouldBe(differences.Select(d => d.Key));
        read[2].Difference.Kessan.ShouldBe("Revenues were JPY106,248 million.");
        read.ShouldAllBe(e => e.Kind == "footing" && e.Reason == "Rounded so that the sums hold: " + long1);
    }

    [Fact]
    public void A_difference_written_without_kind_and_reason_must_be_completed_before_it_reads()
    {
        var yaml = ExpectedDifferences.ToYaml(new DocumentDifference { Document = "Tel: +81-3-5259-6500", Kessan = "" });

        var e = Should.Throw<FormatException>(() => ExpectedDifferences.Parse(yaml, "x.yaml"));

        e.Message.ShouldBe("x.yaml:2: kind '' is not one of footing, document-error, missing-input, interval, not-reproduced, unit-shown."
            + Environment.NewLine + "x.yaml:3: the reason is empty.");
    }

    [Fact]
    public void Every_problem_of_an_expected_differences_file_is_reported_with_its_line()
    {
        const string yaml = """
            - table: Summary
              row: Costs
              column: two
              document: "84,394"
              kessan: "84,395"
              kind: footing
              reason: Moved.
            - text: "May 15, 2013"
              kind: not-reproduced
              reason: Not laid out.
              colour: red
            - text: "May  15, 2013"
              kind: not-reproduced
              reason: Not laid out.
            - table: Summary
              row: Costs
              kind: footing
              reason: Moved.
            """;

        var e = Should.Throw<FormatException>(() => ExpectedDifferences.Parse(yaml, "x.yaml"));

        e.Message.Split(Environment.NewLine).ShouldBe(
        [
            "x.yaml:3: column 'two' is not a number (0 for the label, 1..n for the values).",
            "x.yaml:11: unknown key 'colour' in a text entry; expected text, closest, kind, reason.",
            "x.yaml:15: the entry has no 'document'.",
            "x.yaml:15: the entry has no 'kessan'.",
            "x.yaml:12: the same difference is listed on lines 8, 12.",
        ]);
    }
}
