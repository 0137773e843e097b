using Kessan.Derivation;
using Kessan.Derivation.Figures;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Document;
using Kessan.Testing;
using Kessan.Derivation.Functions;

namespace Kessan.Tests.Document;

/// <summary>
/// Deriving a release from a small inline package: figures computed from facts, shared wherever they appear,
/// displayed sums checked and footed, gaps shown as "n/a" and reported, literal numbers in text flagged.
/// </summary>
public partial class ReleaseBuilderTest
{
    private const string LayoutPath = "layout/release.yaml";
    private const string NarrativePath = "narrative/text.md";

    // Revenues = product + service; operating income = revenues - cost - SG&A. Other income has no prior year.
    private const string Concepts = """
        period: duration
        concepts:
          - id: ProductRevenue
            label: Product revenue
            balance: credit
          - id: ServiceRevenue
            label: Service revenue
            balance: credit
          - id: Revenues
            label: Total revenues
            balance: credit
            sum: [ProductRevenue, ServiceRevenue]
          - id: CostOfRevenue
            label: Cost of revenue
            balance: debit
          - id: SellingGeneralAndAdministrativeExpense
            label: Selling, general and administrative expenses
            balance: debit
          - id: OperatingIncome
            label: Operating income
            balance: credit
            sum: [Revenues, -CostOfRevenue, -SellingGeneralAndAdministrativeExpense]
          - id: OtherIncome
            label: Other income
            balance: credit
          - id: PretaxIncome
            label: Income before income tax
            balance: credit
        """;

    // In JPY thousands. FY2012 in millions: 4.446 + 5.445 = 9.891 shows as 4 + 5 against 10; operating
    // income 9.891 - 6 - 2 = 1.891 shows as 10 - 6 - 2 = 2 and holds. Every FY2011 sum holds as shown.
    // Income before tax is operating income plus other income, which has no FY2011 figure.
    private const string Facts = """
        concept,FY2011,FY2012
        ProductRevenue,"4,000","4,446"
        ServiceRevenue,"5,000","5,445"
        Revenues,"9,000","9,891"
        CostOfRevenue,"5,000","6,000"
        SellingGeneralAndAdministrativeExpense,"2,000","2,000"
        OperatingIncome,"2,000","1,891"
        OtherIncome,,300
        PretaxIncome,"2,000","2,191"
        """;

    /// <summary>The layout; the tests name its line numbers (line 1 is the title, the results rows are on lines 18-24).</summary>
    private const string Layout = """
        title: "{{ setting:company.name }} announces results for {{ setting:reporting.current_year }}"
        rounding: independent
        document:
          - heading: Results
          - table: results
          - table: highlights
          - text: text
        tables:
          - id: results
            title: Operating Results
            captions: ["(JPY in millions)"]
            format: millions
            columns:
              - {id: FY2011, header: [FY2011], period: FY2011}
              - {id: FY2012, header: [FY2012], period: FY2012}
              - {id: yoy, header: [YoY %], period: FY2012, value: "yoy($)", format: percent}
            rows:
              - {id: product, label: Product revenue, value: ProductRevenue, indent: 1}
              - {id: service, label: Service revenue, value: ServiceRevenue, indent: 1}
              - {id: revenues, label: Total revenues, value: Revenues, style: total}
              - {id: cost, label: Cost of revenue, value: CostOfRevenue}
              - {id: sga, label: SG&A expenses, value: SellingGeneralAndAdministrativeExpense}
              - {id: operating, label: Operating income, value: OperatingIncome, total_of: [revenues, -cost, -sga]}
              - {id: other, label: Other income, value: OtherIncome, unavailable: {text: "-", reason: "no other income was reported in FY2011"}}
          - id: highlights
            format: millions
            period: FY2012
            columns:
              - {id: value, header: [JPY millions]}
            rows:
              - {id: revenues, label: Revenues, value: Revenues}
              - {id: operating, label: Operating income, value: OperatingIncome}
        """;

    private const string Narrative = """
        Product revenue was JPY{{ ProductRevenue | millions }} million, {{ yoy(ProductRevenue) | yoy_phrase }}, and total revenues {{ change(Revenues) | incdec }} to JPY{{ Revenues | millions }} million.
        """;

