using System.Collections.Immutable;
using Kessan.Derivation.Figures;
using Kessan.Derivation.Planning;
using Kessan.Layout.Templates;

namespace Kessan.Document.Assembly;

/// <summary>
/// Writes a template as inline content: its literal text with its inline Markdown, each setting as read from
/// the package, each claim as written, and each figure placeholder as the figure it was planned to show, in
/// its text; of an optional passage, the part that planning chose (<see cref="OptionalPassages"/>). A placeholder
/// that found no figure was reported as an error when planned, so no release with one is published.
/// </summary>
/// <param name="plan">The planned release.</param>
/// <param name="figures">The settled figures, in the plan's order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TemplateRenderer(ReleasePlan plan, ImmutableArray<Figure> figures)
{
    /// <summary>The inline content of <paramref name="template"/> placed in <paramref name="ctx"/>; adjacent texts are joined.</summary>
    public ImmutableArray<Inline> Render(Template template, PlacementContext ctx)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        var shown = OptionalPassages.Shown(template, f => plan.FindPlaceholder(f, ctx) is { } i && figures[i].Value is not null);
        foreach (var part in shown)
        {
            switch (part)
            {
                case LiteralPart l:
                    result.AddRange(InlineMarkup.Parse(l.Text));
                    break;
                case SettingPart s:
                    result.Add(new TextInline(TemplateSettings.Find(s.Name)?.Read(plan.Package) ?? ""));
                    break;
                case ClaimPart claim:
                    result.Add(new TextInline(claim.Text));
                    break;
                case FigurePart f:
                    result.Add(plan.FindPlaceholder(f, ctx) is { } index
                        ? new FigureInline(figures[index].Id, FigureText.Of(figures[index], f.Format))
                        : new TextInline("n/a"));
                    break;
            }
        }
        return Join(result);
    }

    private static ImmutableArray<Inline> Join(ImmutableArray<Inline>.Builder inlines)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var i in inlines)
        {
            if (i is TextInline t && result.Count > 0 && result[^1] is TextInline prev)
            {
                result[^1] = new TextInline(prev.Text + t.Text);
            }
            else
            {
                result.Add(i);
            }
        }
        return result.ToImmutable();
    }
}
