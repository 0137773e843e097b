using Kessan.Derivation.Figures;
using Kessan.Layout.Formats;
using Kessan.Layout.Templates;

namespace Kessan.Document.Assembly;

/// <summary>The text of a settled figure where it is shown: a number in its display format, or a phrase.</summary>
internal static class FigureText
{
    /// <summary>
    /// The text of <paramref name="figure"/> written with <paramref name="spec"/> (a phrase format, or a display
    /// format, which writes the number); "n/a" when the figure could not be derived.
    /// </summary>
    public static string Of(Figure figure, FormatSpec? spec)
    {
        if (figure.Value is null || figure.Displayed is not { } displayed)
        {
            return "n/a";
        }
        var input = new PhraseInput(displayed, figure.Value.Value, figure.Format, spec?.Args ?? []);
        return (spec is null ? null : PhraseFormats.Find(spec.Name))?.Write(input) ?? input.Number;
    }
}