    /// <summary><paramref name="facts"/> with the line of <paramref name="concept"/> given other FY2011 and FY2012 values.</summary>
    private static string WithFact(string facts, string concept, string values)
    {
        var lines = facts.Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith(concept + ",", StringComparison.Ordinal));
        i.ShouldBeGreaterThanOrEqualTo(0, concept);
        lines[i] = concept + "," + values;
        return string.Join('\n', lines);
    }

    /// <summary><paramref name="text"/> with <paramref name="oldText"/>, which must occur, replaced.</summary>
    private static string Edit(string text, string oldText, string newText)
    {
        text.ShouldContain(oldText, Case.Sensitive);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static PackageBuilder Package(string? layout = null, string? facts = null, string? narrative = null) =>
        new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts(facts ?? Facts)
            .WithNarrative(narrative ?? Narrative, NarrativePath)
            .WithLayout(layout ?? Layout, LayoutPath);

    /// <summary>Loads the package cleanly, reads its layout cleanly and derives the release.</summary>
    private static BuildResult Build(PackageBuilder builder, BuildOptions? options = null)
    {
        var source = builder.Build();
        var load = PackageLoader.Load(source);
        load.Diagnostics.ShouldBeEmpty(string.Join(" | ", load.Diagnostics));
        var bag = new DiagnosticBag();
        var layout = LayoutReader.Read(source, load.Package!, DerivationFunctions.Default, bag);
        bag.ToImmutable().ShouldBeEmpty(string.Join(" | ", bag.ToImmutable()));
        return ReleaseBuilder.Build(load.Package!, layout!, options);
    }

    private static BuildResult Build(BuildOptions? options = null) => Build(Package(), options);

    private static Figure FigureOf(BuildResult result, string id) =>
        result.FindFigure(id) ?? throw new ShouldAssertException($"No figure '{id}'; figures: {string.Join(", ", result.Figures.Select(f => f.Id))}");

    private static TableBlock Table(BuildResult result, string id) => result.Document.ShouldNotBeNull().Tables().Single(t => t.Id == id);

    /// <summary>The text of every cell of a table row.</summary>
    private static string[] Row(BuildResult result, string table, string row) =>
        [.. Table(result, table).Rows.Single(r => r.Id == row).Cells.Select(c => c.PlainText)];

    /// <summary>True when the sum holds on the figures as displayed.</summary>
    private static bool Holds(BuildResult result, DisplayedSum sum) =>
        sum.Terms.Aggregate(Rational.Zero, (acc, t) => acc + (Rational.FromInteger(t.Weight) * FigureOf(result, t.FigureId).Displayed!.Value)).IsZero;

    private static string Paragraph(BuildResult result) =>
        Inlines.PlainText(ReleaseDocument.Walk(result.Document.ShouldNotBeNull().Blocks).OfType<ParagraphBlock>().Single().Content);

    [Fact]
    public void Every_cell_of_a_table_is_computed_from_the_facts_by_its_row_and_column()
    {
        var result = Build();

        result.HasErrors.ShouldBeFalse(string.Join(" | ", result.Diagnostics));
        Row(result, "results", "product").ShouldBe(["4", "4", "11.2"]);
        Row(result, "results", "service").ShouldBe(["5", "5", "8.9"]);
        Row(result, "results", "revenues").ShouldBe(["9", "10", "9.9"]);
        Row(result, "results", "cost").ShouldBe(["5", "6", "20.0"]);
        Row(result, "results", "sga").ShouldBe(["2", "2", "0.0"]);
        Row(result, "results", "operating").ShouldBe(["2", "2", "(5.5)"]);
    }

    [Fact]
    public void A_figure_keeps_its_exact_value_expression_format_and_the_fact_it_comes_from()
    {
        var result = Build();

        var product = FigureOf(result, "results/product/FY2012");
        product.Value!.Value.ShouldBe(Rational.FromInteger(4_446_000));
        product.Value.IsExact.ShouldBeFalse("a figure in thousands is known to the thousand");
        product.Value.Low.ShouldBe(Rational.FromInteger(4_445_500));
        product.Value.High.ShouldBe(Rational.FromInteger(4_446_500));
        product.Expression.ToString().ShouldBe("ProductRevenue");
        product.Format.Name.ShouldBe("millions");
        product.Independent.ShouldBe(Rational.FromInteger(4));
        product.Label.ShouldBe("Product revenue / FY2012");
        product.Rule.ShouldBe("fact");
        product.Value.Provenance.Fact!.Source.ShouldBe(new SourceLocation("facts/facts.csv", 2, 24));

        // yoy($) in the column is the year-on-year change of the row's value: 4,446 / 4,000 - 1 = 11.15%,
        // shown half away from zero as 11.2.
        var yoy = FigureOf(result, "results/product/yoy");
        yoy.Expression.ToString().ShouldBe("yoy(ProductRevenue)");
        yoy.Value!.Value.ShouldBe(Rational.Of(223, 2000));
        yoy.Format.Name.ShouldBe("percent");
        yoy.Text.ShouldBe("11.2");
    }

    [Fact]
    public void The_document_carries_the_title_blocks_and_table_structure_of_the_layout()
    {
        var result = Build();
        var document = result.Document.ShouldNotBeNull();

        Inlines.PlainText(document.Title).ShouldBe("Example Corporation announces results for FY2012");
        document.Blocks[0].ShouldBeOfType<HeadingBlock>().Level.ShouldBe(2);
        Inlines.PlainText(((HeadingBlock)document.Blocks[0]).Content).ShouldBe("Results");
        document.Tables().Select(t => t.Id).ShouldBe(["results", "highlights"]);
        var table = Table(result, "results");
        Inlines.PlainText(table.Title).ShouldBe("Operating Results");
        table.Captions.Select(x => Inlines.PlainText(x)).ShouldBe(["(JPY in millions)"]);
        table.HeaderRows.Single().Select(x => Inlines.PlainText(x)).ShouldBe(["FY2011", "FY2012", "YoY %"]);
        table.ColumnCount.ShouldBe(3);
        table.Rows.Select(r => r.Id).ShouldBe(["product", "service", "revenues", "cost", "sga", "operating", "other"]);
        table.Rows[0].Indent.ShouldBe(1);
        table.Rows[2].Style.ShouldBe(RowStyle.Total);
        Inlines.PlainText(table.Rows[4].Label).ShouldBe("SG&A expenses");
        table.Rows[0].Cells.ShouldAllBe(c => c.Numeric);
        table.Rows[0].Cells.Select(c => c.FigureId).ShouldBe(["results/product/FY2011", "results/product/FY2012", "results/product/yoy"]);
    }

    [Fact]
    public void Deriving_the_same_package_twice_gives_the_same_result()
    {
        var first = Build();
        var second = Build();

        second.Document.ShouldBe(first.Document);
        second.Figures.Select(f => (f.Id, f.Text)).ShouldBe(first.Figures.Select(f => (f.Id, f.Text)));
        second.Sums.ShouldBe(first.Sums);
    }
}
