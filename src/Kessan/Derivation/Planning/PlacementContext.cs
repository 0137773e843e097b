using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Layout.Templates;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// Where a template or a cell is placed: the period and status its figures are evaluated at, what the slot
/// '$' stands for, the display format a figure takes when it names none, and the owner whose placeholders
/// are numbered (<c>title/1</c>, <c>results/caption/2</c>).
/// </summary>
/// <param name="Period">The context period.</param>
/// <param name="Status">The context status.</param>
/// <param name="Slot">What '$' stands for, or null when nothing does.</param>
/// <param name="Format">The default display format's name, or null to choose one by the figure's unit.</param>
/// <param name="Owner">The id placeholders are numbered under.</param>
internal sealed record PlacementContext(Period Period, FactStatus Status, Expr? Slot, string? Format, string Owner)
{
    /// <summary>A placeholder's context: this one, with the period and status its format names.</summary>
    public PlacementContext Within(FormatSpec spec) => this with { Period = spec.Period ?? Period, Status = spec.Status ?? Status };

    /// <summary>
    /// The display format a placeholder's figure is rounded with: the one it names, or for a phrase format the
    /// one the phrase is rounded with (the context's for a plain number or a word).
    /// </summary>
    public string? FormatFor(FormatSpec spec) => PhraseFormats.Find(spec.Name) is { } phrase ? phrase.RoundedWith ?? Format : spec.Name;
}
