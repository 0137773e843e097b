using System.Globalization;
using System.Text;
using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Document;

// Rounding for display: independent (each figure on its own) or footed (the fewest figures moved one step
// so that every displayed sum holds), chosen by the layout, by a table, or by the build's options.
public partial class ReleaseBuilderTest
{
    /// <summary>FY2012 revenues twice: in millions (footed) and in millions with one decimal (the layout's default, independent).</summary>
    private const string TwoTables = """
        rounding: independent
        document:
          - table: results
          - table: detail
        tables:
          - id: results
            format: millions
            rounding: footed
            columns:
              - {id: FY2012, header: [FY2012], period: FY2012}
            rows:
              - {id: product, label: Product revenue, value: ProductRevenue}
              - {id: service, label: Service revenue, value: ServiceRevenue}
              - {id: revenues, label: Total revenues, value: Revenues}
          - id: detail
            format: millions1
            columns:
              - {id: FY2012, header: [FY2012], period: FY2012}
            rows:
              - {id: product, label: Product revenue, value: ProductRevenue}
              - {id: service, label: Service revenue, value: ServiceRevenue}
              - {id: revenues, label: Total revenues, value: Revenues}
        """;

    [Fact]
    public void Footed_rounding_moves_the_figure_nearest_its_midpoint_by_one_step_and_reports_why()
    {
        var result = Build(Package(narrative: TotalsOnly), new BuildOptions(RoundingPolicy.Footed));

        // 4.446 + 5.445 = 9.891 shows as 4 + 5 against 10: product (0.054 below its midpoint) moves to 5.
        var moved = result.Figures.Where(f => f.Adjustment is not null).ToList();
        moved.Select(f => f.Id).ShouldBe(["results/product/FY2012"]);
        var product = moved[0];
        product.Adjustment!.Delta.ShouldBe(Rational.One);
        product.Adjustment.Reason.ShouldBe("Total revenues = sum of its items (results, FY2012)");
        product.Independent.ShouldBe(Rational.FromInteger(4));
        product.Displayed.ShouldBe(Rational.FromInteger(5));
        product.Text.ShouldBe("5");
        Row(result, "results", "product").ShouldBe(["4", "5", "11.2"]);
        result.Sums.ShouldAllBe(s => s.Footed);
        result.Sums.ShouldAllBe(s => Holds(result, s));
    }

    /// <summary>A narrative that quotes only the total, so that the items of the results table are each shown once.</summary>
    private const string TotalsOnly = "Total revenues were JPY{{ Revenues | millions }} million.\n";

    [Fact]
    public void Footed_rounding_moves_a_figure_shown_once_before_one_the_release_repeats_in_its_text()
    {
        // Product revenue, the figure nearest its midpoint, is also written in a sentence: moving it would change
        // two displayed numbers. Service revenue (5.445 shown as 6) changes one.
        var layout = Edit(TwoTables, "  - table: detail\n", "  - table: detail\n  - paragraph: \"Product revenue was JPY{{ ProductRevenue | millions }} million.\"\n");

        var result = Build(Package(layout), new BuildOptions(RoundingPolicy.Footed));

        result.Figures.Where(f => f.Adjustment is not null && f.Id.StartsWith("results/", StringComparison.Ordinal)).Select(f => f.Id).ShouldBe(["results/service/FY2012"]);
        FigureOf(result, "results/product/FY2012").AppearsIn.Length.ShouldBe(2);
        Row(result, "results", "service").ShouldBe(["6"]);
        result.Sums.ShouldAllBe(s => Holds(result, s));
    }

    [Fact]
    public void The_layout_sets_the_default_rounding_of_every_table()
    {
        var result = Build(Package(Edit(Layout, "rounding: independent", "rounding: footed"), narrative: TotalsOnly));

        result.Figures.Where(f => f.Adjustment is not null).Select(f => f.Id).ShouldBe(["results/product/FY2012"]);
        result.Sums.ShouldAllBe(s => s.Footed && Holds(result, s));
    }

    [Fact]
    public void The_build_options_override_the_rounding_of_the_layout_and_its_tables()
    {
        var footedLayout = Package(Edit(Layout, "rounding: independent", "rounding: footed"));

        var result = Build(footedLayout, new BuildOptions(RoundingPolicy.Independent));

        result.Figures.ShouldAllBe(f => f.Adjustment == null);
        result.Sums.ShouldAllBe(s => !s.Footed);
        Row(result, "results", "product")[1].ShouldBe("4");
    }

    [Fact]
    public void Each_table_is_rounded_by_its_own_policy()
    {
        var result = Build(Package(TwoTables));

        var results = result.Sums.Single(s => s.TableId == "results");
        var detail = result.Sums.Single(s => s.TableId == "detail");
        results.Footed.ShouldBeTrue();
        Holds(result, results).ShouldBeTrue();
        Row(result, "results", "product").ShouldBe(["5"]);
        // In one decimal 4.4 + 5.4 against 9.9 does not hold, and the independent table leaves it so.
        detail.Footed.ShouldBeFalse();
        Holds(result, detail).ShouldBeFalse();
        Row(result, "detail", "product").ShouldBe(["4.4"]);
        result.Figures.Where(f => f.Id.StartsWith("detail/", StringComparison.Ordinal)).ShouldAllBe(f => f.Adjustment == null);
    }

    [Fact]
    public void A_footed_figure_with_decimals_moves_by_one_step_of_its_last_digit()
    {
        var result = Build(Package(TwoTables), new BuildOptions(RoundingPolicy.Footed));

        var product = FigureOf(result, "detail/product/FY2012");
        product.Adjustment!.Delta.ShouldBe(Rational.Of(1, 10));
        product.Text.ShouldBe("4.5");
        result.Sums.ShouldAllBe(s => s.Footed && Holds(result, s));
    }

