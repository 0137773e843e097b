using Kessan.Document;

namespace Kessan.Rendering.Html;

/// <summary>
/// The chart drawn for a section, written after its blocks: a node of its own so that a format can embed the
/// chart its own way (Inline XBRL as an image) by replacing this one renderer.
/// </summary>
/// <param name="Section">The section the chart follows.</param>
/// <param name="Svg">The chart as an SVG document.</param>
internal sealed record SectionChart(SectionBlock Section, string Svg);
