namespace Kessan.Layout.Templates;

/// <summary>
/// Which parts of a template are shown: every part outside optional passages; of an optional passage, the parts
/// before its <c>{{ else }}</c> when every figure among them can be derived, the parts after it otherwise. Planning
/// and rendering both choose through this one rule, each with its own knowledge of which figures can be derived.
/// </summary>
public static class OptionalPassages
{
    /// <summary>The parts of <paramref name="template"/> that are shown, in order, without the passages' markers.</summary>
    /// <param name="template">A template whose passages are well formed (the parser checks them).</param>
    /// <param name="derivable">Whether the figure of a placeholder can be derived.</param>
    public static IEnumerable<TemplatePart> Shown(Template template, Func<FigurePart, bool> derivable)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(derivable);
        var parts = template.Parts;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is not OptionalStartPart)
            {
                yield return parts[i];
                continue;
            }
            var elseAt = -1;
            var end = i + 1;
            while (end < parts.Length && parts[end] is not OptionalEndPart)
            {
                elseAt = parts[end] is OptionalElsePart ? end : elseAt;
                end++;
            }
            var bodyEnd = elseAt < 0 ? end : elseAt;
            var body = parts[(i + 1)..bodyEnd];
            var shown = body.OfType<FigurePart>().All(derivable) ? body : elseAt < 0 ? [] : parts[(elseAt + 1)..end];
            foreach (var part in shown)
            {
                yield return part;
            }
            i = end;
        }
    }
}
