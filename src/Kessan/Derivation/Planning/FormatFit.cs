using Kessan.Layout.Formats;
using Kessan.Model;

namespace Kessan.Derivation.Planning;

/// <summary>
/// Whether a display format can show a figure of a unit: a per-share amount or a ratio scaled to thousands or more
/// would print 0 or a meaningless number, and an amount (money, shares, a declared unit) shown as a percentage would
/// print a hundred times itself. A figure takes its format from its place (the placeholder's, else the cell's, the
/// column's, the row's, the table's, else its unit's default), so a format that fits one place may not fit another.
/// </summary>
internal static class FormatFit
{
    /// <summary>Why <paramref name="format"/> cannot show a figure in <paramref name="unit"/>, or null when it can.</summary>
    public static string? Problem(DisplayFormat format, Unit unit) => unit.Kind switch
    {
        UnitKind.PerShare when format.Percent => "it is a per-share amount, and the format shows a percentage; use a per-share format (pershare).",
        UnitKind.PerShare when format.Scale > 0 => $"it is a per-share amount, and the format shows it in units of 10^{format.Scale}; use a per-share format (pershare).",
        UnitKind.Pure when !format.Percent && format.Scale > 0 => $"it is a ratio, and the format shows it in units of 10^{format.Scale}; use percent or ratio.",
        UnitKind.Currency or UnitKind.Shares or UnitKind.Declared when format.Percent =>
            $"it is an amount in {unit.Label}, and the format shows a percentage; use a format of its scale (millions, thousands, count).",
        _ => null,
    };
}
