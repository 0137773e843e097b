using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Document;

namespace Kessan.Tests.Document;

// One figure wherever it appears: the same expression at the same period, status and precision is computed,
// rounded and adjusted once, and every table and sentence shows it the same.
public partial class ReleaseBuilderTest
{
    [Fact]
    public void A_figure_shown_in_two_tables_is_one_figure_that_appears_in_both()
    {
        var result = Build();

        var revenues = FigureOf(result, "results/revenues/FY2012");
        revenues.AppearsIn.ShouldBe(["results/revenues/FY2012", "highlights/revenues/value", "text/4"]);
        FigureOf(result, "results/operating/FY2012").AppearsIn.ShouldBe(["results/operating/FY2012", "highlights/operating/value"]);
        result.FindFigure("highlights/revenues/value").ShouldBeNull("the figure is named after the place it first appears");
        Table(result, "highlights").Rows[0].Cells.Single().FigureId.ShouldBe("results/revenues/FY2012");
        result.Figures.Count(f => f.Key == revenues.Key).ShouldBe(1);
    }

    [Fact]
    public void The_same_concept_at_another_period_or_precision_is_another_figure()
    {
        var layout = Layout + "\n      - {id: revenues-exact, label: Revenues, value: Revenues, format: thousands}";

        var result = Build(Package(layout));

        var millions = FigureOf(result, "results/revenues/FY2012");
        var thousands = FigureOf(result, "highlights/revenues-exact/value");
        thousands.Key.ShouldNotBe(millions.Key);
        thousands.Text.ShouldBe("9,891");
        millions.Text.ShouldBe("10");
        FigureOf(result, "results/revenues/FY2011").Key.Period.ShouldNotBe(millions.Key.Period);
    }

    [Fact]
    public void Narrative_placeholders_render_the_same_figures_as_the_tables()
    {
        var result = Build();

        Paragraph(result).ShouldBe("Product revenue was JPY4 million, up 11.2% YoY, and total revenues increased to JPY10 million.");
        FigureOf(result, "results/product/FY2012").AppearsIn.ShouldContain("text/1");
        FigureOf(result, "results/product/yoy").AppearsIn.ShouldContain("text/2", "yoy_phrase shows the percent figure the table's YoY column shows");
        FigureOf(result, "text/3").Expression.ToString().ShouldBe("change(Revenues)");
    }

    [Fact]
    public void A_sentence_shows_a_figure_moved_by_footing_exactly_as_its_table_does()
    {
        // Product and service revenue are both quoted, so both are shown twice; product, nearer its midpoint, moves.
        var narrative = "Product revenue was JPY{{ ProductRevenue | millions }} million and service revenue JPY{{ ServiceRevenue | millions }} million.\n";

        var result = Build(Package(narrative: narrative), new BuildOptions(RoundingPolicy.Footed));

        Row(result, "results", "product")[1].ShouldBe("5");
        Paragraph(result).ShouldBe("Product revenue was JPY5 million and service revenue JPY5 million.");
        var inline = ReleaseDocument.Walk(result.Document!.Blocks).OfType<ParagraphBlock>().Single().Content.OfType<FigureInline>().First();
        inline.FigureId.ShouldBe("results/product/FY2012");
        inline.Text.ShouldBe("5");
    }

    [Fact]
    public void A_figure_moved_in_a_footed_table_reads_the_same_in_an_independent_table()
    {
        // Only the results table is footed. FY2012: 4.3 + 5.2 = 9.5 shows as 4 + 5 against 10, and operating
        // income 9.5 - 6.4 - 2 = 1.1 shows as 1 against 10 - 6 - 2 = 2. Total revenues, shared by both sums
        // and on its midpoint, moves to 9 and fixes both; highlights (independent) shows it too. (It is shown in
        // two places, as are the cheapest two figures that fix the sums one by one; the narrative does not quote it.)
        var facts = Facts;
        facts = WithFact(facts, "ProductRevenue", "\"4,000\",\"4,300\"");
        facts = WithFact(facts, "ServiceRevenue", "\"5,000\",\"5,200\"");
        facts = WithFact(facts, "Revenues", "\"9,000\",\"9,500\"");
        facts = WithFact(facts, "CostOfRevenue", "\"5,000\",\"6,400\"");
        facts = WithFact(facts, "OperatingIncome", "\"2,000\",\"1,100\"");
        facts = WithFact(facts, "PretaxIncome", "\"2,000\",\"1,400\"");
        var layout = Edit(Layout, "    format: millions\n    columns:\n      - {id: FY2011", "    format: millions\n    rounding: footed\n    columns:\n      - {id: FY2011");

        var result = Build(Package(layout, facts, narrative: "Operating income is in the table below.\n"));

        result.Figures.Where(f => f.Adjustment is not null).Select(f => f.Id).ShouldBe(["results/revenues/FY2012"]);
        Row(result, "results", "revenues")[1].ShouldBe("9");
        Row(result, "highlights", "revenues").ShouldBe(["9"]);
        Row(result, "highlights", "operating").ShouldBe(["1"]);
        result.Sums.ShouldAllBe(s => s.TableId == "results" && s.Footed);
    }
}
