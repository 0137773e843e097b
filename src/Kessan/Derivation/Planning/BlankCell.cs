namespace Kessan.Derivation.Planning;

/// <summary>A cell that shows nothing.</summary>
internal sealed record BlankCell : CellPlan;
