using System.Collections.Immutable;

namespace Kessan.Diagnostics;

/// <summary>A diagnostic code with its title, for documentation and listings.</summary>
/// <param name="Code">The code, e.g. <c>KSN301</c>.</param>
/// <param name="Title">What the code means, in a few words.</param>
public sealed record DiagnosticCodeInfo(string Code, string Title);

/// <summary>
/// Every diagnostic code Kessan reports. Codes are stable: a code never changes meaning, and a retired
/// code is never reused. <c>docs/diagnostics.md</c> explains each one.
/// </summary>
/// <remarks>
/// Ranges: KSN0xx the package and its YAML; KSN1xx fact files; KSN2xx facts; KSN3xx relationships
/// between facts; KSN4xx tie-outs between statements; KSN5xx layout, derivation and narrative; KSN6xx periods across releases (roll-forward, restatements).
/// </remarks>
public static class DiagnosticCodes
{
    /// <summary>A file the package needs does not exist or cannot be read.</summary>
    public const string FileMissing = "KSN001";

    /// <summary>A YAML file is malformed.</summary>
    public const string YamlSyntax = "KSN002";

    /// <summary>A YAML mapping has a key Kessan does not know.</summary>
    public const string UnknownKey = "KSN003";

    /// <summary>A required YAML key is missing.</summary>
    public const string MissingKey = "KSN004";

    /// <summary>A YAML value has the wrong type or form.</summary>
    public const string InvalidValue = "KSN005";

    /// <summary>Two definitions share an identifier.</summary>
    public const string DuplicateId = "KSN006";

    /// <summary>A definition refers to something that is not defined.</summary>
    public const string UnknownReference = "KSN007";

    /// <summary>A calculation or roll-forward cannot hold as written.</summary>
    public const string MalformedRelationship = "KSN008";

    /// <summary>A package file is not valid UTF-8 text, or holds a character no output may carry (a control character, a noncharacter).</summary>
    public const string BadText = "KSN009";

    /// <summary>A CSV file is malformed.</summary>
    public const string CsvSyntax = "KSN101";

    /// <summary>A fact file's header is wrong.</summary>
    public const string BadHeader = "KSN102";

    /// <summary>A fact names a concept the package does not define.</summary>
    public const string UnknownConcept = "KSN103";

    /// <summary>A value is not a number Kessan accepts.</summary>
    public const string BadNumber = "KSN104";

    /// <summary>A fact's period is missing, unknown, or of the wrong type for its concept.</summary>
    public const string PeriodMismatch = "KSN105";

    /// <summary>A fact's unit is unknown or does not fit its concept.</summary>
    public const string UnitMismatch = "KSN106";

    /// <summary>A fact names an unknown axis or member.</summary>
    public const string UnknownDimension = "KSN107";

    /// <summary>A fact's scale, precision, status or anchor is not valid.</summary>
    public const string BadAttribute = "KSN108";

    /// <summary>Facts with the same concept, period, dimensions, unit and status disagree.</summary>
    public const string ConflictingFacts = "KSN201";

    /// <summary>A statement lacks a fact it must report.</summary>
    public const string MissingFact = "KSN202";

    /// <summary>A value has the sign its concept forbids.</summary>
    public const string SignConvention = "KSN203";

    /// <summary>A total does not equal the sum of its items beyond what rounding allows.</summary>
    public const string Calculation = "KSN301";

    /// <summary>A total does not equal the sum of its breakdown along an exhaustive axis.</summary>
    public const string DimensionAggregation = "KSN302";

    /// <summary>A closing balance does not equal the opening balance plus the changes.</summary>
    public const string RollForward = "KSN303";

    /// <summary>A calculation weight contradicts the balance types of the concepts.</summary>
    public const string WeightBalance = "KSN304";

    /// <summary>Figures for part of a year are inconsistent with the year.</summary>
    public const string QuarterYear = "KSN305";

    /// <summary>Total assets do not equal total liabilities and equity.</summary>
    public const string BalanceSheetBalances = "KSN401";

    /// <summary>Net income differs between statements or its attribution differs from the income statement.</summary>
    public const string NetIncomeTieOut = "KSN402";

    /// <summary>Ending cash in the cash-flow statement differs from the balance sheet.</summary>
    public const string EndingCashTieOut = "KSN403";

    /// <summary>Beginning cash in the cash-flow statement differs from the prior balance sheet.</summary>
    public const string BeginningCashTieOut = "KSN404";

    /// <summary>An equity-statement balance differs from the balance sheet.</summary>
    public const string EquityTieOut = "KSN405";

    /// <summary>Comprehensive income differs from net income plus other comprehensive income.</summary>
    public const string ComprehensiveIncomeTieOut = "KSN406";

