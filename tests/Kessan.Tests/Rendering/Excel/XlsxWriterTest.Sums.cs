using Kessan.Derivation;
using Kessan.Derivation.Figures;
using static Kessan.Tests.Rendering.Excel.Workbooks;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>Displayed sums as formulas: written when they recompute to the release's total, and only then.</summary>
public sealed partial class XlsxWriterTest
{
    private static Figure Millions(string id, decimal millions, int delta = 0) => Workbooks.Figure(id, millions * 1_000_000m, Format("millions"), delta);

    /// <summary>A one-column table "t" titled "Sums" with a row per figure, labelled by the figure's id; the first body row is 4.</summary>
    private static XlsxSheet SumsSheet(IEnumerable<DisplayedSum> sums, params Figure[] figures)
    {
        var workbook = Read(Build(figures, sums, Table("t", "Sums", [.. figures.Select(f => Row(f.Id, f.Id, Cell(f)))])));
        return workbook.Sheet("Sums");
    }

    /// <summary>The value a formula of cell references added and subtracted computes on the sheet.</summary>
    private static decimal Evaluate(XlsxSheet sheet, string formula) =>
        XlsxWriterSampleTest.Terms(formula).Sum(t => t.Sign * sheet.At(t.Reference).Number!.Value);

    [Fact]
    public void A_sum_that_holds_is_a_formula_over_the_item_cells_whose_cached_value_is_the_displayed_total()
    {
        var sheet = Read(ExampleRelease()).Sheet("Operating Results Summary");

        sheet.At("B8").Formula.ShouldBe("B6+B7");
        sheet.At("B8").Number.ShouldBe(63216m);
        Evaluate(sheet, "B6+B7").ShouldBe(63216m);
        sheet.At("C8").Formula.ShouldBe("C6+C7");
        sheet.At("C8").Number.ShouldBe(65232m);
        sheet.At("D8").Formula.ShouldBeNull("a percentage column has no sum");
        sheet.Cells.Values.Count(c => c.Formula is not null).ShouldBe(2);
    }

    [Fact]
    public void A_subtracted_item_is_subtracted_in_the_formula()
    {
        var revenues = Millions("t/revenues", 100);
        var costs = Millions("t/costs", 60);
        var income = Millions("t/income", 40);

        var sheet = SumsSheet([Sum("t", income, (revenues, 1), (costs, -1))], revenues, costs, income);

        sheet.At("B6").Formula.ShouldBe("B4-B5");
        sheet.At("B6").Number.ShouldBe(40m);
        Evaluate(sheet, "B4-B5").ShouldBe(40m);
    }

    [Fact]
    public void A_total_with_weight_plus_one_is_solved_with_the_signs_turned()
    {
        var a = Millions("t/a", 30);
        var b = Millions("t/b", 12);
        var total = Millions("t/total", 42);
        // total - a - b = 0 written with the total's weight +1: total = a + b.
        var sum = new DisplayedSum("t", true, [(total.Id, 1), (a.Id, -1), (b.Id, -1)], "total = a + b (t)");

        var sheet = SumsSheet([sum], a, b, total);

        sheet.At("B6").Formula.ShouldBe("B4+B5");
        Evaluate(sheet, sheet.At("B6").Formula!).ShouldBe(sheet.At("B6").Number!.Value);
    }

    [Fact]
    public void A_footed_sum_is_a_formula_over_the_moved_figures()
    {
        // 1.4 + 1.4 = 2.8: rounded on their own 1 + 1 != 3; footing moves one item to 2.
        var a = Millions("t/a", 1.4m, delta: 1);
        var b = Millions("t/b", 1.4m);
        var total = Millions("t/total", 2.8m);

        var sheet = SumsSheet([Sum("t", total, (a, 1), (b, 1))], a, b, total);

        sheet.At("B4").Number.ShouldBe(2m);
        sheet.At("B6").Formula.ShouldBe("B4+B5");
        sheet.At("B6").Number.ShouldBe(3m);
        Evaluate(sheet, "B4+B5").ShouldBe(3m);
    }

    [Fact]
    public void A_sum_that_does_not_hold_on_the_displayed_figures_keeps_the_total_as_a_number_and_a_note_says_why()
    {
        var a = Millions("t/a", 1.4m);
        var b = Millions("t/b", 1.4m);
        var total = Millions("t/total", 2.8m);
        var sum = Sum("t", total, (a, 1), (b, 1));

        var sheet = SumsSheet([sum], a, b, total);

        sheet.At("B6").Formula.ShouldBeNull();
        sheet.At("B6").Number.ShouldBe(3m);
        sheet.At("B6").Shown.ShouldBe(total.Text);
        sheet.Cells.Values.ShouldAllBe(c => c.Formula == null);
        sheet.Row(7).ShouldBeEmpty();
        sheet.TextAt(8, 1).ShouldBe($"B6: no formula. {sum.Description} does not add up on the figures as shown, because each figure is rounded on its own; the cell shows the release's figure.");
    }

