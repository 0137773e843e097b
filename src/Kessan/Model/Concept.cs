using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>The XBRL balance type of a monetary concept: which side of the ledger a positive value sits on.</summary>
public enum BalanceType
{
    /// <summary>No balance type (non-monetary concepts, or monetary concepts that are neither).</summary>
    None = 0,

    /// <summary>Assets, expenses, losses, cash payments.</summary>
    Debit = 1,

    /// <summary>Liabilities, equity, revenues, gains, cash receipts.</summary>
    Credit = 2,
}

/// <summary>What kind of number a concept holds; it fixes which units its facts may have.</summary>
public enum ItemType
{
    /// <summary>Money, in the reporting currency.</summary>
    Monetary = 0,

    /// <summary>A number of shares.</summary>
    Shares = 1,

    /// <summary>Money per share.</summary>
    PerShare = 2,

    /// <summary>A ratio or percentage, unit <c>pure</c>.</summary>
    Pure = 3,

    /// <summary>A count or measure in a unit the package declares (<c>contracts</c>, <c>Gbps</c>).</summary>
    Quantity = 4,
}

/// <summary>The sign a concept's values must have.</summary>
public enum SignConstraint
{
    /// <summary>Any sign.</summary>
    Any = 0,

    /// <summary>Zero or positive: revenues, costs, payments, proceeds, share counts.</summary>
    NonNegative = 1,

    /// <summary>Zero or negative.</summary>
    NonPositive = 2,
}

/// <summary>Which shares a per-share figure is "per".</summary>
public enum ShareBasis
{
    /// <summary>Per share as restated for every split up to the release (the default).</summary>
    Restated = 0,

    /// <summary>Per share as outstanding when the figure was declared, before later splits (declared dividends).</summary>
    AsDeclared = 1,
}

/// <summary>
/// The part a concept plays in the statement tie-outs. Each role is held by at most one concept of a
/// package; tie-out rules find their concepts by role, so a package may name its concepts as it likes.
/// </summary>
public enum ConceptRole
{
    /// <summary>Net income including non-controlling interests (US GAAP <c>ProfitLoss</c>).</summary>
    NetIncome,

    /// <summary>Net income attributable to the parent's shareholders (US GAAP <c>NetIncomeLoss</c>).</summary>
    NetIncomeAttributableToParent,

    /// <summary>Net income attributable to non-controlling interests.</summary>
    NetIncomeAttributableToNoncontrollingInterests,

    /// <summary>Other comprehensive income, net of tax.</summary>
    OtherComprehensiveIncome,

    /// <summary>Total comprehensive income including non-controlling interests.</summary>
    ComprehensiveIncome,

    /// <summary>Cash and cash equivalents, as the balance sheet and the cash-flow statement report them.</summary>
    Cash,

    /// <summary>
    /// What a cash-flow statement begins and ends with when it is not the balance sheet's cash (cash, cash
    /// equivalents and restricted cash): its calculation (<c>sum</c>) over balance-sheet lines is how it reconciles.
    /// </summary>
    CashFlowCash,

    /// <summary>Total assets.</summary>
    Assets,

    /// <summary>Total liabilities and equity.</summary>
    LiabilitiesAndEquity,

    /// <summary>Total equity including non-controlling interests; the balance the equity statement rolls forward.</summary>
    TotalEquity,

    /// <summary>Non-controlling interests in the balance sheet.</summary>
    NoncontrollingInterests,
}

/// <summary>How a concept's facts are required in the statements it belongs to.</summary>
public enum Requirement
{
    /// <summary>A fact is required for every period of every statement the concept belongs to (the default).</summary>
    EveryStatementPeriod = 0,

    /// <summary>Facts are optional.</summary>
    None = 1,

    /// <summary>A fact is required for the listed periods only.</summary>
    ListedPeriods = 2,
}

/// <summary>
/// A line item: what a fact is a value of. Concepts carry labels, the statements they belong to, the
/// XBRL balance and period types, the kind of number they hold and the sign their values must have.
/// </summary>
/// <remarks>Immutable; equality by value (collections compared element by element).</remarks>
public sealed record Concept
{
    /// <summary>Package-unique identifier used in fact files, e.g. <c>Revenues</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Standard label, as a reader sees it in the statements.</summary>
    public required string Label { get; init; }

    /// <summary>What the concept means, when the label is not enough; may be null.</summary>
    public string? Documentation { get; init; }

    /// <summary>Statement identifiers the concept is presented in; the first is its home statement. May be empty.</summary>
    public ImmutableArray<string> Statements { get; init; } = [];

    /// <summary>XBRL balance type.</summary>
    public BalanceType Balance { get; init; }

    /// <summary>Instant or duration.</summary>
    public PeriodType PeriodType { get; init; }

    /// <summary>Kind of number.</summary>
    public ItemType ItemType { get; init; }

    /// <summary>The declared unit for <see cref="ItemType.Quantity"/>; null otherwise.</summary>
    public string? UnitId { get; init; }

    /// <summary>Sign the values must have.</summary>
    public SignConstraint Sign { get; init; }

    /// <summary>Share basis of a per-share concept.</summary>
    public ShareBasis ShareBasis { get; init; }

    /// <summary>Tie-out role, or null.</summary>
    public ConceptRole? Role { get; init; }

    /// <summary>Qualified XBRL element name such as <c>us-gaap:Revenues</c>, or null for an extension concept
    /// named after the company prefix.</summary>
    public string? XbrlName { get; init; }

    /// <summary>How the concept's facts are required.</summary>
    public Requirement Requirement { get; init; }

    /// <summary>The periods a fact is required for when <see cref="Requirement"/> is <see cref="Requirement.ListedPeriods"/>.</summary>
    public ImmutableArray<Period> RequiredPeriods { get; init; } = [];

    /// <summary>Where the concept is defined.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The statement the concept is first presented in, or null.</summary>
    public string? HomeStatement => Statements.IsDefaultOrEmpty ? null : Statements[0];

    /// <inheritdoc/>
    public bool Equals(Concept? other) =>
        other is not null
        && Id == other.Id && Label == other.Label && Documentation == other.Documentation
        && Statements.SequenceEqual(other.Statements)
        && Balance == other.Balance && PeriodType == other.PeriodType && ItemType == other.ItemType
        && UnitId == other.UnitId && Sign == other.Sign && ShareBasis == other.ShareBasis && Role == other.Role
        && XbrlName == other.XbrlName && Requirement == other.Requirement
        && RequiredPeriods.SequenceEqual(other.RequiredPeriods)
        && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Label, Balance, PeriodType, ItemType, Location);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
