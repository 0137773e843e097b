using System.Xml.Linq;
using Kessan.Layout.Expressions;
using Kessan.Model;
using Kessan.Tests.Rendering.Html;

namespace Kessan.Tests.Rendering;

/// <summary>
/// One figure, one text: under either rounding policy a quantity reads the same wherever the release shows it,
/// in every format, and a change shown beside its levels is their displayed difference under footed rounding.
/// </summary>
public sealed class OneTextPerFigureTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    public static TheoryData<string> Policies => ["footed", "independent"];

    private IijSampleRelease.Rendered Of(string rounding) => rounding == "footed" ? sample.Footed : sample.Independent;

    [Theory]
    [MemberData(nameof(Policies))]
    public void A_figure_its_negation_and_its_absolute_value_show_one_quantity(string rounding)
    {
        var figures = Of(rounding).Build.Figures.Where(f => f.Displayed is not null).ToList();
        var linked = 0;

        foreach (var group in figures.GroupBy(f => f.Key with { Expression = Unsigned(f.Expression).ToString() }))
        {
            var values = group.Select(f => (f, Value: f.Expression switch
            {
                NegateExpr => -f.Displayed!.Value,
                _ => f.Displayed!.Value,
            })).ToList();
            var plain = values.Where(v => v.f.Expression is not CallExpr { Function: "abs" }).ToList();
            foreach (var (f, value) in plain)
            {
                value.ShouldBe(plain[0].Value, $"{f.Id} ({f.Text}) against {plain[0].f.Id} ({plain[0].f.Text})");
            }
            foreach (var (f, value) in values.Except(plain).Where(_ => plain.Count > 0))
            {
                value.ShouldBe(plain[0].Value.Abs(), $"{f.Id} ({f.Text}) is the absolute value of {plain[0].f.Id} ({plain[0].f.Text})");
            }
            linked += group.Count() > 1 && group.Any(f => f.Expression is NegateExpr or CallExpr { Function: "abs" }) ? 1 : 0;
        }
        linked.ShouldBeGreaterThan(10, "the statements print costs and deductions as negations of the concepts the text quotes");
    }

    [Fact]
    public void Under_footed_rounding_the_noncontrolling_interests_read_the_same_in_the_table_and_the_text()
    {
        var r = sample.Footed;
        var table = r.Build.Figures.Single(f => f.Id == "ebitda/nci/FY2012");
        var text = r.Build.Figures.Single(f => f.Expression.ToString() == "NetIncomeAttributableToNoncontrollingInterests"
            && f.Key.Period == table.Key.Period && f.Key.Scale == table.Key.Scale && f.AppearsIn.Any(a => a.StartsWith("costs/", StringComparison.Ordinal)));

        table.Text.ShouldBe("(" + text.Text + ")");
        r.Markdown.ShouldContain($"Net income attributable to non-controlling interests was JPY{text.Text} million");
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Every_place_in_html_markdown_and_inline_xbrl_shows_the_figures_text(string rounding)
    {
        var r = Of(rounding);
        var figures = r.Build.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var json = r.FiguresById();
        var html = HtmlDocument.Parse(r.Html);
        var places = 0;

        foreach (var element in html.Descendants().Where(e => e.Attribute("data-figure") is not null))
        {
            var figure = figures[(string)element.Attribute("data-figure")!];
            if (element.Name.LocalName == "td")
            {
                element.Value.ShouldBe(figure.Text, figure.Id);
            }
            else if (element.Value.Any(char.IsAsciiDigit))
            {
                // In a sentence a figure may stand in a phrase that holds its text ("up 9.2% YoY"; "down 4.4% YoY" for
                // (4.4), the phrase saying the sign), or in words alone ("increased").
                element.Value.ShouldContain(figure.Text.Trim('(', ')').TrimStart('-', '\u2212'), Case.Sensitive, figure.Id);
            }
            json[figure.Id].GetProperty("text").GetString().ShouldBe(figure.Text, figure.Id);
            places++;
        }
        places.ShouldBeGreaterThan(1000);

        // Markdown and Inline XBRL render the same document: their table cells, cell by cell, are the HTML's.
        var tables = r.Build.Document!.Tables().ToList();
        var mdTables = r.Markdown.Split("\n\n").Where(b => b.StartsWith('|')).ToList();
        var ixTables = XDocument.Parse(r.Ixbrl).Descendants().Where(e => e.Name.LocalName == "table").ToList();
        var htmlTables = html.All("table").ToList();
        mdTables.Count.ShouldBe(tables.Count);
        ixTables.Count.ShouldBe(tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var htmlCells = Cells(htmlTables[t]);
            Cells(ixTables[t]).ShouldBe(htmlCells, tables[t].Id);
            var mdRows = mdTables[t].Split('\n').Skip(2).Select(line => line.Split(" | ").Skip(1).Select(MarkdownCell).ToList()).ToList();
            for (var i = 0; i < tables[t].Rows.Length; i++)
            {
                for (var c = 0; c < tables[t].ColumnCount; c++)
                {
                    mdRows[i][c].ShouldBe(tables[t].Rows[i].Cells[c].PlainText, $"{tables[t].Id}/{tables[t].Rows[i].Id} column {c + 1}");
                }
            }
        }
    }

    [Fact]
    public void Under_footed_rounding_a_change_shown_beside_its_levels_is_their_displayed_difference()
    {
        var r = sample.Footed;
        var byKey = r.Build.Figures.Where(f => f.Displayed is not null).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var checkedChanges = 0;

        foreach (var f in r.Build.Figures.Where(f => f.Displayed is not null))
        {
            var (change, sign) = f.Expression is NegateExpr n ? (n.Operand, -1) : (f.Expression, 1);
            if (change is not CallExpr { Function: "change", Args: [var level] })
            {
                continue;
            }
            var prior = f.Key with { Period = new FiscalCalendar(3, 31, FiscalYearNaming.StartYear).Shift(f.Key.Period, -1), Status = FactStatus.Actual };
            if (byKey.TryGetValue(f.Key with { Expression = level.ToString() }, out var now) && byKey.TryGetValue(prior with { Expression = level.ToString() }, out var then))
            {
                (Rational.FromInteger(sign) * f.Displayed!.Value).ShouldBe(now.Displayed!.Value - then.Displayed!.Value, $"{f.Id} ({f.Text}) against {now.Id} ({now.Text}) and {then.Id} ({then.Text})");
                checkedChanges++;
            }
        }
        checkedChanges.ShouldBeGreaterThan(0);
        var sga = r.Build.Figures.Single(f => f.Id == "operating-income-bridge/sga/FY2012");
        var now2012 = r.Build.Figures.Single(f => f.Id == "operating-results/sga/FY2012").Displayed!.Value;
        var then2011 = r.Build.Figures.Single(f => f.Id == "operating-results/sga/FY2011").Displayed!.Value;
        (-sga.Displayed!.Value).ShouldBe(now2012 - then2011, "the bridge's SG&A step is the change of the SG&A the operating results show");
    }

    private static Expr Unsigned(Expr e) => e switch
    {
        NegateExpr n => n.Operand,
        CallExpr { Function: "abs", Args: [var operand] } => operand,
        _ => e,
    };

    /// <summary>The text of every body cell of a table, row by row.</summary>
    private static List<string> Cells(XElement table) =>
        [.. table.Descendants().Where(e => e.Name.LocalName == "tbody").Descendants().Where(e => e.Name.LocalName == "td").Select(td => td.Value)];

    private static string MarkdownCell(string cell) => cell.Trim().TrimEnd('|').Trim().Replace("**", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
}
