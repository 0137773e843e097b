using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Functions;
using Kessan.Layout.Expressions;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Derivation.Evaluation;

/// <summary>
/// The evaluator against a small package modelled on IIJ's FY2012 release: consolidated figures in JPY
/// thousands, segment figures and targets in JPY millions only, share counts restated for a 1:200 split on
/// October 1, 2012, dividends per share as declared at their record dates, and USD at JPY 94.16.
/// </summary>
public partial class EvaluatorTest
{
    private const string Concepts = """
        concepts:
          - id: Revenues
            label: Total revenues
            period: duration
            balance: credit
          - id: HomeRevenue
            label: Internet connectivity (home)
            period: duration
            balance: credit
          - id: OperatingIncome
            label: Operating income
            period: duration
            balance: credit
          - id: NetIncome
            label: Net income attributable to the company
            period: duration
            balance: credit
          - id: Impairment
            label: Impairment of intangibles
            period: duration
            balance: debit
          - id: OtherIncome
            label: Other income
            period: duration
            balance: credit
          - id: EquityMethodIncome
            label: Equity in net income of investees
            period: duration
            balance: credit
          - id: Assets
            label: Total assets
            period: instant
            balance: debit
          - id: WeightedAverageShares
            label: Weighted-average shares
            period: duration
            type: shares
          - id: SharesIssued
            label: Shares issued
            period: instant
            type: shares
            rollforward: []
          - id: TreasuryShares
            label: Treasury shares
            period: instant
            type: shares
          - id: UnreportedShares
            label: Shares reserved
            period: instant
            type: shares
            rollforward: []
          - id: DividendPerShare
            label: Dividend per share
            period: instant
            type: per-share
            share_basis: as-declared
          - id: OperatingMargin
            label: Operating margin
            period: duration
            type: pure
          - id: Contracts
            label: Number of contracts
            period: instant
            type: quantity
            unit: contracts
        axes:
          - id: Segment
            label: Business segment
            members:
              - id: Network
                label: Network services and systems integration
              - id: ATM
                label: ATM operation
        """;

    // Line numbers matter: provenance tests name them.
    private const string IncomeFacts = """
        concept,FY2011,FY2012
        Revenues,"97,314,605","106,248,486"
        HomeRevenue,"5,717,417","5,466,198"
        OperatingIncome,"6,353,483","7,752,642"
        NetIncome,"3,640,963","5,300,654"
        Impairment,-,"1,234"
        WeightedAverageShares,"40,536,800","40,536,800"
        """;

    private const string BalanceFacts = """
        concept,FY2010-end,FY2011-end,FY2012-end
        Assets,,"73,493,246","82,111,266"
        SharesIssued,,"41,295,600","41,295,600"
        TreasuryShares,,"758,800","758,800"
        Contracts,,"1,000","1,150"
        """;

    private const string SegmentFacts = """
        concept,dims,FY2011,FY2012
        Revenues,Segment=Network,"96,497","104,487"
        Revenues,Segment=ATM,"1,324","2,320"
        OperatingIncome,Segment=ATM,(194),239
        OtherIncome,,5,6
        EquityMethodIncome,,,2
        """;

    private const string TargetFacts = """
        concept,FY2013
        Revenues,"117,000"
        OperatingIncome,"9,400"
        """;

    private const string DividendFacts = """
        concept,status,period,value
        DividendPerShare,actual,2Q11-end,"1,500.00"
        DividendPerShare,actual,FY2011-end,"1,750.00"
        DividendPerShare,actual,2Q12-end,"1,750.00"
        DividendPerShare,actual,FY2012-end,10.00
        DividendPerShare,forecast,2Q13-end,11.00
        DividendPerShare,forecast,FY2013-end,11.00
        """;

    private const string Settings = """
        convenience_translation:
          currency: USD
          rate: 94.16
          rate_date: 2013-03-29
          wording: Translated for convenience at JPY 94.16 = USD 1.
        shares:
          splits:
            - effective: 2012-10-01
              ratio: 200
          restated_from: 2011-04-01
          ads_per_share: 2

        """;

    private static readonly Lazy<ReleasePackage> Iij = new(() => Load(Settings));

    private static ReleasePackage Load(string settings, string? extraFacts = null)
    {
        var builder = new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts(IncomeFacts, "facts/income.csv")
            .WithFacts(BalanceFacts, "facts/balance.csv")
            .WithFacts(SegmentFacts, "facts/segments.csv", scale: "millions")
            .WithFacts(TargetFacts, "facts/targets.csv", scale: "millions", status: "target")
            .WithFacts(DividendFacts, "facts/dividends.csv");
        if (extraFacts is not null)
        {
            builder.WithFacts(extraFacts, "facts/extra.csv");
        }
        return builder.WithManifest(builder.Manifest() + settings).LoadClean();
    }

    private static Period P(string name) => Iij.Value.Calendar.TryParse(name, out var p) ? p! : throw new ArgumentException("Not a period: " + name, nameof(name));

    private static Expr Parse(string text) =>
        new ExprParser(Iij.Value.Calendar).Parse(text, out var error) ?? throw new ArgumentException(error!.Message, nameof(text));

    /// <summary>Evaluates <paramref name="expression"/> in the IIJ package at <paramref name="period"/> (FY2012 by default).</summary>
    private static DerivedValue Eval(string expression, string period = "FY2012", FactStatus status = FactStatus.Actual) =>
        new Evaluator(Iij.Value).Evaluate(Parse(expression), P(period), status).Value;

    /// <summary>The message of the failure to evaluate <paramref name="expression"/>.</summary>
    private static string Failure(string expression, string period = "FY2012", FactStatus status = FactStatus.Actual, ReleasePackage? package = null) =>
        new Evaluator(package ?? Iij.Value).Evaluate(Parse(expression), P(period), status).Problem.ShouldNotBeNull().Message;

    /// <summary>Yen (or any unit) written as a decimal.</summary>
    private static Rational Y(decimal value) => Rational.FromDecimal(value);

    [Fact]
    public void The_test_package_loads_cleanly()
    {
        var package = Iij.Value;

        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(106_248_486_000m);
        package.Facts.Find("Revenues", P("FY2012"), DimensionSet.Of("Segment", "ATM")).ShouldNotBeNull().Precision.ShouldBe(Precision.Millions);
        package.Facts.Find("Revenues", P("FY2013"), status: FactStatus.Target).ShouldNotBeNull().Value.ShouldBe(117_000_000_000m);
        package.Translation.ShouldNotBeNull().Rate.ShouldBe(94.16m);
        package.Shares.AdsPerShare.ShouldBe(2m);
        package.Shares.SplitFactorAfter(new DateOnly(2012, 9, 30)).ShouldBe(200m);
    }

    [Fact]
    public void The_evaluator_needs_a_package() => Should.Throw<ArgumentNullException>(() => new Evaluator(null!));

    [Fact]
    public void Every_rule_is_documented_with_a_signature()
    {
        DerivationFunctions.Default.All.Select(r => r.Name).ShouldBe(
            ["yoy", "change", "avg", "translate", "ads", "per_ads", "abs", "restated", "carried", "dividend_total", "dividend_per_share", "declared_total"]);
        foreach (var rule in DerivationFunctions.Default.All)
        {
            rule.Signature.ShouldStartWith(rule.Name + "(");
            rule.Documentation.ShouldNotBeNullOrWhiteSpace();
        }
    }
}
