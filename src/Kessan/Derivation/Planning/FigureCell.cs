namespace Kessan.Derivation.Planning;

/// <summary>A cell that shows a figure.</summary>
/// <param name="Figure">The figure's index in the release's figures (<see cref="ReleasePlan.Figures"/>).</param>
internal sealed record FigureCell(int Figure) : CellPlan;
