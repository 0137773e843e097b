using Kessan.Layout.Templates;

namespace Kessan.Derivation.Planning;

/// <summary>A cell that shows a text, whose placeholders are figures of its context.</summary>
/// <param name="Template">The text.</param>
/// <param name="Context">Where it is placed.</param>
internal sealed record TextCell(Template Template, PlacementContext Context) : CellPlan;