    /// <summary>Non-controlling interests do not roll forward or do not tie to the income statement.</summary>
    public const string NoncontrollingInterestTieOut = "KSN407";

    /// <summary>An expression in a layout or a placeholder cannot be parsed.</summary>
    public const string ExpressionSyntax = "KSN501";

    /// <summary>A template (text with placeholders) is malformed.</summary>
    public const string TemplateSyntax = "KSN502";

    /// <summary>A layout or template names a concept, axis, member, format, setting, table or text that does not exist.</summary>
    public const string UnknownName = "KSN503";

    /// <summary>A table cell has no value, or two, or no period.</summary>
    public const string BadCell = "KSN504";

    /// <summary>A figure cannot be derived: a fact it needs is missing, or its computation fails.</summary>
    public const string FigureUnavailable = "KSN505";

    /// <summary>A sum the layout declares does not hold on the exact values.</summary>
    public const string LayoutSum = "KSN506";

    /// <summary>Narrative text contains a number that is not bound to a figure.</summary>
    public const string LiteralNumber = "KSN507";

    /// <summary>Footed rounding found no way to make every displayed sum hold within one unit.</summary>
    public const string FootingInfeasible = "KSN508";

    /// <summary>A claim in narrative text is false for the figures.</summary>
    public const string FalseClaim = "KSN509";

    /// <summary>A chart cannot be drawn as declared: a cell it draws is not a figure, its figures differ in scale, or a waterfall does not add up as displayed.</summary>
    public const string ChartData = "KSN510";

    /// <summary>A place's display format cannot show its figure: a per-share amount or a ratio scaled to thousands or millions, an amount as a percentage.</summary>
    public const string FormatMismatch = "KSN511";

    /// <summary>A fact (or setting) of a rolled-forward package is still to fill in.</summary>
    public const string ToFill = "KSN601";

    /// <summary>A comparative fact differs from the value the store's published release gave it.</summary>
    public const string Restatement = "KSN602";

    /// <summary>Every code with its title, in code order.</summary>
    public static ImmutableArray<DiagnosticCodeInfo> All { get; } =
    [
        new(FileMissing, "File missing or unreadable"),
        new(YamlSyntax, "Malformed YAML"),
        new(UnknownKey, "Unknown key"),
        new(MissingKey, "Missing required key"),
        new(InvalidValue, "Invalid value"),
        new(DuplicateId, "Duplicate identifier"),
        new(UnknownReference, "Unknown reference"),
        new(MalformedRelationship, "Malformed relationship"),
        new(BadText, "Invalid text or character"),
        new(CsvSyntax, "Malformed CSV"),
        new(BadHeader, "Bad fact-file header"),
        new(UnknownConcept, "Unknown concept"),
        new(BadNumber, "Bad number"),
        new(PeriodMismatch, "Period missing, unknown or mismatched"),
        new(UnitMismatch, "Unit unknown or mismatched"),
        new(UnknownDimension, "Unknown axis or member"),
        new(BadAttribute, "Bad scale, precision, status or anchor"),
        new(ConflictingFacts, "Duplicate facts disagree"),
        new(MissingFact, "Required fact missing"),
        new(SignConvention, "Sign convention violated"),
        new(Calculation, "Calculation inconsistent"),
        new(DimensionAggregation, "Breakdown does not add up to its total"),
        new(RollForward, "Roll-forward inconsistent"),
        new(WeightBalance, "Calculation weight contradicts balance types"),
        new(QuarterYear, "Part of year inconsistent with the year"),
        new(BalanceSheetBalances, "Balance sheet does not balance"),
        new(NetIncomeTieOut, "Net income does not tie across statements"),
        new(EndingCashTieOut, "Ending cash does not tie to the balance sheet"),
        new(BeginningCashTieOut, "Beginning cash does not tie to the prior balance sheet"),
        new(EquityTieOut, "Equity statement does not tie to the balance sheet"),
        new(ComprehensiveIncomeTieOut, "Comprehensive income does not tie"),
        new(NoncontrollingInterestTieOut, "Non-controlling interests do not tie"),
        new(ExpressionSyntax, "Expression cannot be parsed"),
        new(TemplateSyntax, "Template is malformed"),
        new(UnknownName, "Unknown name in a layout or template"),
        new(BadCell, "Table cell without one value or period"),
        new(FigureUnavailable, "Figure cannot be derived"),
        new(LayoutSum, "Declared sum does not hold"),
        new(LiteralNumber, "Number in text not bound to a figure"),
        new(FootingInfeasible, "Footed rounding infeasible"),
        new(FalseClaim, "Claim in text is false"),
        new(ChartData, "Chart cannot be drawn as declared"),
        new(FormatMismatch, "Display format cannot show the figure"),
        new(ToFill, "Fact still to fill in"),
        new(Restatement, "Comparative differs from the published value"),
    ];
}
