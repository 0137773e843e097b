using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// Facts reported more than once are merged, and loading goes on past every problem.
public partial class PackageLoaderTest
{
    [Fact]
    public void Duplicate_reports_that_agree_are_one_fact_with_both_sources()
    {
        var package = new PackageBuilder()
            .WithConcepts(Taxonomy)
            .WithFacts("concept,FY2011,FY2012\nRevenues,\"97,314\",\"106,248\"\n", "facts/income-statement.csv", statement: "income-statement")
            .WithFacts("# Summary\nconcept,FY2012\nRevenues,\"106,248\"\n", "facts/summary.csv")
            .LoadClean();

        var fact = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe(106_248_000m);
        fact.Reports.Select(r => r.Source).ShouldBe(
            [new SourceLocation("facts/income-statement.csv", 2, 19), new SourceLocation("facts/summary.csv", 3, 10)]);
        fact.Reports.Select(r => r.StatementId).ShouldBe(["income-statement", null]);
        fact.Source.ShouldBe(new SourceLocation("facts/income-statement.csv", 2, 19));
        package.Facts.Count.ShouldBe(2);
        package.Facts.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Duplicate_reports_in_one_file_are_merged_too()
    {
        var package = LoadFactsClean("concept,period,value\nRevenues,FY2012,5\nRevenues,2012-04-01..2013-03-31,5\n");

        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Reports.Length.ShouldBe(2);
        package.Facts.Count.ShouldBe(1);
    }

    [Fact]
    public void A_fact_repeated_in_one_file_with_the_same_value_keeps_its_first_places_only()
    {
        var rows = string.Concat(Enumerable.Repeat("Revenues,FY2012,5\n", 1_000));
        var package = LoadFactsClean("concept,period,value\n" + rows);

        var fact = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        fact.Reports.Select(r => r.Source.Line).ShouldBe([2, 3, 4]);
        package.Facts.Count.ShouldBe(1);
    }

    [Fact]
    public void A_repeat_with_another_value_is_always_kept_and_conflicts()
    {
        var rows = string.Concat(Enumerable.Repeat("Revenues,FY2012,5\n", 10)) + "Revenues,FY2012,6\n";
        var package = LoadFacts("concept,period,value\n" + rows).Package.ShouldNotBeNull();

        package.Facts.Conflicts.Single().Reports.Select(r => r.Value).ShouldBe([5_000m, 5_000m, 5_000m, 6_000m]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reports_at_different_precision_merge_to_the_more_precise_value(bool millionsFirst)
    {
        var thousands = ("concept,FY2012-end\nCash,\"13,536,824\"\n", "facts/balance-sheet.csv", (string?)null);
        var millions = ("concept,FY2012-end\nCash,\"13,537\"\n", "facts/summary.csv", (string?)"millions");
        var (first, second) = millionsFirst ? (millions, thousands) : (thousands, millions);

        var package = new PackageBuilder()
            .WithConcepts(Taxonomy)
            .WithFacts(first.Item1, first.Item2, scale: first.Item3)
            .WithFacts(second.Item1, second.Item2, scale: second.Item3)
            .LoadClean();

        var fact = package.Facts.Find("Cash", P("FY2012-end")).ShouldNotBeNull();
        fact.Value.ShouldBe(13_536_824_000m);
        fact.Precision.ShouldBe(Precision.Thousands);
        fact.Reports.Select(r => r.Precision).ShouldBe(millionsFirst
            ? [Precision.Millions, Precision.Thousands]
            : [Precision.Thousands, Precision.Millions]);
        package.Facts.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Reports_that_disagree_load_without_a_loader_diagnostic_and_are_kept_as_a_conflict()
    {
        var result = new PackageBuilder()
            .WithConcepts(Taxonomy)
            .WithFacts("concept,FY2012-end\nCash,\"13,536,824\"\n", "facts/balance-sheet.csv")
            .WithFacts("concept,FY2012-end\nCash,\"13,538\"\n", "facts/summary.csv", scale: "millions")
            .Load();

        result.Diagnostics.ShouldBeEmpty();
        var conflict = result.Package.ShouldNotBeNull().Facts.Conflicts.ShouldHaveSingleItem();
        conflict.Reports.Select(r => r.Source.Path).ShouldBe(["facts/balance-sheet.csv", "facts/summary.csv"]);
    }

    [Fact]
    public void A_fact_file_with_three_different_bad_rows_reports_all_three_and_loads_the_good_rows()
    {
        var csv = """
            concept,unit,FY2011,FY2012
            Revenues,,1,2
            Revenu,,3,4
            OperatingIncome,,5,"6,78"
            Revenues,USD,9,10
            OperatingMargin,,11%,12%

            """;

        var result = LoadFacts(csv);

        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)).ShouldBe(
        [
            (DiagnosticCodes.UnknownConcept, 3, 1),
            (DiagnosticCodes.BadNumber, 4, 20),
            (DiagnosticCodes.UnitMismatch, 5, 10),
        ]);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.ForConcept("Revenues").Select(f => f.Value).ShouldBe([1_000m, 2_000m]);
        facts.ForConcept("OperatingMargin").Select(f => f.Value).ShouldBe([0.11m, 0.12m]);
        // The good cell of a row with a bad number still loads.
        facts.Find("OperatingIncome", P("FY2011")).ShouldNotBeNull().Value.ShouldBe(5_000m);
        facts.Find("OperatingIncome", P("FY2012")).ShouldBeNull();
        facts.Count.ShouldBe(5);
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_reported()
    {
        var result = LoadFacts("concept,FY2011,FY2012\nCash,7,8\n");

        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)).ShouldBe(
            [(DiagnosticCodes.PeriodMismatch, 2, 6), (DiagnosticCodes.PeriodMismatch, 2, 8)]);
    }

    [Fact]
    public void Every_bad_attribute_of_a_row_is_reported_along_with_its_bad_numbers()
    {
        var result = LoadFacts("concept,scale,status,FY2011,FY2012\nRevenues,thousand,final,x,5\n");

        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)).ShouldBe(
        [
            (DiagnosticCodes.BadAttribute, 2, 10),
            (DiagnosticCodes.BadAttribute, 2, 19),
            (DiagnosticCodes.BadNumber, 2, 25),
        ]);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Fact]
    public void Problems_in_every_file_of_a_package_are_all_reported_in_file_order()
    {
        var result = new PackageBuilder()
            .WithConcepts(Taxonomy)
            .WithConcepts("concepts:\n  - id: Broken\n    label: Broken\n    period: sometimes\n", "concepts/broken.yaml")
            .WithFacts("concept,FY2012\nRevenue,1\n", "facts/a.csv")
            .WithFacts("concept,FY2012\nRevenues,x\n", "facts/b.csv")
            .Load();

        result.Diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "concepts/broken.yaml:4:13: error KSN005: 'period' must be one of: instant, duration.",
            "facts/a.csv:2:1: error KSN103: Concept 'Revenue' is not defined. Did you mean 'Revenues'?",
            "facts/b.csv:2:10: error KSN104: 'Revenues': the value is not a number Kessan accepts: it is not a number (digits, optional thousands separators, optional decimals).",
        ]);
        result.Package.ShouldNotBeNull();
    }
}
