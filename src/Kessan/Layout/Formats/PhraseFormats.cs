using System.Collections.Immutable;

namespace Kessan.Layout.Formats;

/// <summary>
/// Every phrase format a figure placeholder can use besides the display formats, each with the display format
/// that rounds it and how its text is written: the layout reader reports a format that is neither a display
/// format nor here, and the document writes the text written here.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class PhraseFormats
{
    /// <summary>The phrase formats, in listing order.</summary>
    public static ImmutableArray<PhraseFormat> All { get; } =
    [
        // "up 9.9% YoY", "down 5.5% YoY" or "flat YoY", from the change as displayed in percent.
        new("yoy_phrase", "percent", f =>
        {
            var abs = (f.Format with { Negative = NegativeStyle.Minus }).FormatDisplayed(f.Displayed.Abs(), f.Displayed.IsZero);
            return f.Displayed.Sign > 0 ? $"up {abs}% YoY" : f.Displayed.Sign < 0 ? $"down {abs}% YoY" : "flat YoY";
        }),
        new("updown", null, f => f.Exact.Sign >= 0 ? "up" : "down"),
        new("incdec", null, f => f.Exact.Sign >= 0 ? "increased" : "decreased"),
        // sign:"an income","an expense": the first word for zero or more, the second for less than zero.
        // A placeholder must give both (KSN502); the number is the text of a call that does not.
        new("sign", null, f => f.Args.Length >= 2 ? (f.Exact.Sign >= 0 ? f.Args[0] : f.Args[1]) : f.Number) { Arguments = 2 },
        new("number", null, f => f.Number),
    ];

    private static readonly ImmutableDictionary<string, PhraseFormat> ByName = All.ToImmutableDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The names, in listing order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The phrase format named <paramref name="name"/> (case-sensitive), or null for a display format's name or an unknown one.</summary>
    public static PhraseFormat? Find(string name) => ByName.GetValueOrDefault(name);
}
