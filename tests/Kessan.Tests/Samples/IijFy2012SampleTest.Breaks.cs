using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Testing;
using Kessan.Validation;

namespace Kessan.Tests.Samples;

/// <summary>
/// Breaks copies of the sample package the way transcription goes wrong (a changed figure, a dropped
/// line, a swapped sign, a mistyped concept, statements that no longer tie) and asserts the exact
/// diagnostics Kessan gives.
/// </summary>
public partial class IijFy2012SampleTest
{
    private const string BalanceSheet = "facts/balance-sheet.csv";
    private const string CashFlows = "facts/cash-flows.csv";
    private const string Equity = "facts/equity.csv";

    private static ImmutableArray<Diagnostic> CheckBroken(InMemoryPackageSource source)
    {
        var load = PackageLoader.Load(source);
        if (load.HasErrors)
        {
            return load.Diagnostics;
        }
        return [.. load.Diagnostics, .. Validator.Validate(load.Package!).Diagnostics];
    }

    private static (string Code, string Path, int Line, int Column)[] Summary(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => (d.Code, d.Location!.Path, d.Location.Line, d.Location.Column))
            .OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Line).ThenBy(x => x.Column)];

    [Fact]
    public void Changing_one_figure_breaks_exactly_the_total_it_belongs_to()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(BalanceSheet, "Inventories,", "\"1,301,684\"", "\"1,301,685\"");
        var totalLine = sample.LineStartingWith(BalanceSheet, "AssetsCurrent,");

        var diagnostics = CheckBroken(source);

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.Calculation, BalanceSheet, totalLine, 28);
        d.Message.ShouldBe("'Total current assets' at 2013-03-31 does not equal the sum of its items (the statement foots exactly).");
        d.Related.ShouldContain(new SourceLocation(BalanceSheet, sample.LineStartingWith(BalanceSheet, "Inventories,"), 23));
    }

    [Fact]
    public void Dropping_a_line_is_reported_as_missing_and_as_breaking_its_total()
    {
        var sample = SamplePackages.IijFy2012();
        var line = sample.LineStartingWith(BalanceSheet, "Inventories,");
        var totalLine = sample.LineStartingWith(BalanceSheet, "AssetsCurrent,");
        var concept = sample.LineStartingWith("concepts/balance-sheet.yaml", "  - id: Inventories");

        var diagnostics = CheckBroken(sample.RemoveLine(BalanceSheet, line));

        Summary(diagnostics).ShouldBe(
        [
            (DiagnosticCodes.MissingFact, "concepts/balance-sheet.yaml", concept, 5),
            (DiagnosticCodes.MissingFact, "concepts/balance-sheet.yaml", concept, 5),
            (DiagnosticCodes.Calculation, BalanceSheet, totalLine - 1, 15),
            (DiagnosticCodes.Calculation, BalanceSheet, totalLine - 1, 28),
        ]);
        diagnostics.WithCode(DiagnosticCodes.MissingFact).Select(d => d.Message).ShouldBe(
        [
            "'Consolidated Balance Sheets' has no fact for 'Inventories' at 2012-03-31.",
            "'Consolidated Balance Sheets' has no fact for 'Inventories' at 2013-03-31.",
        ]);
    }

    [Fact]
    public void A_payment_copied_with_its_printed_parentheses_breaks_the_sign_the_subtotal_and_the_quarter_check()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(CashFlows, "PaymentsToAcquirePropertyAndEquipment,", "\"5,588,815\"", "\"(5,588,815)\"");
        var line = sample.LineStartingWith(CashFlows, "PaymentsToAcquirePropertyAndEquipment,");
        var subtotal = sample.LineStartingWith(CashFlows, "NetCashFromInvestingActivities,");
        var quarter = sample.LineStartingWith("facts/quarterly-cash-flows.csv", "PaymentsToAcquirePropertyAndEquipment,");

        var diagnostics = CheckBroken(source);

        Summary(diagnostics).ShouldBe(
        [
            (DiagnosticCodes.SignConvention, CashFlows, line, 52),
            (DiagnosticCodes.Calculation, CashFlows, subtotal, 47),
            (DiagnosticCodes.QuarterYear, "facts/quarterly-cash-flows.csv", quarter, 54),
        ]);
        diagnostics.WithCode(DiagnosticCodes.SignConvention).Single().Message
            .ShouldStartWith("'Purchase of property and equipment' for FY2012 is negative, but 'Purchase of property and equipment' is never negative");
    }

    [Fact]
    public void A_mistyped_concept_is_reported_with_a_suggestion_and_stops_validation()
    {
        var sample = SamplePackages.IijFy2012();
        var line = sample.LineStartingWith(BalanceSheet, "Inventories,");
        var source = sample.ReplaceInLine(BalanceSheet, "Inventories,", "Inventories", "Inventries");

        var diagnostics = CheckBroken(source);

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownConcept, BalanceSheet, line, 1);
        d.Message.ShouldBe("Concept 'Inventries' is not defined. Did you mean 'Inventories'?");
    }

    [Fact]
    public void Net_income_that_differs_between_the_income_and_cash_flow_statements_is_a_tie_out_error()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(CashFlows, "ProfitLoss,", "\"5,317,347\"", "\"5,317,348\"");
        var line = sample.LineStartingWith(CashFlows, "ProfitLoss,");
        var incomeLine = sample.LineStartingWith("facts/income-statement.csv", "ProfitLoss,");

        var diagnostics = CheckBroken(source);

        var tie = diagnostics.WithCode(DiagnosticCodes.NetIncomeTieOut).Single().ShouldBeAt(DiagnosticCodes.NetIncomeTieOut, CashFlows, line, 25);
        tie.Message.ShouldBe(
            $"Net income for FY2012 in 'Consolidated Statements of Cash Flows' differs from 'Consolidated Statements of Income' (facts/income-statement.csv:{incomeLine}:24).");
        diagnostics.WithCode(DiagnosticCodes.ConflictingFacts).ShouldBeEmpty();
    }

    [Fact]
    public void Ending_cash_that_differs_from_the_balance_sheet_is_a_tie_out_error()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(CashFlows, "CashAndCashEquivalents,end,", "\"12,258,872\"", "\"12,258,827\"");
        var line = sample.LineStartingWith(CashFlows, "CashAndCashEquivalents,end,");

        var diagnostics = CheckBroken(source);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.EndingCashTieOut, CashFlows, line, 41)
            .Message.ShouldStartWith("Cash and cash equivalents at the end of FY2012 in 'Consolidated Statements of Cash Flows' differ from 'Consolidated Balance Sheets'");
    }

    [Fact]
    public void Beginning_cash_that_differs_from_the_prior_balance_sheet_is_a_tie_out_error()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(CashFlows, "CashAndCashEquivalents,start,", "\"13,536,824\"", "\"13,536,842\"");
        var line = sample.LineStartingWith(CashFlows, "CashAndCashEquivalents,start,");

        var diagnostics = CheckBroken(source);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.BeginningCashTieOut, CashFlows, line, 43)
            .Message.ShouldStartWith("Cash and cash equivalents at the beginning of FY2012 in 'Consolidated Statements of Cash Flows' differ from the balance at 2012-03-31");
    }

    [Fact]
    public void An_equity_component_that_differs_from_the_balance_sheet_breaks_the_tie_out_and_the_roll_forward()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(Equity, "TotalEquity,FY2012-end,", "\"27,300,325\"", "\"27,300,352\"");
        var line = sample.LineStartingWith(Equity, "TotalEquity,FY2012-end,");

        var diagnostics = CheckBroken(source);

        Summary(diagnostics).Select(x => (x.Code, x.Path, x.Line)).ShouldBe(
        [
            (DiagnosticCodes.DimensionAggregation, Equity, line),
            (DiagnosticCodes.RollForward, Equity, line),
            (DiagnosticCodes.EquityTieOut, Equity, line),
        ]);
        diagnostics.WithCode(DiagnosticCodes.EquityTieOut).Single().Message.ShouldBe(
            "'Total equity' [Additional paid-in capital] at 2013-03-31 in the equity statement differs from 'Additional paid-in capital' at 2013-03-31 in the balance sheet.");
    }

    [Fact]
    public void Non_controlling_interests_that_do_not_roll_forward_are_reported()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(BalanceSheet, "NoncontrollingInterests,", "\"27,403\"", "\"27,430\"");

        var codes = CheckBroken(source).Select(d => d.Code).Order(StringComparer.Ordinal).ToArray();

        codes.ShouldBe([DiagnosticCodes.Calculation, DiagnosticCodes.EquityTieOut, DiagnosticCodes.NoncontrollingInterestTieOut]);
    }

    [Fact]
    public void A_balance_sheet_that_does_not_balance_is_reported()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine(BalanceSheet, "LiabilitiesAndEquity,", "\"82,111,266\"", "\"82,111,267\"");
        var line = sample.LineStartingWith(BalanceSheet, "LiabilitiesAndEquity,");

        var diagnostics = CheckBroken(source);

        Summary(diagnostics).ShouldBe(
        [
            (DiagnosticCodes.Calculation, BalanceSheet, line, 35),
            (DiagnosticCodes.BalanceSheetBalances, BalanceSheet, line, 35),
        ]);
    }

    [Fact]
    public void A_breakdown_in_millions_that_cannot_round_to_its_total_is_reported()
    {
        var sample = SamplePackages.IijFy2012();
        var source = sample.ReplaceInLine("facts/network-services.csv", "InternetConnectivityHomeRevenue,Brand=OEM,", "627", "629");

        var d = CheckBroken(source).Single();

        d.Code.ShouldBe(DiagnosticCodes.DimensionAggregation);
        d.Location!.Path.ShouldBe("facts/income-statement.csv");
        d.Message.ShouldBe("'Internet connectivity services (home use)' for FY2012 does not equal the sum of its breakdown by Brand beyond what rounding allows.");
    }
}