    [Fact]
    public void Footed_rounding_leaves_a_table_alone_when_independent_rounding_already_foots()
    {
        var result = Build(Package(Edit(Layout, "{id: FY2012, header: [FY2012], period: FY2012}", "{id: FY2012, header: [FY2012], period: FY2012, additive: false}")),
            new BuildOptions(RoundingPolicy.Footed));

        result.Sums.ShouldNotBeEmpty();
        result.Sums.ShouldAllBe(s => Holds(result, s));
        result.Figures.ShouldAllBe(f => f.Adjustment == null);
    }

    [Fact]
    public void A_group_of_sums_too_large_to_prove_minimal_is_footed_greedily_with_a_warning()
    {
        // Twelve segments, each total = a + b + an adjustment shared by every segment (nil). Six segments show
        // one too high (1.6 + 1.6 = 3.2 as 2 + 2 against 3), six one too low (1.4 + 1.4 = 2.8 as 1 + 1
        // against 3); moving the shared figure cannot help, and the exact search runs out of budget.
        var members = "ABCDEFGHIJKL".Select(c => "Segment" + c).ToList();
        var concepts = new StringBuilder("""
            period: duration
            concepts:
              - {id: ItemA, label: Item A, balance: credit}
              - {id: ItemB, label: Item B, balance: credit}
              - {id: Adjustment, label: Adjustment, balance: credit}
              - {id: Total, label: Total, balance: credit}
            axes:
              - id: Segment
                label: Segment
                members:
                  - {id: Common, label: Common}

            """);
        var facts = new StringBuilder("concept,dims,FY2012\nAdjustment,Segment=Common,0\n");
        var columns = new StringBuilder();
        foreach (var (m, j) in members.Select((m, i) => (m, i + 1)))
        {
            var (item, total) = j % 2 == 1 ? ("\"1,600\"", "\"3,200\"") : ("\"1,400\"", "\"2,800\"");
            concepts.Append(CultureInfo.InvariantCulture, $"      - {{id: {m}, label: {m}}}\n");
            facts.Append(CultureInfo.InvariantCulture, $"ItemA,Segment={m},{item}\nItemB,Segment={m},{item}\nTotal,Segment={m},{total}\n");
            columns.Append(CultureInfo.InvariantCulture, $"      - {{id: {m.ToLowerInvariant()}, header: [{m}], dims: \"Segment={m}\"}}\n");
        }
        var layout = $"""
            document:
              - table: segments
            tables:
              - id: segments
                format: millions
                period: FY2012
                rounding: footed
                columns:
            {columns}    rows:
                  - {"{"}id: a, label: Item A, value: ItemA{"}"}
                  - {"{"}id: b, label: Item B, value: ItemB{"}"}
                  - {"{"}id: adjustment, label: Adjustment, value: Adjustment, dims: "Segment=Common"{"}"}
                  - {"{"}id: total, label: Total, value: Total, total_of: [a, b, adjustment]{"}"}
            """;
        var package = new PackageBuilder().WithConcepts(concepts.ToString()).WithFacts(facts.ToString()).WithLayout(layout, LayoutPath);

        var result = Build(package);

        var warning = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FootingInfeasible, LayoutPath, 25, 9);
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldStartWith("Footed rounding made these sums hold, but the group is too large to prove that no other moves would change fewer displayed numbers: Total = Item A + Item B + Adjustment (segments, segmenta); ");
        warning.Message.ShouldEndWith("(segments, segmente); ....");
        result.Document.ShouldNotBeNull();
        result.Sums.Length.ShouldBe(12);
        result.Sums.ShouldAllBe(s => s.Footed && Holds(result, s));
        result.Figures.Where(f => f.Adjustment is not null).Select(f => f.Id)
            .ShouldBe(members.Select(m => "segments/a/" + m.ToLowerInvariant()));
        result.Figures.Where(f => f.Adjustment is not null).ShouldAllBe(f => f.Adjustment!.Delta.Abs() == Rational.One);
    }
}

// A quantity shown as a figure and as its negation moves as one.
public partial class ReleaseBuilderTest
{
    [Fact]
    public void Footed_rounding_moves_a_figure_and_its_negation_shown_elsewhere_together()
    {
        const string layout = """
            rounding: footed
            document:
              - table: results
              - table: deductions
              - text: text
            tables:
              - id: results
                format: millions
                columns:
                  - {id: FY2012, header: [FY2012], period: FY2012}
                rows:
                  - {id: product, label: Product revenue, value: ProductRevenue}
                  - {id: service, label: Service revenue, value: ServiceRevenue}
                  - {id: revenues, label: Total revenues, value: Revenues}
              - id: deductions
                format: millions
                columns:
                  - {id: FY2012, header: [FY2012], period: FY2012}
                rows:
                  - {id: product, label: Less product revenue, value: -ProductRevenue}
            """;
        const string narrative = "Service revenue was JPY{{ ServiceRevenue | millions }} million of JPY{{ Revenues | millions }} million.\n";

        var result = Build(Package(layout, narrative: narrative), new BuildOptions(RoundingPolicy.Footed));

        // 4.446 + 5.445 = 9.891 shows as 4 + 5 against 10. Each figure is shown twice (product once as its negation);
        // product is nearer its midpoint, so it moves, and its negation with it.
        Row(result, "results", "product").ShouldBe(["5"]);
        Row(result, "deductions", "product").ShouldBe(["(5)"]);
        FigureOf(result, "deductions/product/FY2012").Adjustment!.Delta.ShouldBe(-Rational.One);
        result.Sums.ShouldAllBe(s => Holds(result, s));
    }
}
