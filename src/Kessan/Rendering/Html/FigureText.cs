using Kessan.Document;

namespace Kessan.Rendering.Html;

/// <summary>
/// The text of a figure without the element around it: what a figure cell holds, and what the <c>span</c> of a
/// figure in text holds. A node of its own so that a format can change how a figure's number is written (Inline
/// XBRL tags it) by replacing this one renderer, and keep every renderer that places figures.
/// </summary>
/// <param name="Figure">The figure.</param>
internal sealed record FigureText(FigureInline Figure);
