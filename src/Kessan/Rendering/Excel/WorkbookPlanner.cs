using System.Collections.Immutable;
using Kessan.Derivation;
using Kessan.Derivation.Figures;
using Kessan.Layout;
using Kessan.Document;
using Kessan.Model;

namespace Kessan.Rendering.Excel;

/// <summary>
/// Lays out the workbook of a release: a contents sheet, then one sheet per table of the document in
/// document order, titled and named by one rule (<see cref="SheetTitles"/>, <see cref="SheetNames"/>). A table sheet
/// has its title, its captions, its header rows (frozen, with the label column), its rows (labels indented, totals
/// and headings bold), its notes, and the notes on sums that cannot be formulas.
/// </summary>
internal static class WorkbookPlanner
{
    /// <summary>The name of the contents sheet.</summary>
    public const string ContentsSheet = "Contents";

    private static readonly CellStyle TitleStyle = new() { Font = FontKind.Title };
    private static readonly CellStyle CaptionStyle = new() { Font = FontKind.Italic };
    private static readonly CellStyle NoteStyle = CellStyle.Default;
    private static readonly CellStyle HeaderLabelStyle = new() { Font = FontKind.Bold, Align = CellAlign.Left, Wrap = true };
    private static readonly CellStyle HeaderStyle = new() { Font = FontKind.Bold, Align = CellAlign.Center, Wrap = true };

    /// <summary>The sheets of the workbook, the contents sheet first.</summary>
    public static ImmutableArray<SheetPlan> Plan(BuildResult build, string title, string company)
    {
        var document = build.Document ?? throw new ArgumentException("The build has no document.", nameof(build));
        var figures = build.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var tables = SheetTitles.Of(document).ToList();
        var names = SheetNames.Assign(tables.Select(t => t.Title), [ContentsSheet]);
        var sheets = new List<SheetPlan>();
        for (var i = 0; i < tables.Count; i++)
        {
            var (table, heading) = tables[i];
            var sums = build.Sums.Where(s => string.Equals(s.TableId, table.Id, StringComparison.Ordinal));
            sheets.Add(TableSheet(table, names[i], heading, figures, sums));
        }
        return [Contents(title, company, sheets, tables.Select(t => t.Table).ToList()), .. sheets];
    }

    private static SheetPlan Contents(string title, string company, List<SheetPlan> sheets, List<TableBlock> tables)
    {
        var cells = new List<SheetCell>
        {
            new SheetText(1, 1, TitleStyle, title),
        };
        if (company.Length > 0)
        {
            cells.Add(new SheetText(2, 1, CellStyle.Default, company));
        }
        const int header = 4;
        cells.Add(new SheetText(header, 1, HeaderLabelStyle, "Sheet"));
        cells.Add(new SheetText(header, 2, HeaderLabelStyle, "Title"));
        cells.Add(new SheetText(header, 3, HeaderLabelStyle, "Caption"));
        cells.Add(new SheetText(header, 4, HeaderLabelStyle, "Table"));
        var links = new List<SheetLink>();
        var link = new CellStyle { Font = FontKind.Link };
        for (var i = 0; i < sheets.Count; i++)
        {
            var row = header + 1 + i;
            var sheet = sheets[i];
            cells.Add(new SheetText(row, 1, link, sheet.Name));
            cells.Add(new SheetText(row, 2, CellStyle.Default, sheet.Title));
            var caption = string.Join(" ", tables[i].Captions.Select(Text));
            if (caption.Length > 0)
            {
                cells.Add(new SheetText(row, 3, CellStyle.Default, caption));
            }
            cells.Add(new SheetText(row, 4, CellStyle.Default, tables[i].Id));
            links.Add(new SheetLink(CellReferences.Of(row, 1), CellReferences.QuotedSheet(sheet.Name) + "!A1", sheet.Name));
        }
        var noteRow = header + sheets.Count + 2;
        cells.Add(new SheetText(noteRow, 1, NoteStyle,
            "Figures are numbers in the units their column headers state, rounded as the release shows them. " +
            "A total whose items add up on the figures shown is a formula over them; its value is the release's figure."));
        return new SheetPlan
        {
            Name = ContentsSheet,
            Title = title,
            Cells = Sorted(cells),
            FrozenRows = header,
            ColumnWidths =
            [
                Width(sheets.Select(s => s.Name).Append("Sheet"), 12, 34),
                Width(sheets.Select(s => s.Title).Append("Title"), 12, 70),
                Width(tables.Select(t => string.Join(" ", t.Captions.Select(Text))).Append("Caption"), 10, 70),
                Width(tables.Select(t => t.Id).Append("Table"), 10, 40),
            ],
            Links = [.. links],
        };
    }

