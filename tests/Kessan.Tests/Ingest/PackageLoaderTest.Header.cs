using Kessan.Diagnostics;

namespace Kessan.Tests.Ingest;

// KSN102: a fact file's header, and KSN103: rows naming no concept or an unknown one.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("concept,FY2012,remarks", 1, 16, "'remarks'")]                  // unknown column
    [InlineData("concept,unti,FY2012", 1, 9, "Did you mean 'unit'?")]
    [InlineData("concept,FY2012,notes", 1, 16, "Did you mean 'note'?")]
    [InlineData("concept,unit,FY2012,unit", 1, 21, "'unit' appears twice")]     // attribute column twice
    [InlineData("concept,FY2012,concept", 1, 16, "'concept' appears twice")]
    [InlineData("concept,FY2012,FY2012", 1, 16, "'FY2012'")]                    // value column twice
    [InlineData("concept,FY2012,2012-04-01..2013-03-31", 1, 16, "'2012-04-01..2013-03-31'")] // the same period written another way
    [InlineData("concept,period,value,value", 1, 22, "'value'")]
    [InlineData("concept,Segment=ATMOperation;FY2012,FY2012;Segment=ATMOperation", 1, 37, "'FY2012;Segment=ATMOperation'")]
    [InlineData("dims,FY2012", 1, 1, "no 'concept' column")]                  // no concept column
    [InlineData("concept,unit,note", 1, 1, "no value columns")]                // no value columns
    [InlineData("concept", 1, 1, "no value columns")]
    [InlineData("concept,,FY2012", 1, 9, "no header")]                         // empty header cell
    [InlineData("concept, ,FY2012", 1, 9, "no header")]
    [InlineData("concept,FY2012,", 1, 16, "no header")]
    [InlineData("# Income statement\n\nconcept,FY2012,remarks", 3, 16, "'remarks'")]
    public void A_bad_header_is_reported_at_its_cell_and_no_row_is_read(string header, int line, int column, string message)
    {
        var result = LoadFacts(header + "\nRevenues,1,2,3\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadHeader, FactsPath, line, column)
            .Message.ShouldContain(message);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# nothing reported yet\n")]
    public void A_fact_file_without_a_header_is_reported_for_the_whole_file(string csv)
    {
        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadHeader, FactsPath, 0, 0);
    }

    [Fact]
    public void A_misspelt_concept_column_reports_the_spelling_and_the_missing_column()
    {
        var result = LoadFacts("concpt,FY2012\nRevenues,1\n");

        result.Diagnostics.Length.ShouldBe(2, string.Join(" | ", result.Diagnostics));
        result.Diagnostics[0].ShouldBeAt(DiagnosticCodes.BadHeader, FactsPath, 1, 1).Message.ShouldContain("Did you mean 'concept'?");
        result.Diagnostics[1].ShouldBeAt(DiagnosticCodes.BadHeader, FactsPath, 1, 1).Message.ShouldContain("no 'concept' column");
    }

    [Fact]
    public void Every_problem_of_a_header_is_reported()
    {
        var result = LoadFacts("concept,remarks,FY2012,,unit,unit\nRevenues,1,2,3,JPY,JPY\n");

        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)).ShouldBe(
        [
            (DiagnosticCodes.BadHeader, 1, 9),
            (DiagnosticCodes.BadHeader, 1, 24),
            (DiagnosticCodes.BadHeader, 1, 30),
        ]);
    }

    [Theory]
    [InlineData("Revenue", "Revenues")]
    [InlineData("revenues", "Revenues")]
    [InlineData("OperatingIncom", "OperatingIncome")]
    [InlineData("SharesIsued", "SharesIssued")]
    public void An_unknown_concept_is_reported_at_its_cell_with_the_nearest_concept(string name, string suggestion)
    {
        var result = LoadFacts($"concept,FY2011,FY2012\nRevenues,1,2\n{name},3,4\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 3, 1)
            .Message.ShouldContain($"Concept '{name}' is not defined. Did you mean '{suggestion}'?");
    }

    [Fact]
    public void An_unknown_concept_far_from_every_known_one_gets_no_guess()
    {
        var result = LoadFacts("concept,FY2012\nGoodwillImpairment,1\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 2, 1)
            .Message.ShouldNotContain("Did you mean");
    }

    [Fact]
    public void An_unknown_concept_in_a_later_column_is_reported_at_that_cell()
    {
        var result = LoadFacts("note,FY2012,concept\nfirst,1,Revenues\nsecond,2,Revenu\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, 3, 10);
    }

    [Theory]
    [InlineData(",5", 2, 1)]
    [InlineData("  ,5", 2, 1)]
    [InlineData("\"\",5", 2, 1)]
    public void Values_without_a_concept_are_reported_at_the_empty_concept_cell(string row, int line, int column)
    {
        var result = LoadFacts("concept,FY2012\n" + row + "\nRevenues,6\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, FactsPath, line, column)
            .Message.ShouldContain("no concept");
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(1);
    }
}
