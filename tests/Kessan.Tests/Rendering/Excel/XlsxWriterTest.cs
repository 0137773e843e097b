using System.Globalization;
using DocumentFormat.OpenXml;
using Kessan.Derivation.Figures;
using Kessan.Layout.Formats;
using Kessan.Document;
using static Kessan.Tests.Rendering.Excel.Workbooks;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>release.xlsx of small documents built by hand: how figures, text and tables become cells.</summary>
public sealed partial class XlsxWriterTest
{
    /// <summary>The figures of <see cref="Documents.Release"/>, with the values its texts show.</summary>
    private static readonly Figure[] ReleaseFigures =
    [
        Figure("narrative/1", 106_248_000_000m, Format("millions")),
        Figure("narrative/2", 0.092m, Format("percent")),
        Figure("narrative/3", 0.029m, Format("percent")),
        Figure("results/ns/FY2011", 63_410_000_000m, Format("millions")),
        Figure("results/ns/FY2012", 65_232_000_000m, Format("millions")),
        Figure("results/ns/yoy", 0.0287m, Format("percent")),
        Figure("results/atm/FY2011", -194_000_000m, Format("millions")),
        Figure("results/atm/FY2012", 0m, Format("millions")),
        Figure("results/total/FY2011", 63_216_000_000m, Format("millions")),
        Figure("results/total/FY2012", 65_232_000_000m, Format("millions")),
        Figure("results/total/yoy", 0.0316m, Format("percent")),
    ];

    private static BuildResult ExampleRelease()
    {
        var f = ReleaseFigures.ToDictionary(x => x.Id, StringComparer.Ordinal);
        return new BuildResult(Documents.Release(), [.. ReleaseFigures], [],
        [
            Sum("results", f["results/total/FY2011"], (f["results/ns/FY2011"], 1), (f["results/atm/FY2011"], 1)),
            Sum("results", f["results/total/FY2012"], (f["results/ns/FY2012"], 1), (f["results/atm/FY2012"], 1)),
        ]);
    }

    /// <summary>A build of one table "t" titled "Figures" with one row "r" showing one figure.</summary>
    private static XlsxCell OneFigure(Figure figure)
    {
        var workbook = Read(Build([figure], [], Table("t", "Figures", Row("r", "Item", Cell(figure)))));
        return workbook.Sheet("Figures").At(4, 2)!;
    }

    [Fact]
    public void The_example_figures_are_the_texts_the_example_document_shows()
    {
        var shown = Documents.Release().Tables().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.FigureId is not null)
            .ToDictionary(c => c.FigureId!, c => c.PlainText, StringComparer.Ordinal);

