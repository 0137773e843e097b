using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Diagnostics;

namespace Kessan.Layout.Templates;

/// <summary>A part of a template: literal text, or a placeholder.</summary>
public abstract record TemplatePart;

/// <summary>Literal text, with the place it starts.</summary>
/// <param name="Text">The text.</param>
/// <param name="Location">Where it starts.</param>
public sealed record LiteralPart(string Text, SourceLocation Location) : TemplatePart;

/// <summary>
/// A format applied to a placeholder: a name, optional arguments (<c>sign:"an income","an expense"</c>),
/// and optionally the period and status of the placeholder's context (<c>millions@FY2011</c>,
/// <c>millions@FY2013#target</c>), so that a sentence can name the very figure a table shows for
/// another period.
/// </summary>
/// <param name="Name">The format's name.</param>
/// <param name="Args">Its arguments.</param>
public sealed record FormatSpec(string Name, ImmutableArray<string> Args)
{
    /// <summary>The placeholder's own context period, or null for the surrounding context's.</summary>
    public Kessan.Model.Period? Period { get; init; }

    /// <summary>The placeholder's own context status, or null for the surrounding context's.</summary>
    public Kessan.Model.FactStatus? Status { get; init; }

    /// <inheritdoc/>
    public bool Equals(FormatSpec? other) => other is not null && Name == other.Name && Args.SequenceEqual(other.Args)
        && Equals(Period, other.Period) && Status == other.Status;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Args.Length);

    /// <summary>Formats as written.</summary>
    public override string ToString() => Args.IsEmpty ? Name : Name + ":" + string.Join(",", Args.Select(a => "\"" + a + "\""));
}

/// <summary>A placeholder for a figure: <c>{{ expression | format }}</c>.</summary>
/// <param name="Expression">What the figure is.</param>
/// <param name="Format">How it is shown.</param>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record FigurePart(Expr Expression, FormatSpec Format, SourceLocation Location) : TemplatePart;

/// <summary>A placeholder for a package setting: <c>{{ setting:translation.rate }}</c>.</summary>
/// <param name="Name">The setting.</param>
/// <param name="Format">How it is shown (<c>date</c> for dates), or null.</param>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record SettingPart(string Name, FormatSpec? Format, SourceLocation Location) : TemplatePart;

/// <summary>
/// A checked claim: text that states a comparison with a figure, shown as written and checked when the
/// release is built: <c>{{ claim: Revenues > 100000000000 | "JPY100 billion" }}</c>.
/// </summary>
/// <param name="Left">The left side.</param>
/// <param name="Operator">One of <c>&gt; &gt;= &lt; &lt;=</c>.</param>
/// <param name="Right">The right side.</param>
/// <param name="Text">The text shown.</param>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record ClaimPart(Expr Left, string Operator, Expr Right, string Text, SourceLocation Location) : TemplatePart;

/// <summary>
/// The start of an optional passage, <c>{{ optional: "why" }}</c>: the passage up to <c>{{ else }}</c> or
/// <c>{{ end }}</c> is shown only when every figure in it can be derived; otherwise the text after
/// <c>{{ else }}</c> (or nothing) is. The reason says why the package may lack those figures; it is not printed.
/// </summary>
/// <param name="Reason">Why the figures may be unavailable.</param>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record OptionalStartPart(string Reason, SourceLocation Location) : TemplatePart;

/// <summary><c>{{ else }}</c>: what an optional passage shows when a figure of it cannot be derived.</summary>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record OptionalElsePart(SourceLocation Location) : TemplatePart;

/// <summary><c>{{ end }}</c>: the end of an optional passage.</summary>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record OptionalEndPart(SourceLocation Location) : TemplatePart;

/// <summary>Text with placeholders. Immutable; equality by value.</summary>
/// <param name="Parts">The parts, in order.</param>
public sealed record Template(ImmutableArray<TemplatePart> Parts)
{
    /// <summary>An empty template.</summary>
    public static Template Empty { get; } = new([]);

    /// <summary>A template of literal text only.</summary>
    public static Template Literal(string text, SourceLocation location) => new([new LiteralPart(text, location)]);

    /// <summary>True when the template has no parts.</summary>
    public bool IsEmpty => Parts.IsDefaultOrEmpty;

    /// <summary>True when a figure placeholder uses the slot <c>$</c>.</summary>
    public bool HasSlot => Parts.OfType<FigurePart>().Any(p => p.Expression.HasSlot);

    /// <inheritdoc/>
    public bool Equals(Template? other) => other is not null && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc/>
    public override int GetHashCode() => Parts.Length;

    /// <summary>
    /// The sentence of the text that a part stands in, with every placeholder as "…": the label of a
    /// placeholder's figure (a paragraph's whole text would be too long to name one figure). A sentence longer
    /// than <paramref name="maxLength"/> is cut to a window around the part, marked with "…".
    /// </summary>
    public string SentenceAround(TemplatePart placeholder, int maxLength = 200)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (var p in Parts)
        {
            if (ReferenceEquals(p, placeholder))
            {
                at = text.Length;
            }
            text.Append(p switch
            {
                LiteralPart l => l.Text.ReplaceLineEndings(" "),
                OptionalStartPart or OptionalElsePart or OptionalEndPart => "",
                _ => "…",
            });
        }
        var all = text.ToString();
        var start = SentenceStart(all, at);
        var end = SentenceEnd(all, at);
        var sentence = all[start..end].Trim();
        if (sentence.Length > maxLength)
        {
            // Keep the placeholder in view: a window around it, cut at spaces.
            var from = Math.Clamp(at - start - maxLength / 2, 0, sentence.Length - maxLength);
            var window = sentence.Substring(from, maxLength);
            if (from > 0)
            {
                window = "…" + window[(window.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            }
            if (from + maxLength < sentence.Length)
            {
                window = window[..window.LastIndexOf(' ')] + " …";
            }
            sentence = window;
        }
        return sentence;

        static int SentenceStart(string s, int i)
        {
            for (var k = Math.Min(i, s.Length) - 1; k > 0; k--)
            {
                if (s[k] == ' ' && EndsSentence(s, k - 1))
                {
                    return k + 1;
                }
            }
            return 0;
        }

        static int SentenceEnd(string s, int i)
        {
            for (var k = i + 1; k < s.Length - 1; k++)
            {
                if (s[k + 1] == ' ' && EndsSentence(s, k))
                {
                    return k + 1;
                }
            }
            return s.Length;
        }

        // A full stop, question or exclamation mark, but not the point of a leading enumerator ("1. ").
        static bool EndsSentence(string s, int k)
        {
            if (s[k] is not ('.' or '!' or '?'))
            {
                return false;
            }
            var digits = k;
            while (digits > 0 && char.IsAsciiDigit(s[digits - 1]))
            {
                digits--;
            }
            return !(s[k] == '.' && digits == 0 && k is > 0 and <= 3);
        }
    }
}
