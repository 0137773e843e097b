using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>
/// A cell of a workbook as a reader sees it: its text (null for a number), its stored number (the cached
/// value of a formula; null for text), its formula without <c>=</c>, its number format code
/// (<c>General</c> for none), and how it looks.
/// </summary>
public sealed record XlsxCell(string Reference, int Row, int Column, string? Text, decimal? Number, string? Formula,
    string NumberFormat, bool Bold, bool Italic, int Indent, bool TopBorder, string? Horizontal)
{
    /// <summary>What Excel shows: the text, or the number in its format.</summary>
    public string Shown => Text ?? ExcelFormatText.Render(NumberFormat, Number!.Value);
}

/// <summary>A worksheet: its cells, frozen panes and links.</summary>
public sealed record XlsxSheet(string Name, ImmutableDictionary<(int Row, int Column), XlsxCell> Cells, int FrozenRows, int FrozenColumns,
    string? PaneState, string? TopLeftCell, ImmutableArray<(string Reference, string Location)> Links)
{
    /// <summary>The sheet's merged ranges (<c>C3:D3</c>).</summary>
    public ImmutableArray<string> MergedRanges { get; init; } = [];

    public XlsxCell? At(int row, int column) => Cells.GetValueOrDefault((row, column));

    public XlsxCell At(string reference) => Cells.Values.Single(c => c.Reference == reference);

    /// <summary>The text of column A of a row, or null.</summary>
    public string? TextAt(int row, int column) => At(row, column)?.Text;

    public IEnumerable<XlsxCell> Row(int row) => Cells.Values.Where(c => c.Row == row).OrderBy(c => c.Column);

    public int LastRow => Cells.Keys.Max(k => k.Row);
}

/// <summary>Reads a workbook written by <c>XlsxWriter</c> into plain values, with the SDK's reader.</summary>
public sealed class XlsxWorkbook
{
    private XlsxWorkbook(ImmutableArray<XlsxSheet> sheets, string? title, string? creator, string? subject, DateTime? created, DateTime? modified, string? company)
    {
        Sheets = sheets;
        Title = title;
        Creator = creator;
        Subject = subject;
        Created = created;
        Modified = modified;
        Company = company;
    }

    public ImmutableArray<XlsxSheet> Sheets { get; }

    public string? Title { get; }

    public string? Creator { get; }

    public string? Subject { get; }

    public DateTime? Created { get; }

    public DateTime? Modified { get; }

    public string? Company { get; }

    public XlsxSheet Sheet(string name) => Sheets.Single(s => s.Name == name);

    /// <summary>Every validation error the SDK's validator finds, as text.</summary>
    public static ImmutableArray<string> Validate(byte[] bytes, FileFormatVersions version)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var validator = new OpenXmlValidator(version);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public static XlsxWorkbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart!;
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<S.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var stylesheet = workbookPart.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.NumberingFormats?.Elements<S.NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var xfs = stylesheet.CellFormats!.Elements<S.CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<S.Font>().ToList();
        var borders = stylesheet.Borders!.Elements<S.Border>().ToList();
        var sheets = ImmutableArray.CreateBuilder<XlsxSheet>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<S.Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var cells = ImmutableDictionary.CreateBuilder<(int, int), XlsxCell>();
            foreach (var c in part.Worksheet.Descendants<S.Cell>())
            {
                var reference = c.CellReference!.Value!;
                var (row, column) = Parse(reference);
                var xf = xfs[(int)(c.StyleIndex?.Value ?? 0)];
                var font = fonts[(int)(xf.FontId?.Value ?? 0)];
                var border = borders[(int)(xf.BorderId?.Value ?? 0)];
                var numFmt = xf.NumberFormatId?.Value ?? 0;
                string? text = null;
                decimal? number = null;
                if (c.DataType?.Value == S.CellValues.SharedString)
                {
                    text = strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)];
                }
                else if (c.DataType?.Value == S.CellValues.InlineString)
                {
                    text = c.InlineString!.InnerText;
                }
                else if (c.DataType is null || c.DataType.Value == S.CellValues.Number)
                {
                    number = decimal.Parse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                }
                else
                {
                    throw new InvalidOperationException($"{reference}: unexpected cell type {c.DataType.InnerText}");
                }
                cells[(row, column)] = new XlsxCell(reference, row, column, text, number, c.CellFormula?.Text,
                    numFmt == 0 ? "General" : formats[numFmt],
                    font.Elements<S.Bold>().Any(), font.Elements<S.Italic>().Any(),
                    (int)(xf.Alignment?.Indent?.Value ?? 0), border.TopBorder?.Style?.Value == S.BorderStyleValues.Thin,
                    xf.Alignment?.Horizontal?.InnerText);
            }
            var pane = part.Worksheet.Descendants<S.Pane>().SingleOrDefault();
            var links = part.Worksheet.Descendants<S.Hyperlink>().Select(h => (h.Reference!.Value!, h.Location!.Value!)).ToImmutableArray();
            sheets.Add(new XlsxSheet(sheet.Name!.Value!, cells.ToImmutable(),
                (int)(pane?.VerticalSplit?.Value ?? 0), (int)(pane?.HorizontalSplit?.Value ?? 0),
                pane?.State?.InnerText, pane?.TopLeftCell?.Value, links)
            {
                MergedRanges = [.. part.Worksheet.Descendants<S.MergeCell>().Select(m => m.Reference!.Value!)],
            });
        }
        var core = document.PackageProperties;
        var company = document.ExtendedFilePropertiesPart?.Properties.Company?.Text;
        return new XlsxWorkbook(sheets.ToImmutable(), core.Title, core.Creator, core.Subject, core.Created, core.Modified, company);
    }

    /// <summary>Row and column of an A1 reference: B5 is (5, 2).</summary>
    public static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            column = column * 26 + (reference[i] - 'A' + 1);
        }
        return (int.Parse(reference[i..], CultureInfo.InvariantCulture), column);
    }
}