        foreach (var figure in ReleaseFigures.Where(f => shown.ContainsKey(f.Id)))
        {
            figure.Text.ShouldBe(shown[figure.Id], figure.Id);
        }
    }

    [Fact]
    public void A_table_is_laid_out_as_title_captions_frozen_header_rows_body_and_notes()
    {
        var sheet = Read(ExampleRelease()).Sheet("Operating Results Summary");

        sheet.TextAt(1, 1).ShouldBe("Operating Results Summary");
        sheet.TextAt(2, 1).ShouldBe("(Unaudited)");
        sheet.At(2, 1)!.Italic.ShouldBeTrue();
        sheet.Row(3).Select(c => (c.Reference, c.Text)).ShouldBe([("B3", "FY2011"), ("C3", "FY2012"), ("D3", "YoY")]);
        sheet.Row(4).Select(c => (c.Reference, c.Text)).ShouldBe([("A4", "Line item"), ("B4", "JPY millions"), ("C4", "JPY millions"), ("D4", "% Change")]);
        sheet.Row(3).Concat(sheet.Row(4)).ShouldAllBe(c => c.Bold);
        (sheet.FrozenRows, sheet.FrozenColumns, sheet.PaneState, sheet.TopLeftCell).ShouldBe((4, 1, "frozen", "B5"));
        sheet.Row(5).Select(c => c.Text).ShouldBe(["Revenues:"]);
        sheet.Row(6).Select(c => c.Shown).ShouldBe(["Network services", "63,410", "65,232", "2.9"]);
        sheet.Row(7).Select(c => c.Shown).ShouldBe(["ATM operation*1", "(194)", "-", "n.m."]);
        sheet.Row(8).Select(c => c.Shown).ShouldBe(["Total revenues", "63,216", "65,232", "3.2"]);
        sheet.Row(9).ShouldBeEmpty();
        sheet.TextAt(10, 1).ShouldBe("*1 Not meaningful.");
        sheet.TextAt(11, 1).ShouldBe("Figures are rounded to the nearest million.");
        sheet.LastRow.ShouldBe(11);
    }

    [Fact]
    public void Heading_and_total_rows_are_bold_totals_have_a_rule_above_and_labels_keep_their_indentation()
    {
        var sheet = Read(ExampleRelease()).Sheet("Operating Results Summary");

        sheet.At("A5").Bold.ShouldBeTrue();
        sheet.At("A5").Indent.ShouldBe(0);
        sheet.At("A6").Bold.ShouldBeFalse();
        sheet.At("A6").Indent.ShouldBe(1);
        sheet.At("A7").Indent.ShouldBe(1);
        sheet.Row(8).ShouldAllBe(c => c.Bold);
        sheet.Row(8).Where(c => c.Column > 1).ShouldAllBe(c => c.TopBorder);
        sheet.Row(6).ShouldAllBe(c => !c.TopBorder);
        sheet.Row(6).Where(c => c.Column > 1).ShouldAllBe(c => c.Horizontal == "right");
    }

    public static TheoryData<string, string, string, string, string> Figures => new()
    {
        // format, exact value, cell value, number format, text the release shows
        { "millions", "106248000000", "106248", "#,##0;(#,##0)", "106,248" },
        { "millions", "-194000000", "-194", "#,##0;(#,##0)", "(194)" },
        { "millions", "0", "0", "#,##0;(#,##0);\"-\"", "-" },
        { "millions", "400000", "0", "#,##0;(#,##0)", "0" },
        { "millions", "-400000", "0", "#,##0;(#,##0)", "0" },
        { "millions", "-500000", "-1", "#,##0;(#,##0)", "(1)" },
        { "thousands", "1490906000", "1490906", "#,##0;(#,##0)", "1,490,906" },
        { "thousands", "-999999999999999", "-1000000000000", "#,##0;(#,##0)", "(1,000,000,000,000)" },
        { "percent", "0.092", "9.2", "#,##0.0;(#,##0.0)", "9.2" },
        { "percent", "-0.0204", "-2", "#,##0.0;(#,##0.0)", "(2.0)" },
        { "percent", "0", "0", "#,##0.0;(#,##0.0)", "0.0" },
        { "percent0", "12.345", "1235", "#,##0;(#,##0)", "1,235" },
        { "pershare", "22", "22", "#,##0.00;(#,##0.00)", "22.00" },
        { "pershare", "1234.565", "1234.57", "#,##0.00;(#,##0.00)", "1,234.57" },
        { "pershare", "-0.005", "-0.01", "#,##0.00;(#,##0.00)", "(0.01)" },
        { "millions1", "0", "0", "#,##0.0;(#,##0.0);\"-\"", "-" },
        { "billions1", "0", "0", "#,##0.0;(#,##0.0)", "0.0" },
        { "count", "1234567", "1234567", "#,##0;(#,##0)", "1,234,567" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_figure_is_a_number_in_display_units_with_a_format_that_shows_the_releases_text(string format, string exact, string value, string code, string text)
    {
        var figure = Workbooks.Figure("t/r/FY2012", decimal.Parse(exact, CultureInfo.InvariantCulture), Format(format));

        var cell = OneFigure(figure);

        figure.Text.ShouldBe(text);
        cell.Text.ShouldBeNull();
        cell.Number.ShouldBe(decimal.Parse(value, CultureInfo.InvariantCulture));
        cell.NumberFormat.ShouldBe(code);
        cell.Shown.ShouldBe(text);
    }

    [Fact]
    public void A_figure_that_cannot_be_derived_is_the_text_n_a()
    {
        var figure = Missing("t/r/FY2012", Format("millions"));

        var cell = OneFigure(figure);

        cell.Text.ShouldBe("n/a");
        cell.Number.ShouldBeNull();
        cell.Horizontal.ShouldBe("right");
    }

    [Theory]
    [InlineData("123456789012345", true)]
    [InlineData("-999999999999999", true)]
    [InlineData("100000000000000000000", true)]
    [InlineData("1234567890123456", false)]
    [InlineData("-1234567890123456000", false)]
    public void A_figure_with_more_digits_than_excel_keeps_is_the_releases_text_with_a_note(string exact, bool number)
    {
        var figure = Workbooks.Figure("t/r/FY2012", decimal.Parse(exact, CultureInfo.InvariantCulture), Format("units"));

        var sheet = Read(Build([figure], [], Table("t", "Figures", Row("r", "Item", Cell(figure))))).Sheet("Figures");

        var cell = sheet.At("B4");
        cell.Shown.ShouldBe(figure.Text);
        if (number)
        {
            cell.Number.ShouldBe(decimal.Parse(exact, CultureInfo.InvariantCulture));
            sheet.LastRow.ShouldBe(4);
        }
        else
        {
            cell.Text.ShouldBe(figure.Text);
            cell.Horizontal.ShouldBe("right");
            sheet.TextAt(6, 1).ShouldBe("B4: text, not a number: Excel keeps 15 significant digits, fewer than this figure has.");
        }
    }

    [Fact]
    public void An_exact_zero_moved_by_footing_keeps_its_moved_value_and_shows_the_zero_text_as_the_release_does()
    {
        var figure = Workbooks.Figure("t/r/FY2012", 0m, Format("millions"), delta: 1);

        var cell = OneFigure(figure);

        figure.Text.ShouldBe("-");
        cell.Number.ShouldBe(1m);
        cell.Shown.ShouldBe("-");
    }

    [Fact]
    public void A_figure_moved_by_footing_is_its_displayed_value_not_its_independent_rounding()
    {
        var figure = Workbooks.Figure("t/r/FY2012", 1_400_000m, Format("millions"), delta: -1);

        var cell = OneFigure(figure);

        cell.Number.ShouldBe(0m);
        cell.Shown.ShouldBe(figure.Text);
        cell.Shown.ShouldBe("0");
    }

    public static TheoryData<string, string, string, string> CustomFormats => new()
    {
        // prefix, suffix, negative style, expected text of -1234.5 in one decimal
        { "", " Gbps", "Parentheses", "(1,234.5) Gbps" },
        { "", "%", "Minus", "-1,234.5%" },
        { "US$", "", "Parentheses", "US$(1,234.5)" },
        { "\"", "\" x", "Minus", "\"-1,234.5\" x" },
        { "", "x;y", "Parentheses", "(1,234.5)x;y" },
    };

    [Theory]
    [MemberData(nameof(CustomFormats))]
    public void Prefixes_suffixes_and_minus_signs_of_a_format_are_shown_as_the_release_shows_them(string prefix, string suffix, string negative, string text)
    {
        var format = new DisplayFormat { Name = "custom", Decimals = 1, Prefix = prefix, Suffix = suffix, Negative = Enum.Parse<NegativeStyle>(negative) };
        var figure = Workbooks.Figure("t/r/FY2012", -1234.5m, format);

        var cell = OneFigure(figure);

        figure.Text.ShouldBe(text);
        cell.Number.ShouldBe(-1234.5m);
        cell.Shown.ShouldBe(text);
    }

    [Fact]
    public void A_percentage_is_stored_in_percent_points_and_its_percent_sign_is_literal()
    {
        var format = DisplayFormat.BuiltIn["percent"] with { Name = "pct", Suffix = "%" };
        var figure = Workbooks.Figure("t/r/FY2012", 0.092m, format);

        var cell = OneFigure(figure);

        cell.Number.ShouldBe(9.2m);
        cell.NumberFormat.ShouldBe("#,##0.0\"%\";(#,##0.0)\"%\"");
        cell.Shown.ShouldBe("9.2%");
    }

    [Fact]
    public void A_format_without_grouping_has_no_thousands_separator()
    {
        var format = new DisplayFormat { Name = "plain", Grouping = false };
        var figure = Workbooks.Figure("t/r/FY2012", 2013m, format);

        var cell = OneFigure(figure);

        cell.NumberFormat.ShouldBe("0;(0)");
        cell.Shown.ShouldBe("2013");
    }

    [Fact]
    public void Text_around_one_figure_is_that_figure_as_a_number_with_the_text_in_its_format()
    {
        var revenues = Workbooks.Figure("highlights/revenues/jpy", 106_248_000_000m, Format("millions"));
        var words = new TableCell([new TextInline("JPY"), new FigureInline(revenues.Id, revenues.Text), new TextInline(" million")], false, null);

        var sheet = Read(Build([revenues], [], Table("highlights", "Highlights", Row("revenues", "Revenues", words)))).Sheet("Highlights");

        var cell = sheet.At("B4");
        cell.Number.ShouldBe(106248m);
        cell.Shown.ShouldBe("JPY106,248 million");
    }

    [Fact]
    public void A_phrase_made_from_a_figure_and_text_with_two_figures_stay_the_releases_text()
    {
        var yoy = Workbooks.Figure("highlights/revenues/yoy", 0.092m, Format("percent"));
        var usd = Workbooks.Figure("highlights/revenues/usd", 1_128_400_000m, Format("millions1"));
        var phrase = new TableCell([new FigureInline(yoy.Id, "up 9.2% YoY")], false, null);
        var two = new TableCell([new TextInline("($"), new FigureInline(usd.Id, usd.Text), new TextInline(" million, "), new FigureInline(yoy.Id, "up 9.2% YoY"), new TextInline(")")], false, null);

        var sheet = Read(Build([yoy, usd], [], Table("highlights", "Highlights", Row("revenues", "Revenues", phrase, two)))).Sheet("Highlights");

        sheet.At("B4").Text.ShouldBe("up 9.2% YoY");
        sheet.At("C4").Text.ShouldBe("($1,128.4 million, up 9.2% YoY)");
        sheet.Cells.Values.ShouldAllBe(c => c.Number == null);
    }

    [Fact]
    public void A_table_without_a_title_that_opens_a_section_is_titled_and_named_by_the_section()
    {
        var figure = Workbooks.Figure("per-share/eps/FY2012", 38_000m, Format("pershare"));
        var build = Build([figure], [],
            new SectionBlock("statements", Text("Consolidated Statements of Income"),
            [
                Table("per-share", "", Row("eps", "Basic", Cell(figure))),
            ]));

        var workbook = Read(build);

        workbook.Sheets.Select(s => s.Name).ShouldBe(["Contents", "Consol. Stmts of Income"]);
        workbook.Sheet("Consol. Stmts of Income").TextAt(1, 1).ShouldBe("Consolidated Statements of Income");
        workbook.Sheet("Contents").Row(5).Select(c => c.Text).ShouldBe(["Consol. Stmts of Income", "Consolidated Statements of Income", "per-share"]);
    }

    [Fact]
    public void The_contents_sheet_lists_every_table_with_a_link_to_its_sheet()
    {
        var workbook = Read(ExampleRelease());
        var contents = workbook.Sheets[0];

        contents.Name.ShouldBe("Contents");
        contents.TextAt(1, 1).ShouldBe(Properties.Title);
        contents.TextAt(2, 1).ShouldBe("Example Corp.");
        contents.Row(4).Select(c => c.Text).ShouldBe(["Sheet", "Title", "Caption", "Table"]);
        contents.Row(5).Select(c => c.Text).ShouldBe(["Operating Results Summary", "Operating Results Summary", "(Unaudited)", "results"]);
        contents.Links.ShouldBe([("A5", "'Operating Results Summary'!A1")]);
        contents.FrozenRows.ShouldBe(4);
    }

    [Fact]
    public void Text_with_characters_special_to_xml_and_to_formats_survives_and_the_workbook_stays_valid()
    {
        var figure = Workbooks.Figure("special/r1/a", 1234m, Format("units"));
        var build = new BuildResult(Documents.Escaping(), [figure], [], []);

        var bytes = Write(build);
        var sheet = XlsxWorkbook.Read(bytes).Sheets[1];

        XlsxWorkbook.Validate(bytes, FileFormatVersions.Microsoft365).ShouldBeEmpty();
        sheet.Name.ShouldBe("Costs and _margins_ 1 # 2");
        sheet.TextAt(1, 1).ShouldBe("Costs *and* _margins_ [1] # 2");
        sheet.Row(2).Select(c => c.Text).ShouldBe(["Item | kind", "A|B", "<C> & \"D\""]);
        sheet.Row(3).Select(c => c.Shown).ShouldBe(["Cost * rate | net", "1,234", "a|b <i> & c"]);
    }

    [Fact]
    public void Every_hand_built_workbook_is_valid()
    {
        XlsxWorkbook.Validate(Write(ExampleRelease()), FileFormatVersions.Office2007).ShouldBeEmpty();
        XlsxWorkbook.Validate(Write(ExampleRelease()), FileFormatVersions.Microsoft365).ShouldBeEmpty();
    }

    [Fact]
    public void A_document_showing_a_figure_the_build_does_not_have_is_refused()
    {
        var figure = Workbooks.Figure("t/r/FY2012", 1m, Format("units"));
        var build = Build([], [], Table("t", "Figures", Row("r", "Item", Cell(figure))));

        Should.Throw<ArgumentException>(() => Write(build)).Message.ShouldContain("t/r/FY2012");
    }

    [Fact]
    public void The_same_build_gives_the_same_bytes()
    {
        var first = Write(ExampleRelease());
        var second = Write(ExampleRelease());

        first.SequenceEqual(second).ShouldBeTrue();
    }
}
