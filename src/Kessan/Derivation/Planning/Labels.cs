using Kessan.Layout.Templates;

namespace Kessan.Derivation.Planning;

/// <summary>Labels of figures and sums, as a reader sees them.</summary>
internal static class Labels
{
    /// <summary>The literal text of a template, each placeholder written as "…".</summary>
    public static string Of(Template template) =>
        string.Concat(template.Parts.Select(p => p switch
        {
            LiteralPart l => l.Text,
            OptionalStartPart or OptionalElsePart or OptionalEndPart => "",
            _ => "…",
        })).Trim();
}
