using System.Text;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN101 malformed CSV, and the CSV forms a fact file may take (line endings, BOM, comments, quoted
// cells) with the line and column of every cell kept right.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("concept,FY2012\nRevenues,1\"000\nOperatingIncome,5\n", 2)]                       // stray quote in a value
    [InlineData("concept,FY2012,note\nRevenues,5,the \"big\" one\nOperatingIncome,5,\n", 2)]       // stray quotes in a note
    [InlineData("concept,FY2012\nRevenues,\"1,000\"x\nOperatingIncome,5\n", 2)]                   // text after the closing quote
    [InlineData("concept,FY2012\nOperatingIncome,5\nRevenues,\"1,000\"\"\n", 3)]                  // quote never closed, last line
    public void A_misplaced_quote_is_reported_at_its_line_and_the_row_is_left_out(string csv, int line)
    {
        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.CsvSyntax, FactsPath, line);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.Find("Revenues", P("FY2012")).ShouldBeNull();
        facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(5_000m);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_at_the_line_where_it_opens()
    {
        var csv = "concept,FY2012,note\nOperatingIncome,5,\nRevenues,7,\"unfinished\nCash,8,\nTotalEquity,9,\n";

        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.CsvSyntax, FactsPath, 3);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.Find("Revenues", P("FY2012")).ShouldBeNull();
        facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("concept,FY2012\nRevenues,1,234\n", "3 cells but the header has 2")]                 // unquoted thousands separator
    [InlineData("concept,FY2011,FY2012\nRevenues,5\n", "2 cells but the header has 3")]
    [InlineData("concept,FY2012\nRevenues,5,\n", "3 cells but the header has 2")]                    // trailing comma
    public void A_row_whose_cell_count_differs_from_the_header_is_reported_at_its_line(string csv, string message)
    {
        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.CsvSyntax, FactsPath, 2, 0)
            .Message.ShouldContain(message);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("concept,FY2012,note\nRevenues,5,")]
    [InlineData("concept,FY2012\nRevenues,")]
    [InlineData("concept,FY2012\nRevenues,5\nOperatingIncome,")]
    public void A_file_that_ends_right_after_a_comma_ends_with_an_empty_cell(string csv)
    {
        // Found by the fuzz script (tools/fuzz.sh): the last cell of a file ending in a comma was read past the end.
        var result = LoadFacts(csv);

        result.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.CsvSyntax);
    }

    [Fact]
    public void A_row_of_a_single_cell_is_reported_with_the_singular()
    {
        var result = LoadFacts("concept,FY2012\nRevenues\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.CsvSyntax, FactsPath, 2, 0)
            .Message.ShouldContain("This line has 1 cell but the header has 2");
    }

    [Fact]
    public void A_line_of_spaces_is_blank()
    {
        var result = LoadFacts("concept,FY2012\n   \nRevenues,5\n\t\nRevenue,6\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 5, 1);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(1);
    }

    [Fact]
    public void Crlf_line_endings_keep_lines_and_columns()
    {
        var package = LoadFactsClean("concept,FY2011,FY2012\r\nRevenues,1,2\r\nOperatingIncome,3,4\r\n");

        var fact = package.Facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe(4_000m);
        fact.Source.ShouldBe(new SourceLocation(FactsPath, 3, 19));
    }

    [Fact]
    public void Carriage_return_line_endings_keep_lines_and_columns()
    {
        var result = LoadFacts("concept,note,FY2012\rRevenues,\"a\rb\",5\rRevenue,,6\r");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 4, 1);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull()
            .Source.ShouldBe(new SourceLocation(FactsPath, 3, 4));
    }

    [Fact]
    public void Crlf_line_endings_keep_the_line_of_a_problem()
    {
        var result = LoadFacts("concept,FY2011,FY2012\r\nRevenues,1,2\r\nRevenue,3,4\r\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 3, 1);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var result = LoadFacts("\uFEFFconcept,FY2012\nRevenues,5\nRevenue,6\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 3, 1);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull()
            .Source.ShouldBe(new SourceLocation(FactsPath, 2, 10));
    }

    [Fact]
    public void Comment_and_blank_lines_keep_the_line_numbers_of_later_rows()
    {
        var csv = """
            # Statements of income, thousands of yen.
            # Source: the "summary" sheet.

            concept,FY2011,FY2012
            Revenues,1,2

            # Operating income follows.
            OperatingIncome,3,abc

            Revenue,4,5

            """;

        var result = LoadFacts(csv);

        result.Diagnostics.Length.ShouldBe(2, string.Join(" | ", result.Diagnostics));
        result.Diagnostics[0].ShouldBeAt(DiagnosticCodes.BadNumber, FactsPath, 8, 19);
        result.Diagnostics[1].ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 10, 1);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull()
            .Source.ShouldBe(new SourceLocation(FactsPath, 5, 12));
    }

    [Fact]
    public void A_comment_with_an_odd_number_of_quotes_does_not_swallow_the_next_lines()
    {
        var csv = "# A 12\" ruler is not a fact.\nconcept,FY2012\nRevenues,5\nRevenue,6\n";

        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 4, 1);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
    }

    [Fact]
    public void A_quoted_cell_spanning_two_lines_keeps_the_lines_of_later_rows()
    {
        var csv = "concept,FY2012,note\nRevenues,5,\"first line\nsecond line\"\nOperatingIncome,6,\nRevenue,7,\n";

        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 5, 1);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull().Source.ShouldBe(new SourceLocation(FactsPath, 4, 17));
        facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Reports[0].Note.ShouldBe("first line\nsecond line");
    }

    [Fact]
    public void A_cell_after_a_quoted_cell_spanning_two_lines_is_located_on_the_second_line()
    {
        var result = LoadFacts("concept,note,FY2012\nRevenues,\"a\nb\",abc\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadNumber, FactsPath, 3, 4);
    }

    [Fact]
    public void Cells_after_quoted_cells_with_commas_and_doubled_quotes_are_located_right()
    {
        var csv = "concept,note,FY2011,FY2012\nRevenues,\"the \"\"big\"\", one\",\"1,000\",abc\n";

        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadNumber, FactsPath, 2, 37);
        var fact = result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2011")).ShouldNotBeNull();
        fact.Value.ShouldBe(1_000_000m);
        fact.Source.ShouldBe(new SourceLocation(FactsPath, 2, 29));
        fact.Reports[0].Note.ShouldBe("the \"big\", one");
    }

    [Fact]
    public void Spaces_around_cells_are_ignored_and_the_source_is_where_the_cell_starts()
    {
        var package = LoadFactsClean("concept , FY2012\n Revenues , 5 \n");

        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Source.ShouldBe(new SourceLocation(FactsPath, 2, 12));
    }

    [Fact]
    public void A_row_with_neither_concept_nor_values_is_ignored()
    {
        var package = LoadFactsClean("concept,FY2011,FY2012\n,,\nRevenues,1,2\n");

        package.Facts.Count.ShouldBe(2);
    }

    [Fact]
    public void A_fact_file_with_malformed_rows_still_loads_its_good_rows()
    {
        var csv = "concept,FY2012,note\nRevenues,5,\nOperatingIncome,1\"2,\nCash,3\nTotalEquity,4,fine\n";

        var result = LoadFacts(csv);

        result.Diagnostics.Select(d => (d.Code, d.Location!.Line)).ShouldBe(
            [(DiagnosticCodes.CsvSyntax, 3), (DiagnosticCodes.CsvSyntax, 4), (DiagnosticCodes.PeriodMismatch, 5)]);
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(5_000m);
    }

    [Fact]
    public void Values_are_read_from_a_file_on_disk_with_the_same_lines()
    {
        var folder = Directory.CreateTempSubdirectory("kessan-test-");
        try
        {
            var source = new PackageBuilder().WithConcepts(Taxonomy).WithFacts("\uFEFF# note\r\nconcept,FY2012\r\nRevenue,5\r\n").Build();
            foreach (var (path, text) in source.Files)
            {
                var full = Path.Combine(folder.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            var result = PackageLoader.Load(folder.FullName);

            result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 3, 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_cell_value_keeps_the_period_of_its_column()
    {
        var package = LoadFactsClean("concept,FY2011,4Q12,FY2012\nRevenues,1,2,3\n");

        package.Facts.ForConcept("Revenues").Select(f => (f.Period, f.Value)).ShouldBe(
            [(P("FY2011"), 1_000m), (P("4Q12"), 2_000m), (P("FY2012"), 3_000m)]);
    }
}
