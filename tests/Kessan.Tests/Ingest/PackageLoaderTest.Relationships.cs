using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN008: sums and roll-forwards that cannot hold as written.
public partial class PackageLoaderTest
{
    /// <summary>A sum on line 11, a roll-forward on line 15 and a balance concept on line 29; tests replace those lines.</summary>
    private const string RelationshipConcepts = """
        concepts:
          - id: Revenues
            label: Revenues
            period: duration
          - id: CostOfRevenue
            label: Cost of revenue
            period: duration
          - id: GrossProfit
            label: Gross profit
            period: duration
            sum: [Revenues, -CostOfRevenue]
          - id: Cash
            label: Cash
            period: instant
            rollforward: [Revenues, -CostOfRevenue]
          - id: Debt
            label: Debt
            period: instant
          - id: SharesIssued
            label: Shares issued
            period: instant
            type: shares
        axes:
          - id: CashLocation
            label: Where cash is held
            members:
              - id: ATMs
                label: In ATMs
                balance_concept: Cash

        """;

    private static LoadResult LoadRelationships(string concepts) =>
        new PackageBuilder().WithConcepts(concepts, ConceptsPath).Load();

    [Fact]
    public void Well_formed_sums_and_roll_forwards_load()
    {
        var result = LoadRelationships(RelationshipConcepts);

        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        var taxonomy = result.Package.ShouldNotBeNull().Taxonomy;
        var sum = taxonomy.Calculations.ShouldHaveSingleItem();
        sum.TotalId.ShouldBe("GrossProfit");
        sum.Items.Select(i => (i.ConceptId, i.Weight)).ShouldBe([("Revenues", 1), ("CostOfRevenue", -1)]);
        sum.Location.ShouldBe(new SourceLocation(ConceptsPath, 11, 10));
        taxonomy.RollForwards.ShouldHaveSingleItem().Changes.Select(c => c.ConceptId).ShouldBe(["Revenues", "CostOfRevenue"]);
    }

    [Theory]
    [InlineData(11, "    sum: [Revenues, GrossProfit]", 11, 21, "'GrossProfit' cannot be an item of its own sum")]
    [InlineData(11, "    sum: [Revenues, -Revenues]", 11, 21, "'Revenues' appears twice in the sum of 'GrossProfit'")]
    [InlineData(11, "    sum: [Revenues, Cash]", 11, 21, "'Cash' and 'GrossProfit' have different period types")]
    [InlineData(11, "    sum: [Revenues, SharesIssued]", 11, 21, "'SharesIssued' holds a different kind of number than 'GrossProfit'")]
    [InlineData(11, "    sum: []", 11, 10, "The sum of 'GrossProfit' has no items")]
    [InlineData(11, "    sums:\n      - [Revenues, -CostOfRevenue]\n      - [Revenues, Revenues]", 13, 20, "'Revenues' appears twice")]
    [InlineData(15, "    rollforward: [Revenues, Cash]", 15, 29, "'Cash' cannot be an item of its own roll-forward")]
    [InlineData(15, "    rollforward: [Revenues, Debt]", 15, 29, "'Debt' is an instant; the changes of a roll-forward are durations")]
    [InlineData(10, "    period: duration\n    rollforward: [Revenues]", 11, 18, "Only an instant concept (a balance) can roll forward; 'GrossProfit' is a duration")]
    [InlineData(29, "        balance_concept: Revenues", 29, 26, "Balance concept 'Revenues' must be an instant concept")]
    public void A_malformed_relationship_is_reported_at_its_offending_item(
        int line, string text, int expectedLine, int expectedColumn, string message)
    {
        var result = LoadRelationships(WithLine(RelationshipConcepts, line, text));

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.MalformedRelationship, ConceptsPath, expectedLine, expectedColumn)
            .Message.ShouldContain(message);
    }

    [Fact]
    public void Sums_that_form_a_cycle_are_reported_at_the_first_sum_of_the_cycle()
    {
        var concepts = WithLine(RelationshipConcepts, 4, "    period: duration\n    sum: [GrossProfit, CostOfRevenue]");

        var result = LoadRelationships(concepts);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.MalformedRelationship, ConceptsPath, 5, 10)
            .Message.ShouldContain("'Revenues' form a cycle");
    }

    [Fact]
    public void A_cycle_through_three_sums_is_reported_once()
    {
        var concepts = """
            period: duration
            concepts:
              - id: A
                label: A
                sum: [B]
              - id: B
                label: B
                sum: [C]
              - id: C
                label: C
                sum: [X, A]
              - id: X
                label: X

            """;

        var result = LoadRelationships(concepts);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.MalformedRelationship, ConceptsPath, 5, 10)
            .Message.ShouldContain("cycle");
    }

    [Fact]
    public void Every_malformed_item_of_a_sum_is_reported()
    {
        var result = LoadRelationships(WithLine(RelationshipConcepts, 11, "    sum: [Revenue, Cash, SharesIssued]"));

        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)).ShouldBe(
        [
            (DiagnosticCodes.UnknownReference, 11, 11),
            (DiagnosticCodes.MalformedRelationship, 11, 26),
            (DiagnosticCodes.MalformedRelationship, 11, 20),
        ], ignoreOrder: true);
        result.Package.ShouldNotBeNull().Taxonomy.Calculations.ShouldBeEmpty();
    }

    /// <summary>Concepts C0 … C(n-1), each the sum of the next; the last is the sum of <paramref name="lastItem"/>, if given.</summary>
    private static string ChainOfSums(int n, string? lastItem)
    {
        var text = new System.Text.StringBuilder("period: duration\nconcepts:\n");
        for (var i = 0; i < n; i++)
        {
            var item = i + 1 < n ? $"C{i + 1}" : lastItem;
            text.Append(CultureInfo.InvariantCulture, $"  - id: C{i}\n    label: C{i}\n").Append(item is null ? "" : $"    sum: [{item}]\n");
        }
        return text.ToString();
    }

    [Fact]
    public void A_chain_of_sums_far_deeper_than_the_call_stack_loads()
    {
        var result = LoadRelationships(ChainOfSums(100_000, lastItem: null));

        result.Diagnostics.ShouldBeEmpty();
        result.Package.ShouldNotBeNull().Taxonomy.Calculations.Length.ShouldBe(99_999);
    }

    [Fact]
    public void A_cycle_closing_a_long_chain_of_sums_is_reported_once_at_its_first_sum()
    {
        var result = LoadRelationships(ChainOfSums(100_000, lastItem: "C0"));

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.MalformedRelationship, ConceptsPath, 5, 10)
            .Message.ShouldContain("'C0' form a cycle");
    }
}
