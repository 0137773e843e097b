namespace Kessan.Derivation.Planning;

/// <summary>What a table cell shows, before rounding is settled: nothing, a figure, or a text.</summary>
internal abstract record CellPlan;
