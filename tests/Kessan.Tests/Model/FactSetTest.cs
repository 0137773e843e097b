using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Model;

public partial class FactSetTest
{
    private static readonly Period End2013 = Period.Instant(new DateOnly(2013, 3, 31));

    private static ReportedFact Report(decimal value, Precision precision, int line) => new()
    {
        Key = new FactKey("Cash", End2013, DimensionSet.Empty, "JPY", FactStatus.Actual),
        Value = value,
        Precision = precision,
        Source = new SourceLocation("f.csv", line, 1),
    };

    private static FactSet Build(params ReportedFact[] reports) => FactSet.Build(reports, Unit.TryBuiltIn!);

    [Fact]
    public void Agreeing_duplicates_merge_into_one_fact_with_every_source()
    {
        var set = Build(Report(12_258_872_000m, Precision.Thousands, 1), Report(12_258_872_000m, Precision.Thousands, 2));

        set.Count.ShouldBe(1);
        set.Conflicts.ShouldBeEmpty();
        set.All[0].Reports.Select(r => r.Source.Line).ShouldBe([1, 2]);
    }

    [Fact]
    public void Duplicates_at_different_precision_merge_to_the_more_precise_value()
    {
        var set = Build(Report(12_259_000_000m, Precision.Millions, 1), Report(12_258_872_000m, Precision.Thousands, 2));

        set.Conflicts.ShouldBeEmpty();
        set.Find("Cash", End2013)!.Value.ShouldBe(12_258_872_000m);
        set.Find("Cash", End2013)!.Precision.ShouldBe(Precision.Thousands);
    }

    [Fact]
    public void Disagreeing_duplicates_are_a_conflict_and_the_first_value_is_kept()
    {
        var set = Build(Report(12_258_872_000m, Precision.Thousands, 1), Report(12_258_873_000m, Precision.Thousands, 2));

        set.Conflicts.Length.ShouldBe(1);
        set.Conflicts[0].Reports.Length.ShouldBe(2);
        set.Find("Cash", End2013)!.Value.ShouldBe(12_258_872_000m);
    }

    [Fact]
    public void A_millions_figure_that_no_rounding_of_the_thousands_figure_gives_is_a_conflict()
    {
        var set = Build(Report(12_258_872_000m, Precision.Thousands, 1), Report(12_258_000_000m, Precision.Millions, 2));

        set.Conflicts.Length.ShouldBe(1);
    }

    [Fact]
    public void Find_distinguishes_status_and_dimensions()
    {
        var target = Report(1m, Precision.Exact, 3) with { Key = new FactKey("Cash", End2013, DimensionSet.Empty, "JPY", FactStatus.Target) };
        var member = Report(2m, Precision.Exact, 4) with { Key = new FactKey("Cash", End2013, DimensionSet.Of("Segment", "A"), "JPY", FactStatus.Actual) };
        var set = Build(Report(3m, Precision.Exact, 1), target, member);

        set.Find("Cash", End2013)!.Value.ShouldBe(3m);
        set.Find("Cash", End2013, status: FactStatus.Target)!.Value.ShouldBe(1m);
        set.Find("Cash", End2013, DimensionSet.Of("Segment", "A"))!.Value.ShouldBe(2m);
        set.Find("Cash", End2013, DimensionSet.Of("Segment", "B")).ShouldBeNull();
        set.ForConcept("Cash").Length.ShouldBe(3);
    }

    [Fact]
    public void A_fact_never_shows_its_value_in_ToString()
    {
        var set = Build(Report(12_258_872_000m, Precision.Thousands, 1));

        set.All[0].ToString().ShouldNotContain("12258872");
        set.All[0].ToString().ShouldContain("Cash");
    }
}

public partial class FactSetTest
{
    [Fact]
    public void A_group_that_disagrees_only_after_double_rounding_still_names_the_report_that_differs()
    {
        // 1,500,000 (thousands) agrees with 1,499,600 (units) and with 2,000,000 (millions) pair by pair,
        // but at the group's precision (millions) 1,499,600 rounds to 1,000,000.
        var thousands = Report(1_500_000m, Precision.Thousands, 1);
        var units = Report(1_499_600m, Precision.Units, 2);
        var millions = Report(2_000_000m, Precision.Millions, 3);

        FactSet.Agree([thousands, units]).ShouldBeTrue();
        FactSet.Agree([thousands, millions]).ShouldBeTrue();
        FactSet.Agree([thousands, units, millions]).ShouldBeFalse();
        FactSet.DisagreeingWith([thousands, units, millions], thousands).ShouldBe([units]);
    }
}
