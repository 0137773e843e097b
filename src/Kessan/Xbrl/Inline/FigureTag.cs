using System.Collections.Immutable;
using System.Numerics;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Document;
using Kessan.Layout.Formats;
using Kessan.Model;
using Kessan.Xbrl.Writing;

namespace Kessan.Xbrl.Inline;

/// <summary>
/// How a figure of the release is tagged in Inline XBRL: the fact it shows, the <c>ix:nonFraction</c>
/// attributes, and its text split into what stays outside the tag (prefix, the parenthesis or minus of a
/// negative number, suffix) and the number inside it.
/// </summary>
/// <param name="Fact">The fact the figure shows.</param>
/// <param name="Orientation">+1 when the figure is the fact, -1 when it is the fact negated.</param>
/// <param name="Name">The concept's QName.</param>
/// <param name="ContextId">The context's id.</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Scale">The <c>scale</c>: the number shown is worth 10^scale units of the fact.</param>
/// <param name="Decimals">The <c>decimals</c>: the precision shown (never finer than the fact's).</param>
/// <param name="Negative">True for <c>sign="-"</c>: the fact is the negation of the number shown.</param>
/// <param name="FixedZero">True when an exact zero is shown as text ("-"): format <c>ixt:fixed-zero</c>.</param>
/// <param name="Text">The whole text of the figure as the release shows it.</param>
/// <param name="Before">Text before the number: the format's prefix and a negative number's "(" or "-".</param>
/// <param name="Number">The number as shown, without sign: the tag's content.</param>
/// <param name="After">Text after the number: a negative number's ")" and the format's suffix.</param>
internal sealed record FigureTag(Fact Fact, int Orientation, string Name, string ContextId, string UnitId, int Scale, int Decimals,
    bool Negative, bool FixedZero, string Text, string Before, string Number, string After)
{
    /// <summary>The transformation that reads <see cref="Number"/>.</summary>
    public string Format => FixedZero ? "ixt:fixed-zero" : "ixt:num-dot-decimal";

    /// <summary>
    /// The tags of every figure that shows a single fact: a figure whose rule is <c>fact</c>, or the
    /// negation or absolute value of one, shown as its figure's text (not as a phrase such as "up"), and
    /// not moved by footed rounding (a moved figure is not the fact rounded, so tagging it would state a
    /// value the fact does not have). Derived figures (sums, ratios, translations, year-on-year changes)
    /// are not tagged.
    /// </summary>
    public static ImmutableDictionary<string, FigureTag> Plan(BuildResult build, XbrlVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var result = ImmutableDictionary.CreateBuilder<string, FigureTag>(StringComparer.Ordinal);
        foreach (var figure in build.Figures)
        {
            if (Of(figure, vocabulary) is { } tag)
            {
                result[figure.Id] = tag;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>The fact a value shows and how (+1 itself, -1 negated), or null when it is not a single fact.</summary>
    public static (Fact Fact, int Orientation)? SingleFact(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        switch (provenance.Rule)
        {
            case "fact" when provenance.Fact is { } f:
                return (f, 1);
            case "negate" when provenance.Inputs.Length == 1 && SingleFact(provenance.Inputs[0]) is { } x:
                return (x.Fact, -x.Orientation);
            case "abs" when provenance.Inputs.Length == 1 && SingleFact(provenance.Inputs[0]) is { } y:
                return (y.Fact, provenance.Inputs[0].Value.Sign < 0 ? -y.Orientation : y.Orientation);
            default:
                return null;
        }
    }

    private static FigureTag? Of(Figure figure, XbrlVocabulary vocabulary)
    {
        if (figure.Value is not { } value || figure.Adjustment is not null || figure.Displayed is not { } displayed
            || SingleFact(value.Provenance) is not { } single)
        {
            return null;
        }
        var (fact, orientation) = single;
        var format = figure.Format;
        var scale = format.Percent ? format.Scale - 2 : format.Scale;
        var shownDecimals = format.Decimals - scale;
        var decimals = fact.Precision.Decimals is { } d ? Math.Min(shownDecimals, d) : shownDecimals;
        if (decimals is < Precision.MinDecimals or > Precision.MaxDecimals || scale is < Precision.MinDecimals or > Precision.MaxDecimals)
        {
            return null;
        }
        var text = figure.Text;
        string before, number, after;
        var fixedZero = format.Zero is not null && value.Value.IsZero;
        if (fixedZero)
        {
            (before, number, after) = (format.Prefix, format.Zero!, format.Suffix);
        }
        else
        {
            var shownNegative = displayed.Sign < 0;
            var parentheses = format.Negative == NegativeStyle.Parentheses;
            number = (format with { Prefix = "", Suffix = "", Negative = NegativeStyle.Minus }).FormatDisplayed(displayed.Abs(), exactZero: false);
            before = format.Prefix + (shownNegative ? parentheses ? "(" : "-" : "");
            after = (shownNegative && parentheses ? ")" : "") + format.Suffix;
        }
        if (before + number + after != text)
        {
            return null;
        }
        // The fact's value as tagged: the number shown, scaled, with the figure's orientation.
        var tagged = Rational.FromInteger(orientation) * displayed * format.UnitValue;
        var half = Rational.Of(1, 2) * Pow10(-decimals);
        var factValue = Rational.FromDecimal(fact.Value);
        var factHalf = Rational.FromDecimal(fact.Precision.HalfWidth);
        if (tagged + half < factValue - factHalf || factValue + factHalf < tagged - half)
        {
            return null;
        }
        var contexts = XbrlContexts.ContextId(fact.Key);
        return new FigureTag(fact, orientation, vocabulary.QName(vocabulary.Concept(fact.ConceptId)), contexts, vocabulary.Measures(fact.Unit).Id,
            scale, decimals, tagged.Sign < 0, fixedZero, text, before, number, after);
    }

    private static Rational Pow10(int exponent) =>
        exponent >= 0 ? Rational.FromInteger(BigInteger.Pow(10, exponent)) : Rational.Of(1, BigInteger.Pow(10, -exponent));
}
