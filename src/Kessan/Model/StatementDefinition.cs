using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>What a statement is; tie-out rules use it to tell the balance sheet from the cash-flow statement.</summary>
public enum StatementKind
{
    /// <summary>Any other table of facts (breakdowns, KPIs, notes).</summary>
    Other = 0,

    /// <summary>Balance sheet (statement of financial position).</summary>
    BalanceSheet,

    /// <summary>Statement of income.</summary>
    IncomeStatement,

    /// <summary>Statement of comprehensive income.</summary>
    ComprehensiveIncome,

    /// <summary>Statement of shareholders' equity.</summary>
    Equity,

    /// <summary>Statement of cash flows.</summary>
    CashFlows,
}

/// <summary>How the printed figures of a statement add up.</summary>
public enum Footing
{
    /// <summary>Each printed figure is rounded on its own, so totals may differ from the sum of their printed
    /// lines by rounding (the default; XBRL Calculations 1.1).</summary>
    Rounding = 0,

    /// <summary>The printed lines add up exactly to the printed totals at their printed precision, so any
    /// difference, however small, is an error.</summary>
    Exact = 1,
}

/// <summary>A statement the package reports, with the periods it covers.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record StatementDefinition
{
    /// <summary>Package-unique identifier, e.g. <c>balance-sheet</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Title as printed.</summary>
    public required string Title { get; init; }

    /// <summary>Kind of statement.</summary>
    public StatementKind Kind { get; init; }

    /// <summary>How the statement's printed figures add up.</summary>
    public Footing Footing { get; init; }

    /// <summary>The periods the statement covers: instants for a balance sheet, durations otherwise.</summary>
    public required ImmutableArray<Period> Periods { get; init; }

    /// <summary>Where the statement is defined.</summary>
    public required SourceLocation Location { get; init; }

    /// <inheritdoc/>
    public bool Equals(StatementDefinition? other) =>
        other is not null && Id == other.Id && Title == other.Title && Kind == other.Kind && Footing == other.Footing
        && Periods.SequenceEqual(other.Periods) && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Kind, Periods.Length);
}