    [Fact]
    public void A_total_that_another_sum_makes_a_formula_needs_no_note()
    {
        var a = Millions("t/a", 1.4m);
        var b = Millions("t/b", 1.4m);
        var c = Millions("t/c", 2.6m);
        var total = Millions("t/total", 2.8m);

        var sheet = SumsSheet([Sum("t", total, (a, 1), (b, 1)), Sum("t", total, (c, 1))], a, b, c, total);

        sheet.At("B7").Formula.ShouldBe("B6");
        sheet.At("B7").Number.ShouldBe(3m);
        sheet.LastRow.ShouldBe(7, "no note row");
    }

    [Fact]
    public void A_sum_with_a_figure_on_another_table_is_not_a_formula_on_either_sheet()
    {
        var a = Millions("t/a", 30);
        var b = Millions("u/b", 12);
        var total = Millions("t/total", 42);
        var build = Build([a, b, total], [Sum("t", total, (a, 1), (b, 1))],
            Table("t", "First", Row("a", "A", Cell(a)), Row("total", "Total", Cell(total))),
            Table("u", "Second", Row("b", "B", Cell(b))));

        var workbook = Read(build);

        workbook.Sheets.SelectMany(s => s.Cells.Values).ShouldAllBe(c => c.Formula == null);
        workbook.Sheet("First").LastRow.ShouldBe(5, "no note: the sum holds, it is just not on one sheet");
        workbook.Sheet("First").At("B5").Number.ShouldBe(42m);
    }

    [Fact]
    public void A_sum_with_a_figure_that_cannot_be_derived_is_not_a_formula()
    {
        var a = Millions("t/a", 30);
        var b = Missing("t/b", Format("millions"));
        var total = Millions("t/total", 42);

        var sheet = SumsSheet([Sum("t", total, (a, 1), (b, 1))], a, b, total);

        sheet.At("B5").Text.ShouldBe("n/a");
        sheet.Cells.Values.ShouldAllBe(c => c.Formula == null);
    }

    [Fact]
    public void A_figure_shown_twice_is_referred_to_in_the_totals_column_at_the_nearest_row()
    {
        // An equity roll-forward: the closing balance of one year is the opening balance of the next.
        var opening = Millions("t/opening", 100);
        var income = Millions("t/income", 20);
        var closing = Millions("t/closing", 120);
        var income2 = Millions("t/income2", 5);
        var closing2 = Millions("t/closing2", 125);
        var build = Build([opening, income, closing, income2, closing2],
        [
            Sum("t", closing, (opening, 1), (income, 1)),
            Sum("t", closing2, (closing, 1), (income2, 1)),
        ],
            Table("t", "Equity",
                Row("opening", "Balance, March 31, 2011", Cell(opening)),
                Row("income", "Net income", Cell(income)),
                Row("closing", "Balance, March 31, 2012", Cell(closing)),
                Row("opening2", "Balance, March 31, 2012", Cell(closing)),
                Row("income2", "Net income", Cell(income2)),
                Row("closing2", "Balance, March 31, 2013", Cell(closing2))));

        var sheet = Read(build).Sheet("Equity");

        sheet.At("B6").Formula.ShouldBe("B4+B5");
        sheet.At("B7").Formula.ShouldBeNull("the same figure is a formula once");
        sheet.At("B9").Formula.ShouldBe("B7+B8");
        sheet.At("B9").Number.ShouldBe(125m);
    }

    [Fact]
    public void A_formula_that_would_refer_to_itself_is_not_written()
    {
        var a = Millions("t/a", 30);
        var b = Millions("t/b", 12);
        var total = Millions("t/total", 42);
        // The same sum stated twice, solved for different figures: total = a + b, and a = total - b.
        var sums = new[]
        {
            Sum("t", total, (a, 1), (b, 1)),
            new DisplayedSum("t", true, [(a.Id, -1), (total.Id, 1), (b.Id, -1)], "a = total - b (t)"),
        };

        var sheet = SumsSheet(sums, a, b, total);

        sheet.At("B6").Formula.ShouldBe("B4+B5");
        sheet.At("B4").Formula.ShouldBeNull();
        sheet.At("B4").Number.ShouldBe(30m);
    }
}
