using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using DocumentFormat.OpenXml;
using Kessan.Derivation;
using Kessan.Rendering;
using Kessan.Document;
using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>
/// release.xlsx of the IIJ sample, under footed and independent rounding: it is a valid workbook, every
/// figure of every table is a number equal to its displayed value in figures.json and shown as the release
/// shows it, and every formula recomputes to the total the release shows.
/// </summary>
public sealed class XlsxWriterSampleTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    public static TheoryData<string> Roundings => ["footed", "independent"];

    private IijSampleRelease.Rendered Of(string rounding) => rounding == "footed" ? sample.Footed : sample.Independent;

    /// <summary>Each table of the document with its sheet (the sheets after the contents sheet, in order).</summary>
    private static List<(TableBlock Table, XlsxSheet Sheet)> TableSheets(IijSampleRelease.Rendered r, XlsxWorkbook workbook)
    {
        var tables = r.Build.Document!.Tables().ToList();
        workbook.Sheets.Length.ShouldBe(tables.Count + 1, "a contents sheet and one sheet per table");
        return [.. tables.Zip(workbook.Sheets.Skip(1))];
    }

    /// <summary>The figure a document cell shows as a number: its figure, or the one figure of text around it ("JPY106,248 million").</summary>
    private static string? FigureOf(TableCell cell, IReadOnlyDictionary<string, JsonElement> figures)
    {
        if (cell.FigureId is not null)
        {
            return cell.FigureId;
        }
        var inlines = cell.Content;
        if (inlines.All(i => i is TextInline or FigureInline) && inlines.OfType<FigureInline>().ToList() is [var f]
            && figures.TryGetValue(f.FigureId, out var figure) && figure.GetProperty("text").GetString() == f.Text)
        {
            return f.FigureId;
        }
        return null;
    }

    [Theory]
    [MemberData(nameof(Roundings))]
    public void The_workbook_has_no_validation_errors(string rounding)
    {
        var bytes = Of(rounding).Xlsx;

        XlsxWorkbook.Validate(bytes, FileFormatVersions.Office2007).ShouldBeEmpty();
        XlsxWorkbook.Validate(bytes, FileFormatVersions.Microsoft365).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Every_figure_of_every_table_is_a_number_equal_to_its_displayed_value_and_shown_as_the_release_shows_it(string rounding)
    {
        var r = Of(rounding);
        var figures = r.FiguresById();
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var numbers = 0;
        var declared = 0;

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            for (var i = 0; i < table.Rows.Length; i++)
            {
                var row = table.Rows[i];
                var sheetRow = sheet.FrozenRows + 1 + i;
                var label = Inlines.PlainText(row.Label);
                if (label.Length > 0)
                {
                    sheet.TextAt(sheetRow, 1).ShouldBe(label, $"{sheet.Name} row {sheetRow}");
                }
                for (var c = 0; c < row.Cells.Length; c++)
                {
                    var where = $"{sheet.Name}!{CellReferences.Of(sheetRow, c + 2)} ({table.Id}/{row.Id})";
                    var cell = sheet.At(sheetRow, c + 2);
                    var id = FigureOf(row.Cells[c], figures);
                    if (id is null)
                    {
                        (cell?.Text ?? "").ShouldBe(row.Cells[c].PlainText, where);
                        declared += row.Cells[c].Numeric && row.Cells[c].PlainText.Length > 0 ? 1 : 0;
                        continue;
                    }
                    cell.ShouldNotBeNull(where);
                    var figure = figures[id];
                    figure.TryGetProperty("displayed", out var displayed).ShouldBeTrue(where + ": a built release has no figure without a value");
                    cell.Number.ShouldBe(decimal.Parse(displayed.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture), where);
                    cell.Shown.ShouldBe(row.Cells[c].PlainText, where);
                    numbers++;
                }
            }
            var expected = table.Rows.Sum(row => row.Cells.Count(c => FigureOf(c, figures) is { } id && figures[id].TryGetProperty("displayed", out _)));
            sheet.Cells.Values.Count(c => c.Number is not null).ShouldBe(expected, $"{sheet.Name}: every number on the sheet is a figure of the table");
        }
        numbers.ShouldBeGreaterThan(500);
        declared.ShouldBeGreaterThan(0, "the sample declares what some cells show where a figure cannot be derived");
    }

    [Fact]
    public void Every_figure_cell_of_the_document_appears_on_its_tables_sheet()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            var shown = sheet.Cells.Values.Where(c => c.Number is not null || c.Text == "n/a").Select(c => c.Shown).ToList();
            foreach (var cell in table.Rows.SelectMany(row => row.Cells).Where(c => c.FigureId is not null))
            {
                shown.ShouldContain(cell.PlainText, $"{table.Id}: {cell.FigureId}");
            }
        }
    }

    [Fact]
    public void Number_formats_show_thousands_separators_and_negatives_in_parentheses()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var cells = workbook.Sheets.SelectMany(s => s.Cells.Values).Where(c => c.Number is not null).ToList();

        cells.ShouldAllBe(c => c.NumberFormat.Contains("#,##0", StringComparison.Ordinal) && c.NumberFormat.Contains(";", StringComparison.Ordinal));
        cells.Where(c => !c.NumberFormat.Contains("\"-\";\"-\"", StringComparison.Ordinal))
            .ShouldAllBe(c => c.NumberFormat.Contains("(#,##0", StringComparison.Ordinal));
        var negative = cells.Where(c => c.Number < 0).ToList();
        negative.ShouldNotBeEmpty();
        negative.ShouldAllBe(c => c.Shown.Contains('(') && c.Shown.EndsWith(')'));
        cells.Where(c => c.Number >= 1000 || c.Number <= -1000).ShouldAllBe(c => c.Shown.Contains(','));
        cells.Where(c => c.Shown == "-").ShouldNotBeEmpty("statements show exact zeros as -");
        cells.ShouldContain(c => c.NumberFormat.Contains("0.00", StringComparison.Ordinal), "per-share figures have two decimals");
    }

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Every_formula_adds_up_the_cells_of_a_displayed_sum_and_its_cached_value_is_the_displayed_total(string rounding)
    {
        var r = Of(rounding);
        var figures = r.FiguresById();
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var formulas = 0;

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            var figureAt = FigureCells(table, sheet, figures);
            foreach (var cell in sheet.Cells.Values.Where(c => c.Formula is not null))
            {
                var where = $"{sheet.Name}!{cell.Reference} = {cell.Formula}";
                var terms = Terms(cell.Formula!);
                terms.Sum(t => t.Sign * sheet.At(t.Reference).Number!.Value).ShouldBe(cell.Number!.Value, where);
                var total = figureAt[(cell.Row, cell.Column)];
                cell.Number!.Value.ShouldBe(Displayed(figures[total]), where);
                var referenced = terms.Select(t => (figureAt[XlsxWorkbook.Parse(t.Reference)], t.Sign)).Order().ToList();
                r.Build.Sums.Any(s => s.TableId == table.Id && s.Terms[0].FigureId == total
                    && s.Terms.Skip(1).Select(x => (x.FigureId, -s.Terms[0].Weight * x.Weight)).Order().SequenceEqual(referenced))
                    .ShouldBeTrue(where + ": a displayed sum of the table with this total and these items");
                formulas++;
            }
        }
        formulas.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Under_footed_rounding_every_sum_of_a_table_is_a_formula()
    {
        var r = sample.Footed;
        var figures = r.FiguresById();
        var workbook = XlsxWorkbook.Read(r.Xlsx);

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            var figureAt = FigureCells(table, sheet, figures);
            foreach (var sum in r.Build.Sums.Where(s => s.TableId == table.Id))
            {
                sum.Footed.ShouldBeTrue();
                var totals = figureAt.Where(x => x.Value == sum.Terms[0].FigureId).Select(x => sheet.At(x.Key.Row, x.Key.Column)!).ToList();
                totals.ShouldNotBeEmpty(sum.Description);
                totals.ShouldContain(c => c.Formula != null, sum.Description);
            }
        }
    }

    [Fact]
    public void Under_independent_rounding_a_total_whose_items_do_not_add_up_keeps_the_releases_figure_and_a_note_says_why()
    {
        var r = sample.Independent;
        var figures = r.FiguresById();
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var explained = 0;

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            var figureAt = FigureCells(table, sheet, figures);
            var notes = Enumerable.Range(1, sheet.LastRow).Select(row => sheet.TextAt(row, 1)).OfType<string>().ToList();
            foreach (var sum in r.Build.Sums.Where(s => s.TableId == table.Id && !Holds(s, figures)))
            {
                var totals = figureAt.Where(x => x.Value == sum.Terms[0].FigureId).Select(x => sheet.At(x.Key.Row, x.Key.Column)!).ToList();
                totals.ShouldNotBeEmpty(sum.Description);
                totals.ShouldAllBe(c => c.Number == Displayed(figures[sum.Terms[0].FigureId]));
                if (totals.All(c => c.Formula == null))
                {
                    notes.ShouldContain(n => n.StartsWith(totals[0].Reference + ": no formula.", StringComparison.Ordinal) && n.Contains(sum.Description, StringComparison.Ordinal), sum.Description);
                    explained++;
                }
            }
        }
        explained.ShouldBeGreaterThan(0, "independent rounding leaves sums of the sample that do not add up");
    }

    [Fact]
    public void Header_rows_and_the_label_column_are_frozen_and_the_header_rows_show_periods_and_units()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            var depth = Math.Max(table.HeaderRows.Length, table.LabelHeader.Length);
            sheet.PaneState.ShouldBe("frozen", sheet.Name);
            sheet.FrozenRows.ShouldBe(1 + table.Captions.Length + table.GroupRows.Length + depth, sheet.Name);
            sheet.FrozenColumns.ShouldBe(1, sheet.Name);
            sheet.TopLeftCell.ShouldBe("B" + (sheet.FrozenRows + 1).ToString(CultureInfo.InvariantCulture), sheet.Name);
            for (var h = 0; h < table.HeaderRows.Length; h++)
            {
                var row = sheet.FrozenRows - depth + 1 + h;
                for (var c = 0; c < table.HeaderRows[h].Length; c++)
                {
                    var text = Inlines.PlainText(table.HeaderRows[h][c]);
                    (sheet.TextAt(row, c + 2) ?? "").ShouldBe(text, $"{sheet.Name} header {h + 1}, column {c + 1}");
                    if (text.Length > 0)
                    {
                        sheet.At(row, c + 2)!.Bold.ShouldBeTrue();
                    }
                }
            }
        }
        var units = workbook.Sheet("Operating Results Summary");
        units.Row(units.FrozenRows).Select(c => c.Text).ShouldContain("JPY millions");
    }

    [Fact]
    public void A_header_over_a_group_of_columns_is_one_cell_merged_across_them()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var groups = 0;

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            for (var g = 0; g < table.GroupRows.Length; g++)
            {
                var row = 2 + table.Captions.Length + g;
                foreach (var span in table.GroupRows[g])
                {
                    var first = Kessan.Rendering.Excel.CellReferences.Of(row, span.First + 2);
                    sheet.TextAt(row, span.First + 2).ShouldBe(Inlines.PlainText(span.Content), $"{sheet.Name} {first}");
                    sheet.At(row, span.First + 2)!.Bold.ShouldBeTrue();
                    if (span.Count > 1)
                    {
                        sheet.MergedRanges.ShouldContain(first + ":" + Kessan.Rendering.Excel.CellReferences.Of(row, span.First + span.Count + 1), sheet.Name);
                        groups++;
                    }
                }
            }
        }
        // The balance sheets, statements of income and of cash flows, the equity statements and the Tanshin tables.
        groups.ShouldBeGreaterThanOrEqualTo(15);
        var equity = workbook.Sheets.Single(s => s.Cells.Values.Any(c => c.Text == "Internet Initiative Japan Inc. shareholders' equity") && s.Cells.Values.Any(c => c.Text == "Thousands of JPY"));
        equity.MergedRanges.ShouldContain("D3:I3");
    }

    [Fact]
    public void Sheets_follow_the_document_with_valid_unique_names_and_the_contents_sheet_links_to_each()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var pairs = TableSheets(r, workbook);

        workbook.Sheets[0].Name.ShouldBe("Contents");
        workbook.Sheets.Select(s => s.Name.ToUpperInvariant()).ShouldBeUnique();
        workbook.Sheets.ShouldAllBe(s => SheetNames.IsValid(s.Name) && s.Name.Length <= 31);
        var contents = workbook.Sheets[0];
        contents.Links.Length.ShouldBe(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (table, sheet) = pairs[i];
            var title = Inlines.PlainText(table.Title);
            if (title.Length > 0)
            {
                sheet.TextAt(1, 1).ShouldBe(title);
            }
            var (reference, location) = contents.Links[i];
            contents.At(reference).Text.ShouldBe(sheet.Name);
            location.ShouldBe("'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'!A1");
            contents.Row(contents.At(reference).Row).Select(c => c.Text).ShouldContain(table.Id);
        }
        // Each sheet is titled by its own table (or the table it continues), named by its title shortened, in the contents too.
        var titles = SheetTitles.Of(r.Build.Document!).ToList();
        for (var i = 0; i < pairs.Count; i++)
        {
            pairs[i].Sheet.TextAt(1, 1).ShouldBe(titles[i].Title, pairs[i].Table.Id);
            contents.Row(contents.At(contents.Links[i].Reference).Row).Select(c => c.Text).ShouldContain(titles[i].Title);
        }
        titles.Select(t => t.Title).ShouldNotContain(t => t.StartsWith("About ", StringComparison.Ordinal), "no sheet takes the heading of an earlier section");
        workbook.Sheet("Consol. Stmts of Income").TextAt(1, 1).ShouldBe("Consolidated Statements of Income (Unaudited)");
        workbook.Sheet("Consolidated Balance Sheets (2)").TextAt(1, 1).ShouldBe("Consolidated Balance Sheets (Unaudited) (continued)");
    }

    [Fact]
    public void Labels_are_indented_as_in_the_release_and_heading_rows_are_bold()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var headings = 0;
        var indented = 0;

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            for (var i = 0; i < table.Rows.Length; i++)
            {
                var row = table.Rows[i];
                var label = sheet.At(sheet.FrozenRows + 1 + i, 1);
                if (label is null)
                {
                    continue;
                }
                label.Indent.ShouldBe(row.Indent, $"{sheet.Name} {label.Reference}");
                label.Bold.ShouldBe(row.Style is Kessan.Layout.RowStyle.Heading or Kessan.Layout.RowStyle.Total, $"{sheet.Name} {label.Reference}");
                indented += row.Indent > 0 ? 1 : 0;
                foreach (var cell in sheet.Row(label.Row).Where(c => c.Column > 1 && c.Number is not null))
                {
                    cell.TopBorder.ShouldBe(row.Style is Kessan.Layout.RowStyle.Subtotal or Kessan.Layout.RowStyle.Total, $"{sheet.Name} {cell.Reference}");
                }
                headings += row.Style == Kessan.Layout.RowStyle.Heading ? 1 : 0;
            }
        }
        headings.ShouldBeGreaterThan(10);
        indented.ShouldBeGreaterThan(150);
    }

    [Fact]
    public void Captions_are_above_the_header_and_notes_below_the_table()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var notes = 0;

        foreach (var (table, sheet) in TableSheets(r, workbook))
        {
            for (var i = 0; i < table.Captions.Length; i++)
            {
                sheet.TextAt(2 + i, 1).ShouldBe(Inlines.PlainText(table.Captions[i]), sheet.Name);
                sheet.At(2 + i, 1)!.Italic.ShouldBeTrue();
            }
            var afterBody = sheet.FrozenRows + table.Rows.Length + 2;
            for (var i = 0; i < table.Notes.Length; i++)
            {
                sheet.TextAt(afterBody + i, 1).ShouldBe(Inlines.PlainText(table.Notes[i]), sheet.Name);
                notes++;
            }
        }
        notes.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_document_properties_name_the_release_and_the_company_with_the_release_date()
    {
        var r = sample.Footed;
        var workbook = XlsxWorkbook.Read(r.Xlsx);
        var date = r.Package.Reporting.ReleaseDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        workbook.Title.ShouldBe(Inlines.PlainText(r.Build.Document!.Title));
        workbook.Creator.ShouldBe("Internet Initiative Japan Inc.");
        workbook.Company.ShouldBe("Internet Initiative Japan Inc.");
        workbook.Subject.ShouldBe("FY2012 and 4Q12 results");
        workbook.Created!.Value.ToUniversalTime().ShouldBe(date);
        workbook.Modified!.Value.ToUniversalTime().ShouldBe(date);
    }

    [Fact]
    public void Writing_the_sample_again_or_side_by_side_gives_the_same_bytes_with_fixed_timestamps()
    {
        var r = sample.Footed;
        var output = new ReleaseOutput(r.Package, r.Build);

        var again = new XlsxFormat().Write(output);
        var parallel = Enumerable.Range(0, 4).AsParallel().Select(_ => new XlsxFormat().Write(output)).ToList();

        again.SequenceEqual(r.Xlsx).ShouldBeTrue();
        parallel.ShouldAllBe(b => b.SequenceEqual(r.Xlsx));
        using var zip = new ZipArchive(new MemoryStream(r.Xlsx), ZipArchiveMode.Read);
        zip.Entries[0].FullName.ShouldBe("[Content_Types].xml");
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.DateTime == new DateTime(1980, 1, 1));
    }

    [Fact]
    public void Parts_from_the_deflate_size_on_are_deflated_and_smaller_ones_stored_as_they_are()
    {
        using var zip = new ZipArchive(new MemoryStream(sample.Footed.Xlsx), ZipArchiveMode.Read);

        var (large, small) = (zip.Entries.Where(e => e.Length >= XlsxWriter.DeflateFrom).ToList(), zip.Entries.Where(e => e.Length < XlsxWriter.DeflateFrom).ToList());

        large.ShouldContain(e => e.FullName == "xl/sharedStrings.xml");
        large.ShouldAllBe(e => e.CompressedLength < e.Length / 2);
        small.ShouldContain(e => e.FullName == "_rels/.rels");
        small.ShouldAllBe(e => e.CompressedLength == e.Length);
    }

    [Fact]
    public void The_xlsx_format_is_registered_after_json_and_writes_release_xlsx()
    {
        var names = OutputFormats.All.Select(f => f.Name).ToList();

        names.IndexOf("xlsx").ShouldBe(names.IndexOf("json") + 1);
        var format = OutputFormats.Find("xlsx").ShouldBeOfType<XlsxFormat>();
        format.FileName.ShouldBe("release.xlsx");
        format.Unavailable(new ReleaseOutput(sample.Footed.Package, sample.Footed.Build)).ShouldBeNull();
    }

    /// <summary>The figure shown as a number at each cell of a table's sheet.</summary>
    private static Dictionary<(int Row, int Column), string> FigureCells(TableBlock table, XlsxSheet sheet, IReadOnlyDictionary<string, JsonElement> figures)
    {
        var result = new Dictionary<(int, int), string>();
        for (var i = 0; i < table.Rows.Length; i++)
        {
            for (var c = 0; c < table.Rows[i].Cells.Length; c++)
            {
                if (FigureOf(table.Rows[i].Cells[c], figures) is { } id && sheet.At(sheet.FrozenRows + 1 + i, c + 2)?.Number is not null)
                {
                    result[(sheet.FrozenRows + 1 + i, c + 2)] = id;
                }
            }
        }
        return result;
    }

    private static decimal Displayed(JsonElement figure) =>
        decimal.Parse(figure.GetProperty("displayed").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool Holds(DisplayedSum sum, IReadOnlyDictionary<string, JsonElement> figures) =>
        sum.Terms.All(t => figures[t.FigureId].TryGetProperty("displayed", out _))
        && sum.Terms.Sum(t => t.Weight * Displayed(figures[t.FigureId])) == 0;

    /// <summary>The terms of a formula of cell references added and subtracted: <c>B5+B6-B7</c>.</summary>
    internal static List<(int Sign, string Reference)> Terms(string formula)
    {
        var terms = new List<(int, string)>();
        var sign = 1;
        var start = 0;
        for (var i = 0; i <= formula.Length; i++)
        {
            if (i == formula.Length || formula[i] is '+' or '-')
            {
                if (i > start)
                {
                    var reference = formula[start..i];
                    reference.ShouldMatch("^[A-Z]+[0-9]+$", formula);
                    terms.Add((sign, reference));
                }
                if (i < formula.Length)
                {
                    sign = formula[i] == '-' ? -1 : 1;
                }
                start = i + 1;
            }
        }
        return terms;
    }
}
