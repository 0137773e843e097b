using System.Text.RegularExpressions;
using Kessan.Diagnostics;

namespace Kessan.Layout.Templates;

/// <summary>
/// Finds numbers written as literal text in templates, which nothing ties to the figures. Allowed by rule:
/// dates ("March 31, 2013", "May 2013", "February 2012"), fiscal period names (FY2012, 4Q12, 1H FY2013,
/// 3Q12, 2Q-end), four-digit years, footnote marks (superscript digits), list enumerators ("1." at the
/// start of a line; "(2)" and "3)" there or after a space), and text the layout allows explicitly.
/// </summary>
public static partial class NumberLint
{
    /// <summary>The literal numbers of a template that no rule allows, with their locations.</summary>
    public static IEnumerable<(string Number, SourceLocation Location)> Find(Template template, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(allowed);
        foreach (var part in template.Parts.OfType<LiteralPart>())
        {
            var text = part.Text;
            foreach (var a in allowed)
            {
                text = text.Replace(a, new string(' ', a.Length), StringComparison.Ordinal);
            }
            text = Enumerators().Replace(text, m => new string(' ', m.Length));
            text = Dates().Replace(text, m => new string(' ', m.Length));
            text = Periods().Replace(text, m => new string(' ', m.Length));
            text = Years().Replace(text, m => new string(' ', m.Length));
            foreach (Match m in Numbers().Matches(text))
            {
                yield return (m.Value, TemplateParser.At(part.Text, part.Location, m.Index));
            }
        }
    }

    // "1." enumerates only at the start of a line: after a space it ends a sentence ("rose to 25. Revenues").
    [GeneratedRegex(@"^\d{1,2}\.(?=\s)|(^|(?<=\s))(\(\d{1,2}\)|\d{1,2}\))", RegexOptions.CultureInvariant)]
    private static partial Regex Enumerators();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2})?,? \d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Dates();

    [GeneratedRegex(@"\b(\dH ?FY\d{4}|\dH\d{2}|FY\d{4}|FY\d{2}|\dQ\d{2}|\dQ FY\d{4}|9M FY\d{4}|[1-4]Q(?=-end\b)|[1-4]Q\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Periods();

    [GeneratedRegex(@"(?<![\d,.])(19|20)\d{2}(?![\d,%])(?!\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    // A number ends with a digit: the comma or full stop after it is punctuation ("JPY1,234, up").
    [GeneratedRegex(@"\d([\d,.]*\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
