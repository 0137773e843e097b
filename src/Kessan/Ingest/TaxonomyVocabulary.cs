using Kessan.Model;

namespace Kessan.Ingest;

/// <summary>The words a concept file uses for a concept's kind, balance, sign, share basis, missing items and role.</summary>
internal static class TaxonomyVocabulary
{
    public static readonly IReadOnlyDictionary<string, BalanceType> Balances = new Dictionary<string, BalanceType>(StringComparer.Ordinal)
    {
        ["debit"] = BalanceType.Debit, ["credit"] = BalanceType.Credit, ["none"] = BalanceType.None,
    };

    public static readonly IReadOnlyDictionary<string, PeriodType> PeriodTypes = new Dictionary<string, PeriodType>(StringComparer.Ordinal)
    {
        ["instant"] = PeriodType.Instant, ["duration"] = PeriodType.Duration,
    };

    public static readonly IReadOnlyDictionary<string, ItemType> ItemTypes = new Dictionary<string, ItemType>(StringComparer.Ordinal)
    {
        ["monetary"] = ItemType.Monetary, ["shares"] = ItemType.Shares, ["per-share"] = ItemType.PerShare,
        ["pure"] = ItemType.Pure, ["quantity"] = ItemType.Quantity,
    };

    public static readonly IReadOnlyDictionary<string, SignConstraint> Signs = new Dictionary<string, SignConstraint>(StringComparer.Ordinal)
    {
        ["any"] = SignConstraint.Any, ["non-negative"] = SignConstraint.NonNegative, ["non-positive"] = SignConstraint.NonPositive,
    };

    public static readonly IReadOnlyDictionary<string, ShareBasis> ShareBases = new Dictionary<string, ShareBasis>(StringComparer.Ordinal)
    {
        ["restated"] = ShareBasis.Restated, ["as-declared"] = ShareBasis.AsDeclared,
    };

    public static readonly IReadOnlyDictionary<string, MissingItems> MissingItemsChoices = new Dictionary<string, MissingItems>(StringComparer.Ordinal)
    {
        ["nil"] = MissingItems.Nil, ["unknown"] = MissingItems.Unknown,
    };

    public static readonly IReadOnlyDictionary<string, ConceptRole> Roles = new Dictionary<string, ConceptRole>(StringComparer.Ordinal)
    {
        ["net-income"] = ConceptRole.NetIncome,
        ["net-income-attributable-to-parent"] = ConceptRole.NetIncomeAttributableToParent,
        ["net-income-attributable-to-noncontrolling-interests"] = ConceptRole.NetIncomeAttributableToNoncontrollingInterests,
        ["other-comprehensive-income"] = ConceptRole.OtherComprehensiveIncome,
        ["comprehensive-income"] = ConceptRole.ComprehensiveIncome,
        ["cash"] = ConceptRole.Cash,
        ["cash-flow-cash"] = ConceptRole.CashFlowCash,
        ["assets"] = ConceptRole.Assets,
        ["liabilities-and-equity"] = ConceptRole.LiabilitiesAndEquity,
        ["total-equity"] = ConceptRole.TotalEquity,
        ["noncontrolling-interests"] = ConceptRole.NoncontrollingInterests,
    };

    /// <summary>The word a concept file uses for a role.</summary>
    public static string RoleName(ConceptRole role) => Roles.First(kv => kv.Value == role).Key;
}
