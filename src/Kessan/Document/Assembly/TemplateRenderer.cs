using System.Collections.Immutable;
using System.Text;
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
        var text = new StringBuilder();
        var holes = new List<Inline>();
        var shown = OptionalPassages.Shown(template, f => plan.FindPlaceholder(f, ctx) is { } i && figures[i].Value is not null);
        foreach (var part in shown)
        {
            if (part is LiteralPart l)
            {
                // No package text holds the hole mark (reading refuses control characters); should one come, it is not a hole.
                text.Append(l.Text.Replace(InlineMarkup.Hole, '\uFFFD'));
                continue;
            }
            text.Append(InlineMarkup.Hole);
            holes.Add(part switch
            {
                SettingPart s => new TextInline(TemplateSettings.Find(s.Name)?.Read(plan.Package) ?? ""),
                ClaimPart claim => new TextInline(claim.Text),
                FigurePart f when plan.FindPlaceholder(f, ctx) is { } index => new FigureInline(figures[index].Id, FigureText.Of(figures[index], f.Format)),
                _ => new TextInline("n/a"),
            });
        }
        return InlineMarkup.Parse(text.ToString(), holes);
    }
}
