namespace Kessan.Rendering.Html;

/// <summary>The stylesheet of the HTML output.</summary>
internal static class Css
{
    /// <summary>
    /// The release's fonts, charts included. Latin text in Helvetica or Arial, or Liberation Sans (the same
    /// metrics) where they are missing; Japanese in IPA P Gothic before Noto Sans CJK, because Chromium embeds
    /// a TrueType font in a PDF as a named font and an OpenType CFF one (Noto) as unnamed Type 3 outlines.
    /// </summary>
    public const string FontFamily = "\"Helvetica Neue\", Arial, \"Liberation Sans\", \"IPAPGothic\", \"IPAGothic\", \"Noto Sans CJK JP\", "
        + "\"Hiragino Sans\", \"Yu Gothic\", Meiryo, sans-serif";

    /// <summary>The rules, one a line, ending with a line break.</summary>
    public const string Text = $$"""
        :root { --ink: #1b1b1b; --rule: #9a9a9a; --faint: #e6e6e6; }
        html { font-family: {{FontFamily}}; color: var(--ink); }
        body { margin: 0; font-size: 10pt; line-height: 1.45; }
        .release { max-width: 190mm; margin: 0 auto; padding: 12mm 10mm; }
        h1.release-title { font-size: 15pt; margin: 0 0 8mm; line-height: 1.3; }
        h2 { font-size: 12.5pt; margin: 7mm 0 2.5mm; border-bottom: 1.5px solid var(--ink); padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
        h4, h5 { font-size: 10pt; margin: 4mm 0 1.5mm; break-after: avoid; }
        p { margin: 0 0 2.5mm; text-align: justify; }
        ul { margin: 0 0 3mm; padding-left: 6mm; }
        a { color: inherit; }
        sup.fn { font-size: 0.68em; line-height: 0; vertical-align: 0.45em; }
        .table-block { margin: 3mm 0 5mm; }
        .table-block.short { break-inside: avoid; }
        .table-title { font-weight: 700; margin: 0 0 1mm; break-after: avoid; }
        .table-caption { font-size: 8.5pt; margin: 0 0 1mm; break-after: avoid; }
        .table-note { font-size: 8pt; margin: 1mm 0 0; text-align: left; }
        table.figures { border-collapse: collapse; width: 100%; font-size: 8.5pt; font-variant-numeric: tabular-nums; }
        table.figures thead { display: table-header-group; }
        table.figures th, table.figures td { padding: 0.6mm 1.6mm; vertical-align: bottom; }
        table.figures thead th { font-weight: 600; border-bottom: 1px solid var(--rule); text-align: center; }
        table.figures thead tr:not(:last-child) th { border-bottom: none; }
        table.figures thead tr th.group { border-bottom: 1px solid var(--rule); }
        table.figures th.num, table.figures td.num { text-align: right; }
        table.figures td.num { white-space: nowrap; }
        table.figures thead th { text-wrap: balance; }
        table.figures th.label { text-align: left; font-weight: 400; }
        table.figures tbody th.label { min-width: 40mm; }
        table.figures.dense tbody th.label { min-width: 30mm; }
        table.figures.dense { font-size: 7pt; }
        table.figures.dense th, table.figures.dense td { padding: 0.5mm 0.9mm; }
        table.figures tbody tr { break-inside: avoid; }
        table.figures tbody tr:first-child, table.figures tbody tr:nth-child(2) { break-after: avoid; }
        table.figures tbody tr:last-child, table.figures tbody tr:nth-last-child(2) { break-before: avoid; }
        table.figures tbody tr.heading, table.figures tbody tr.heading + tr { break-after: avoid; }
        table.figures tbody tr:nth-child(even) td, table.figures tbody tr:nth-child(even) th.label { background: #f7f7f7; }
        table.figures tr.heading th.label { font-weight: 700; padding-top: 1.6mm; }
        table.figures tr.subtotal td, table.figures tr.total td { border-top: 1px solid var(--rule); }
        table.figures tr.total th.label, table.figures tr.total td { font-weight: 700; }
        .indent-1 { padding-left: 5mm !important; } .indent-2 { padding-left: 9mm !important; }
        .indent-3 { padding-left: 13mm !important; } .indent-4 { padding-left: 17mm !important; }
        .page-break { break-after: page; }
        figure.chart { margin: 4mm 0; break-inside: avoid; }
        figure.chart svg { display: block; width: 100%; height: auto; margin: 0 0 4mm; }
        @page { size: A4; margin: 16mm 14mm 18mm; font-size: 8pt; color: #555;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); } }
        @media print { .release { padding: 0; max-width: none; } a { text-decoration: none; } }

        """;

    /// <summary>The rule that prints <paramref name="footer"/> at the bottom left of every page.</summary>
    public static string PageFooter(string footer) => "@page { @bottom-left { content: \"" + HtmlRenderer.CssString(footer) + "\"; } }\n";
}
