using System.Collections.Immutable;
using Kessan.Model;

namespace Kessan.Layout.Formats;

/// <summary>A figure as a phrase format writes it: as displayed, exactly, and how it is shown.</summary>
/// <param name="Displayed">The displayed value in display units (rounded, with any footing adjustment).</param>
/// <param name="Exact">The exact value, whose sign words such as "up" and "down" follow.</param>
/// <param name="Format">The display format the figure is rounded with.</param>
/// <param name="Args">The placeholder's arguments (<c>sign:"an income","an expense"</c>); empty for none.</param>
/// <remarks>Immutable.</remarks>
public readonly record struct PhraseInput(Rational Displayed, Rational Exact, DisplayFormat Format, ImmutableArray<string> Args)
{
    /// <summary>The figure written as a number in its display format.</summary>
    public string Number => Format.FormatDisplayed(Displayed, Exact.IsZero);
}
