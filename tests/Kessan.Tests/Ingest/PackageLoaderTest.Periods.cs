using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Ingest;

// KSN105: periods that are missing, unknown, given twice, or of the wrong type; and the anchors
// 'at: start|end' that turn a duration column into its opening or closing instant.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("concept,FY2O12", 9)]                       // letter O for zero
    [InlineData("concept,fy2012", 9)]
    [InlineData("concept,FY2012-ned", 9)]
    [InlineData("concept,5Q12", 9)]
    [InlineData("concept,2H FY2012,3H FY2012", 19)]
    [InlineData("concept,2013-02-30", 9)]
    [InlineData("concept,2013-03-31..2012-04-01", 9)]
    [InlineData("concept,Segment=ATMOperation;FY2012-ned", 9)]
    public void A_header_period_that_is_not_a_period_is_reported_at_its_cell_and_no_row_is_read(string header, int column)
    {
        var result = LoadFacts(header + "\nRevenues,1,2\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.PeriodMismatch, FactsPath, 1, column)
            .Message.ShouldContain("is not a period");
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Fact]
    public void A_header_giving_two_periods_is_reported_as_a_period_problem()
    {
        var result = LoadFacts("concept,FY2011;FY2012\nRevenues,1\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.PeriodMismatch, FactsPath, 1, 9)
            .Message.ShouldContain("more than one period");
    }

    [Theory]
    [InlineData("FY2012-ned")]
    [InlineData("5Q12")]
    [InlineData("2013-02-30")]
    [InlineData("FY 2012 end")]
    public void A_period_column_value_that_is_not_a_period_is_reported_at_its_cell(string period)
    {
        var result = LoadFacts($"concept,period,value\nRevenues,{period},5\nOperatingIncome,FY2012,6\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.PeriodMismatch, FactsPath, 2, 10)
            .Message.ShouldContain($"'{period}' is not a period");
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(1);
    }

    [Fact]
    public void A_period_given_by_both_the_header_and_the_period_column_is_reported_at_the_value()
    {
        var result = LoadFacts("concept,period,FY2012\nRevenues,FY2011,5\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.PeriodMismatch, FactsPath, 2, 17)
            .Message.ShouldContain("given twice");
    }

    [Theory]
    [InlineData("concept,value\nRevenues,5\n", 10)]
    [InlineData("concept,period,value\nRevenues,,5\n", 11)]
    [InlineData("concept,Segment=ATMOperation\nRevenues,5\n", 10)]
    public void A_value_without_any_period_is_reported_at_the_value(string csv, int column)
    {
        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.PeriodMismatch, FactsPath, 2, column)
            .Message.ShouldContain("No period");
    }

    [Theory]
    [InlineData("concept,FY2012\nCash,5\n", 6, "'Cash' is an instant concept")]                     // instant under a duration, no 'at'
    [InlineData("concept,FY2012-end\nRevenues,5\n", 10, "'Revenues' is a duration concept")]         // duration at an instant
    [InlineData("concept,period,value\nRevenues,2013-03-31,5\n", 21, "'Revenues' is a duration concept")]
    [InlineData("concept,at,FY2012\nRevenues,start,5\n", 16, "'Revenues' is a duration concept")]     // 'at' on a duration concept
    [InlineData("concept,at,FY2012-end\nCash,end,5\n", 10, "this column's period is an instant")]   // 'at' under an instant
    [InlineData("concept,at,period,value\nCash,start,FY2012-end,5\n", 23, "this column's period is an instant")]
    public void A_period_of_the_wrong_type_is_reported_at_the_value(string csv, int column, string message)
    {
        var result = LoadFacts(csv);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.PeriodMismatch, FactsPath, 2, column)
            .Message.ShouldContain(message);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("Revenues", "FY2012", "2012-04-01", "2013-03-31")]
    [InlineData("Revenues", "4Q12", "2013-01-01", "2013-03-31")]
    [InlineData("Revenues", "1Q FY2012", "2012-04-01", "2012-06-30")]
    [InlineData("Revenues", "1H FY2013", "2013-04-01", "2013-09-30")]
    [InlineData("Revenues", "9M FY2012", "2012-04-01", "2012-12-31")]
    [InlineData("Revenues", "2012-04-01..2012-06-30", "2012-04-01", "2012-06-30")]
    [InlineData("Cash", "FY2012-start", "2012-03-31", "2012-03-31")]
    [InlineData("Cash", "FY2012-end", "2013-03-31", "2013-03-31")]
    [InlineData("Cash", "2Q12-end", "2012-09-30", "2012-09-30")]
    [InlineData("Cash", "4Q12-start", "2012-12-31", "2012-12-31")]
    [InlineData("Cash", "2012-09-30", "2012-09-30", "2012-09-30")]
    public void A_period_column_accepts_fiscal_names_and_iso_dates(string concept, string period, string start, string end)
    {
        var package = LoadFactsClean($"concept,period,value\n{concept},{period},5\n");

        var fact = package.Facts.ForConcept(concept).ShouldHaveSingleItem();
        fact.Period.Start.ShouldBe(DateOnly.Parse(start, CultureInfo.InvariantCulture));
        fact.Period.End.ShouldBe(DateOnly.Parse(end, CultureInfo.InvariantCulture));
        fact.Period.IsInstant.ShouldBe(concept == "Cash");
    }

    [Fact]
    public void At_start_and_end_give_the_opening_and_closing_instants_of_the_column()
    {
        var package = LoadFactsClean("concept,at,FY2011,FY2012\nCash,start,1,3\nCash,end,3,4\n");

        var opening2011 = package.Facts.Find("Cash", Period.Instant(new DateOnly(2011, 3, 31))).ShouldNotBeNull();
        opening2011.Value.ShouldBe(1_000m);
        opening2011.Reports.ShouldHaveSingleItem().Anchor.ShouldBe(FactAnchor.Start);
        opening2011.Reports[0].ColumnPeriod.ShouldBe(P("FY2011"));

        // FY2012 opens on 2012-03-31, the day FY2011 closes: both reports are one fact.
        var opening2012 = package.Facts.Find("Cash", Period.Instant(new DateOnly(2012, 3, 31))).ShouldNotBeNull();
        P("FY2012").StartInstant.ShouldBe(Period.Instant(new DateOnly(2012, 3, 31)));
        opening2012.Value.ShouldBe(3_000m);
        opening2012.Reports.Select(r => (r.Anchor, r.ColumnPeriod, r.Source)).ShouldBe(
        [
            (FactAnchor.Start, P("FY2012"), new SourceLocation(FactsPath, 2, 14)),
            (FactAnchor.End, P("FY2011"), new SourceLocation(FactsPath, 3, 10)),
        ]);

        var closing2012 = package.Facts.Find("Cash", P("FY2012-end")).ShouldNotBeNull();
        closing2012.Value.ShouldBe(4_000m);
        closing2012.Reports.ShouldHaveSingleItem().Anchor.ShouldBe(FactAnchor.End);
    }

    [Fact]
    public void At_applies_to_a_period_given_by_the_period_column()
    {
        var package = LoadFactsClean("concept,at,period,value\nCash,end,4Q12,9\n");

        var fact = package.Facts.Find("Cash", P("FY2012-end")).ShouldNotBeNull();
        fact.Reports[0].ColumnPeriod.ShouldBe(P("4Q12"));
    }
}
