using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Validation;

/// <summary>KSN304: calculation weights agree with the debit/credit balance types.</summary>
public partial class WeightBalanceRuleTest
{
    private static string Concepts(string sum) => $"""
        period: duration
        concepts:
          - id: Revenues
            label: Total revenues
            balance: credit
          - id: CostOfRevenue
            label: Cost of revenue
            balance: debit
          - id: OtherItems
            label: Other items
          - id: GrossProfit
            label: Gross profit
            balance: credit
            sum: {sum}
        """;

    private static PackageBuilder Package(string sum) => new PackageBuilder()
        .WithConcepts(Concepts(sum))
        .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n");

    [Fact]
    public void Weights_that_agree_with_the_balance_types_pass_and_items_without_a_balance_type_are_not_checked()
    {
        var report = Package("[Revenues, -CostOfRevenue, OtherItems]").Validate();

        report.ShouldPass(DiagnosticCodes.WeightBalance);
        report.ChecksOf(DiagnosticCodes.WeightBalance).ShouldBe(2);
        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_item_of_a_different_balance_type_with_weight_plus_one_is_reported_at_the_item()
    {
        var diagnostics = Package("[Revenues, CostOfRevenue]").Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.WeightBalance, "concepts/concepts.yaml", 14, 21);
        d.Message.ShouldBe("'CostOfRevenue' (debit) enters 'GrossProfit' (credit) with weight +1; a different balance type needs weight -1.");
    }

    [Fact]
    public void An_item_of_the_same_balance_type_with_weight_minus_one_is_reported_at_the_item()
    {
        var diagnostics = Package("[-Revenues, -CostOfRevenue]").Check();

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.WeightBalance, "concepts/concepts.yaml", 14, 11);
        d.Message.ShouldBe("'Revenues' (credit) enters 'GrossProfit' (credit) with weight -1; a same balance type needs weight +1.");
    }

    [Fact]
    public void A_total_without_a_balance_type_is_not_checked()
    {
        var report = new PackageBuilder()
            .WithConcepts("""
                period: duration
                concepts:
                  - id: Revenues
                    label: Total revenues
                    balance: credit
                  - id: CostOfRevenue
                    label: Cost of revenue
                    balance: debit
                  - id: Margin
                    label: Margin
                    sum: [Revenues, CostOfRevenue]
                """)
            .WithFacts("concept,FY2012\nRevenues,\"12,725\"\n")
            .Validate();

        report.Diagnostics.ShouldBeEmpty();
        report.ChecksOf(DiagnosticCodes.WeightBalance).ShouldBe(0);
    }

    private static string NetIncomeConcepts(string parentShares) => $"""
        period: duration
        concepts:
          - id: IncomeBeforeTax
            label: Income before income taxes
            balance: credit
          - id: IncomeTax
            label: Income tax expense
            balance: debit
          - id: NetIncomeParent
            label: Net income attributable to the parent
            balance: credit
          - id: NetIncomeMinority
            label: Net income attributable to noncontrolling interests
            balance: credit
          - id: NetIncome
            label: Net income
            balance: credit
            sums:
              - [IncomeBeforeTax, -IncomeTax]
              - {parentShares}
        """;

    [Fact]
    public void Every_decomposition_in_sums_is_checked_and_a_wrong_weight_is_reported_at_its_item()
    {
        var good = new PackageBuilder()
            .WithConcepts(NetIncomeConcepts("[NetIncomeParent, NetIncomeMinority]"))
            .WithFacts("concept,FY2012\nNetIncome,\"5,317\"\n")
            .Validate();
        good.ShouldPass(DiagnosticCodes.WeightBalance);
        good.ChecksOf(DiagnosticCodes.WeightBalance).ShouldBe(4);

        var diagnostics = new PackageBuilder()
            .WithConcepts(NetIncomeConcepts("[NetIncomeParent, -NetIncomeMinority]"))
            .WithFacts("concept,FY2012\nNetIncome,\"5,317\"\n")
            .Check();

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.WeightBalance, "concepts/concepts.yaml", 20, 27)
            .Message.ShouldStartWith("'NetIncomeMinority' (credit) enters 'NetIncome' (credit) with weight -1");
    }
}
