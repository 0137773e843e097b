using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Rendering;
using Kessan.Rendering.Html;

namespace Kessan.Tests.Rendering.Html;

/// <summary>What another format of the same markup (Inline XBRL) relies on: node renderers replaced one at a time, data attributes off.</summary>
public sealed partial class HtmlRendererTest
{
    /// <summary>Writes a figure's text between markers that no other text of the document has.</summary>
    private sealed class MarkedFigureText : NodeRenderer<HtmlRenderer, FigureText>
    {
        protected override void Write(HtmlRenderer renderer, FigureText node) => renderer.Writer.Write("⟦" + HtmlRenderer.Encode(node.Figure.Text) + "⟧");
    }

    private static string Body(ReleaseDocument document, HtmlOptions? options = null, INodeRenderer<HtmlRenderer>? replacement = null)
    {
        using var w = new StringWriter { NewLine = "\n" };
        var r = new HtmlRenderer(w, options);
        if (replacement is not null)
        {
            r.Use(replacement);
        }
        r.Write(document);
        return w.ToString();
    }

    [Fact]
    public void Replacing_the_figure_text_renderer_changes_every_figure_in_cells_and_text_and_nothing_else()
    {
        var document = Documents.Release();

        var marked = Body(document, replacement: new MarkedFigureText());

        var figures = ReleaseDocument.Walk(document.Blocks).OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Count(c => c.FigureId is not null) + 3;
        Regex.Count(marked, "⟦").ShouldBe(figures, "every figure cell and each of the three figures in text");
        marked.ShouldContain("<td class=\"num\" data-figure=\"results/atm/FY2011\">⟦(194)⟧</td>");
        marked.ShouldContain("<span class=\"fig\" data-figure=\"narrative/1\">⟦106,248⟧</span>");
        marked.Replace("⟦", "", StringComparison.Ordinal).Replace("⟧", "", StringComparison.Ordinal).ShouldBe(Body(document));
    }

    [Fact]
    public void Without_data_attributes_the_markup_is_the_same_less_its_data_attributes()
    {
        var document = Documents.Release();

        var plain = Body(document, new HtmlOptions { DataAttributes = false });

        plain.ShouldNotContain("data-");
        plain.ShouldBe(Regex.Replace(Body(document), " data-(figure|table|row)=\"[^\"]*\"", ""));
    }

    [Theory]
    [InlineData(1, "figures")]
    [InlineData(6, "figures")]
    [InlineData(7, "figures dense")]
    [InlineData(12, "figures dense")]
    public void A_table_of_seven_columns_or_more_is_set_in_smaller_type(int columns, string classes)
    {
        var cells = Enumerable.Range(0, columns).Select(_ => TableCell.Empty).ToImmutableArray();
        var document = new ReleaseDocument(Documents.Text("T"),
            [new TableBlock { Id = "wide", Rows = [new TableRow("r", Documents.Text("Row"), 0, RowStyle.Normal, cells)], ColumnCount = columns }]);

        var html = HtmlDocument.Parse(HtmlRenderer.Render(document));

        ((string?)html.All("table").Single().Attribute("class")).ShouldBe(classes);
        Body(document, new HtmlOptions { DataAttributes = false }).ShouldContain($"<table class=\"{classes}\">", Case.Sensitive, "XHTML tables are set alike");
    }
}
