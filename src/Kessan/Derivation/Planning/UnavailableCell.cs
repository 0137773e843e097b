using Kessan.Layout;

namespace Kessan.Derivation.Planning;

/// <summary>A cell whose figure cannot be derived, showing what the package declares instead (such as "-").</summary>
/// <param name="Declared">The declaration: the text shown, and why.</param>
internal sealed record UnavailableCell(Unavailable Declared) : CellPlan;