    private static SheetPlan TableSheet(TableBlock table, string name, string heading, Dictionary<string, Figure> figures, IEnumerable<DisplayedSum> sums)
    {
        var cells = new Dictionary<(int Row, int Column), SheetCell>();
        void Put(SheetCell cell) => cells[(cell.Row, cell.Column)] = cell;

        var row = 1;
        Put(new SheetText(row, 1, TitleStyle, heading));
        foreach (var caption in table.Captions)
        {
            row++;
            Put(new SheetText(row, 1, CaptionStyle, Inlines.PlainText(caption)));
        }
        // Headers over groups of columns, each merged across its columns, then the columns' own header lines.
        var merged = new List<string>();
        foreach (var groups in table.GroupRows)
        {
            row++;
            foreach (var group in groups)
            {
                Put(new SheetText(row, group.First + 2, HeaderStyle, Inlines.PlainText(group.Content)));
                if (group.Count > 1)
                {
                    merged.Add(CellReferences.Of(row, group.First + 2) + ":" + CellReferences.Of(row, group.First + group.Count + 1));
                }
            }
        }
        var depth = Math.Max(table.LabelHeader.Length, table.HeaderRows.Length);
        for (var h = 0; h < depth; h++)
        {
            row++;
            if (h < table.LabelHeader.Length && Inlines.PlainText(table.LabelHeader[h]) is { Length: > 0 } label)
            {
                Put(new SheetText(row, 1, HeaderLabelStyle, label));
            }
            if (h < table.HeaderRows.Length)
            {
                var headerRow = table.HeaderRows[h];
                for (var c = 0; c < headerRow.Length; c++)
                {
                    if (Inlines.PlainText(headerRow[c]) is { Length: > 0 } text)
                    {
                        Put(new SheetText(row, c + 2, HeaderStyle, text));
                    }
                }
            }
        }
        var frozen = row;
        var numbers = new List<SheetNumber>();
        var precisionNotes = new List<string>();
        foreach (var tableRow in table.Rows)
        {
            row++;
            var emphasis = tableRow.Style is RowStyle.Total or RowStyle.Heading;
            var ruled = tableRow.Style is RowStyle.Total or RowStyle.Subtotal;
            var labelText = Inlines.PlainText(tableRow.Label);
            if (labelText.Length > 0)
            {
                Put(new SheetText(row, 1, new CellStyle
                {
                    Font = emphasis ? FontKind.Bold : FontKind.Regular,
                    Align = CellAlign.Left,
                    Indent = Math.Clamp(tableRow.Indent, 0, 15),
                }, labelText));
            }
            for (var c = 0; c < tableRow.Cells.Length; c++)
            {
                if (Cell(tableRow.Cells[c], row, c + 2, ruled, tableRow.Style == RowStyle.Total, table.IsFigureColumn(c), figures) is { } cell)
                {
                    Put(cell);
                    if (cell is SheetNumber n)
                    {
                        numbers.Add(n);
                    }
                    else if (tableRow.Cells[c].FigureId is { } id && figures[id].Displayed is { } d && !FitsExcel(d, figures[id].Format.Decimals))
                    {
                        precisionNotes.Add($"{cell.Reference}: text, not a number: Excel keeps {ExcelDigits} significant digits, fewer than this figure has.");
                    }
                }
            }
        }
        var (formulas, sumNotes) = SumFormulas.Plan(numbers, sums, figures);
        foreach (var f in formulas)
        {
            Put(((SheetNumber)cells[(f.Row, f.Column)]) with { Formula = f.Formula });
        }
        if (table.Notes.Length + sumNotes.Length + precisionNotes.Count > 0)
        {
            row++;
        }
        foreach (var note in table.Notes.Select(Text).Concat(sumNotes).Concat(precisionNotes))
        {
            row++;
            Put(new SheetText(row, 1, NoteStyle, note));
        }

        var widths = new List<double>
        {
            Width(table.Rows.Select(r => new string(' ', 2 * Math.Clamp(r.Indent, 0, 15)) + Inlines.PlainText(r.Label))
                .Concat(table.LabelHeader.Select(Text)), 12, 60),
        };
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var column = c;
            widths.Add(Width(table.HeaderRows.Where(h => column < h.Length).Select(h => Inlines.PlainText(h[column]))
                .Concat(table.Rows.Where(r => column < r.Cells.Length).Select(r => r.Cells[column].PlainText)), 10, 40));
        }
        return new SheetPlan
        {
            Name = name,
            Title = heading,
            Cells = Sorted(cells.Values),
            FrozenRows = frozen,
            FrozenColumns = 1,
            MergedRanges = [.. merged],
            ColumnWidths = [.. widths],
        };
    }

    /// <summary>
    /// The sheet cell of a table cell: a figure as a number in its format (or "n/a" as text when it could
    /// not be derived); text around one figure, such as <c>JPY106,248 million</c>, as that number with the
    /// text in its format; other text as text; nothing for an empty cell.
    /// </summary>
    private static SheetCell? Cell(TableCell cell, int row, int column, bool ruled, bool bold, bool numericColumn, Dictionary<string, Figure> figures)
    {
        var numberStyle = new CellStyle { Font = bold ? FontKind.Bold : FontKind.Regular, Align = CellAlign.Right, TopBorder = ruled };
        if (cell.FigureId is { } id)
        {
            var figure = figures.GetValueOrDefault(id)
                ?? throw new ArgumentException($"The document shows figure '{id}', which is not among the build's figures.", nameof(figures));
            return (SheetCell?)Number(figure, "", "", row, column, numberStyle) ?? new SheetText(row, column, numberStyle, figure.Text);
        }
        var text = cell.PlainText;
        if (text.Length == 0)
        {
            return null;
        }
        if (SingleFigure(cell.Content, figures) is { } embedded && Number(embedded.Figure, embedded.Before, embedded.After, row, column, numberStyle) is { } number)
        {
            return number;
        }
        // Text in a column of figures ("-") aligns with the figures.
        return new SheetText(row, column, numberStyle with { Align = numericColumn ? CellAlign.Right : CellAlign.General, TopBorder = false }, text);
    }

    /// <summary>
    /// The figure as a number with literal text before and after it; null when it has no displayed value,
    /// or when Excel could not hold the displayed value exactly (more than <see cref="ExcelDigits"/>
    /// significant digits), so that the sheet never shows a number other than the release's.
    /// </summary>
    private static SheetNumber? Number(Figure figure, string before, string after, int row, int column, CellStyle style)
    {
        if (figure.Displayed is not { } displayed || !FitsExcel(displayed, figure.Format.Decimals))
        {
            return null;
        }
        var format = figure.Format with { Prefix = before + figure.Format.Prefix, Suffix = figure.Format.Suffix + after };
        var code = ExcelNumberFormats.For(format, figure.Value!.Value.IsZero && format.Zero is not null, displayed.IsZero);
        return new SheetNumber(row, column, style with { NumberFormat = code }, figure.Id, displayed, figure.Format.Decimals);
    }

    /// <summary>
    /// A cell of plain text around exactly one figure shown in its own format (not a phrase such as
    /// "up 9.2% YoY"): the figure and the text before and after it.
    /// </summary>
    private static (Figure Figure, string Before, string After)? SingleFigure(ImmutableArray<Inline> content, Dictionary<string, Figure> figures)
    {
        if (!content.All(i => i is TextInline or FigureInline) || content.Count(i => i is FigureInline) != 1)
        {
            return null;
        }
        var index = content.IndexOf(content.First(i => i is FigureInline));
        var inline = (FigureInline)content[index];
        if (!figures.TryGetValue(inline.FigureId, out var figure) || !string.Equals(inline.Text, figure.Text, StringComparison.Ordinal))
        {
            return null;
        }
        return (figure, Inlines.PlainText(content.Take(index)), Inlines.PlainText(content.Skip(index + 1)));
    }

    /// <summary>The significant digits a number keeps in Excel (a double holds any 15-digit decimal exactly enough to show it).</summary>
    public const int ExcelDigits = 15;

    /// <summary>True when a displayed value has at most <see cref="ExcelDigits"/> significant digits.</summary>
    public static bool FitsExcel(Rational displayed, int decimals)
    {
        var digits = displayed.Abs().ToString(decimals).Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length <= ExcelDigits;
    }

    private static string Text(ImmutableArray<Inline> content) => Inlines.PlainText(content);

    private static ImmutableArray<SheetCell> Sorted(IEnumerable<SheetCell> cells) => [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Column)];

    /// <summary>A column width in characters that fits the longest text, within bounds.</summary>
    private static double Width(IEnumerable<string> texts, int min, int max) =>
        Math.Clamp(texts.Select(t => t.Length).DefaultIfEmpty(0).Max() + 2, min, max);
}
