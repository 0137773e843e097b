using System.Collections.Immutable;
using System.Globalization;
using Kessan.Rendering;
using Kessan.Rendering.Html;

namespace Kessan.Xbrl.Inline.Renderers;

/// <summary>
/// A figure's text, tagged <c>ix:nonFraction</c> when the figure shows a single fact as its number (see
/// <see cref="FigureTag"/>): the prefix, parenthesis or minus stay outside the tag, the number inside. A derived
/// figure, or a phrase such as "up" bound to a fact, is written plainly. It records the tags it writes, whose
/// contexts and units the document's header holds. Not thread-safe: one renderer writes one document.
/// </summary>
/// <param name="tags">The tags of the figures that show a single fact, by figure id.</param>
internal sealed class TaggedFigureTextRenderer(ImmutableDictionary<string, FigureTag> tags) : NodeRenderer<HtmlRenderer, FigureText>
{
    private readonly List<FigureTag> used = [];

    /// <summary>The tags written so far, in document order.</summary>
    public IReadOnlyList<FigureTag> Used => used;

    protected override void Write(HtmlRenderer renderer, FigureText node)
    {
        var w = renderer.Writer;
        var figure = node.Figure;
        var e = HtmlRenderer.Encode;
        if (!tags.TryGetValue(figure.FigureId, out var tag) || tag.Text != figure.Text)
        {
            w.Write(e(figure.Text));
            return;
        }
        used.Add(tag);
        var d = tag.Decimals.ToString(CultureInfo.InvariantCulture);
        var s = tag.Scale.ToString(CultureInfo.InvariantCulture);
        w.Write(e(tag.Before));
        w.Write($"<ix:nonFraction name=\"{tag.Name}\" contextRef=\"{tag.ContextId}\" unitRef=\"{e(tag.UnitId)}\" decimals=\"{d}\" scale=\"{s}\" format=\"{tag.Format}\"");
        if (tag.Negative)
        {
            w.Write(" sign=\"-\"");
        }
        w.Write($">{e(tag.Number)}</ix:nonFraction>");
        w.Write(e(tag.After));
    }
}
