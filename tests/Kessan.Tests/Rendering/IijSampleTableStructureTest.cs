using Kessan.Layout;
using Kessan.Tests.Rendering.Html;

namespace Kessan.Tests.Rendering;

/// <summary>
/// The sample's tables read like a printed release, as its layout declares them: headers over groups of columns
/// span those columns, rows are indented and styled, and text in a column of figures aligns with them. Each
/// assertion is derived from the layout, table by table, not from hand-written HTML.
/// </summary>
public sealed class IijSampleTableStructureTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    [Fact]
    public void Every_column_group_of_the_layout_is_one_header_cell_spanning_its_columns()
    {
        var r = sample.Footed;
        var root = HtmlDocument.Parse(r.Html);
        var spanning = 0;

        foreach (var layout in r.Layout.Tables.Where(t => t.ColumnGroups.Length > 0))
        {
            var table = root.All("table").Single(t => (string?)t.Attribute("data-table") == layout.Id);
            var groupCells = table.Element("thead")!.Elements("tr").Where(tr => tr.Classes().Contains("groups"))
                .SelectMany(tr => tr.Elements("th")).Where(th => th.Classes().Contains("group")).ToList();
            groupCells.Count.ShouldBe(layout.ColumnGroups.Length, layout.Id);
            foreach (var group in layout.ColumnGroups)
            {
                var first = layout.Columns.IndexOf(layout.Columns.Single(c => c.Id == group.Columns[0]));
                var matching = groupCells.Where(th => ((int?)th.Attribute("colspan") ?? 1) == group.Columns.Length && StartColumn(th) == first).ToList();
                matching.Count.ShouldBe(1, $"{layout.Id}: {string.Join(",", group.Columns)}");
                var cell = matching[0];
                cell.Value.ShouldNotBeEmpty(layout.Id);
                spanning += group.Columns.Length > 1 ? 1 : 0;
            }
        }
        spanning.ShouldBeGreaterThanOrEqualTo(15, "the statements' dates over yen and dollar columns, the equity statements' and the Tanshin's groups");
    }

    [Fact]
    public void Every_row_shows_the_indent_and_style_its_layout_gives_it()
    {
        var r = sample.Footed;
        var root = HtmlDocument.Parse(r.Html);
        var styles = new Dictionary<RowStyle, int>();
        var indented = 0;

        // Every table the release shows (a table laid out only for a chart is not shown).
        foreach (var layout in r.Layout.Tables.Where(t => r.Build.Document!.Tables().Any(shown => shown.Id == t.Id)))
        {
            var table = root.All("table").Single(t => (string?)t.Attribute("data-table") == layout.Id);
            var rows = table.Element("tbody")!.Elements("tr").ToList();
            rows.Count.ShouldBe(layout.Rows.Length, layout.Id);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = layout.Rows[i];
                var where = $"{layout.Id}/{row.Id}";
                ((string?)rows[i].Attribute("data-row")).ShouldBe(row.Id, where);
                rows[i].Classes().ShouldBe([row.Style switch
                {
                    RowStyle.Heading => "heading",
                    RowStyle.Subtotal => "subtotal",
                    RowStyle.Total => "total",
                    _ => "line",
                }], where);
                rows[i].Element("th")!.Classes().ShouldContain($"indent-{row.Indent}", where);
                styles[row.Style] = styles.GetValueOrDefault(row.Style) + 1;
                indented += row.Indent > 0 ? 1 : 0;
            }
        }
        indented.ShouldBeGreaterThan(150, "items are indented under their headings and totals");
        styles.GetValueOrDefault(RowStyle.Subtotal).ShouldBeGreaterThan(20);
        styles.GetValueOrDefault(RowStyle.Total).ShouldBeGreaterThan(10);
        styles.GetValueOrDefault(RowStyle.Heading).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Text_in_a_column_of_figures_aligns_with_the_figures()
    {
        var r = sample.Footed;
        var root = HtmlDocument.Parse(r.Html);
        var texts = 0;

        foreach (var table in r.Build.Document!.Tables())
        {
            var html = root.All("table").Single(t => (string?)t.Attribute("data-table") == table.Id);
            var rows = html.Element("tbody")!.Elements("tr").ToList();
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (!table.Rows.Any(row => row.Cells[c].Numeric))
                {
                    continue;
                }
                for (var i = 0; i < table.Rows.Length; i++)
                {
                    var cell = table.Rows[i].Cells[c];
                    if (cell.FigureId is null && cell.PlainText.Length > 0)
                    {
                        rows[i].Elements("td").ElementAt(c).Classes().ShouldContain("num", $"{table.Id}/{table.Rows[i].Id} column {c + 1}: {cell.PlainText}");
                        texts++;
                    }
                }
            }
        }
        texts.ShouldBeGreaterThan(0, "the sample shows '-' where a statement has no figure");
    }

    [Fact]
    public void Markdown_shows_a_group_header_over_each_of_its_columns()
    {
        var r = sample.Footed;
        var balance = r.Markdown.Split("\n\n").First(b => b.StartsWith("| ", StringComparison.Ordinal) && b.Contains("Cash and cash equivalents", StringComparison.Ordinal));

        balance.Split('\n')[0].ShouldBe("|  | As of March 31, 2012<br>Thousands of JPY | As of March 31, 2013<br>Thousands of U.S. Dollars | As of March 31, 2013<br>Thousands of JPY |");
    }

    /// <summary>The index of the first column a header cell stands over, the label column not counted.</summary>
    private static int StartColumn(System.Xml.Linq.XElement th) =>
        th.ElementsBeforeSelf("th").Sum(x => (int?)x.Attribute("colspan") ?? 1) - 1;
}
