using DocumentFormat.OpenXml;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Kessan.Rendering.Excel;

/// <summary>
/// The cell formats of one workbook, numbered in order of first use (0 is the default), and the custom
/// number formats, numbered from 164 in order of first use; so one plan always gives the same stylesheet.
/// Not thread-safe: one instance per workbook.
/// </summary>
internal sealed class XlsxStyles
{
    /// <summary>The first id of a custom number format; lower ids are Excel's built-in formats.</summary>
    public const uint FirstCustomNumberFormat = 164;

    private readonly Dictionary<CellStyle, uint> indexes = new() { [CellStyle.Default] = 0 };
    private readonly List<CellStyle> styles = [CellStyle.Default];
    private readonly Dictionary<string, uint> numberFormats = new(StringComparer.Ordinal);

    /// <summary>The index of a cell format (<c>s</c> of a cell).</summary>
    public uint IndexOf(CellStyle style)
    {
        if (!indexes.TryGetValue(style, out var index))
        {
            index = (uint)styles.Count;
            indexes[style] = index;
            styles.Add(style);
            if (style.NumberFormat is { } code && !numberFormats.ContainsKey(code))
            {
                numberFormats[code] = FirstCustomNumberFormat + (uint)numberFormats.Count;
            }
        }
        return index;
    }

    /// <summary>The stylesheet of every format used so far.</summary>
    public S.Stylesheet Stylesheet()
    {
        var sheet = new S.Stylesheet();
        if (numberFormats.Count > 0)
        {
            sheet.Append(new S.NumberingFormats(numberFormats.OrderBy(f => f.Value).Select(f =>
                new S.NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
            { Count = (uint)numberFormats.Count });
        }
        var fonts = Enum.GetValues<FontKind>();
        sheet.Append(new S.Fonts(fonts.Select(Font)) { Count = (uint)fonts.Length });
        sheet.Append(new S.Fills(
            new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }),
            new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 }))
        { Count = 2 });
        sheet.Append(new S.Borders(
            new S.Border(new S.LeftBorder(), new S.RightBorder(), new S.TopBorder(), new S.BottomBorder(), new S.DiagonalBorder()),
            new S.Border(new S.LeftBorder(), new S.RightBorder(),
                new S.TopBorder(new S.Color { Auto = true }) { Style = S.BorderStyleValues.Thin },
                new S.BottomBorder(), new S.DiagonalBorder()))
        { Count = 2 });
        sheet.Append(new S.CellStyleFormats(new S.CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });
        sheet.Append(new S.CellFormats(styles.Select(CellFormat)) { Count = (uint)styles.Count });
        sheet.Append(new S.CellStyles(new S.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return sheet;
    }

    private S.CellFormat CellFormat(CellStyle style)
    {
        var format = new S.CellFormat
        {
            NumberFormatId = style.NumberFormat is { } code ? numberFormats[code] : 0,
            FontId = (uint)style.Font,
            FillId = 0,
            BorderId = style.TopBorder ? 1U : 0U,
            FormatId = 0,
        };
        if (style.NumberFormat is not null)
        {
            format.ApplyNumberFormat = true;
        }
        if (style.Font != FontKind.Regular)
        {
            format.ApplyFont = true;
        }
        if (style.TopBorder)
        {
            format.ApplyBorder = true;
        }
        if (style.Align != CellAlign.General || style.Indent > 0 || style.Wrap)
        {
            format.ApplyAlignment = true;
            var alignment = new S.Alignment();
            if (style.Align != CellAlign.General)
            {
                alignment.Horizontal = style.Align switch
                {
                    CellAlign.Left => S.HorizontalAlignmentValues.Left,
                    CellAlign.Center => S.HorizontalAlignmentValues.Center,
                    _ => S.HorizontalAlignmentValues.Right,
                };
            }
            if (style.Indent > 0)
            {
                alignment.Indent = (uint)style.Indent;
            }
            if (style.Wrap)
            {
                alignment.WrapText = true;
                alignment.Vertical = S.VerticalAlignmentValues.Bottom;
            }
            format.Append(alignment);
        }
        return format;
    }

    private static S.Font Font(FontKind kind)
    {
        var font = new S.Font();
        if (kind is FontKind.Bold or FontKind.Title)
        {
            font.Append(new S.Bold());
        }
        if (kind == FontKind.Italic)
        {
            font.Append(new S.Italic());
        }
        if (kind == FontKind.Link)
        {
            font.Append(new S.Underline());
        }
        font.Append(new S.FontSize { Val = kind == FontKind.Title ? 13 : 11 });
        font.Append(kind == FontKind.Link ? new S.Color { Rgb = HexBinaryValue.FromString("FF0563C1") } : new S.Color { Theme = 1 });
        font.Append(new S.FontName { Val = "Calibri" });
        font.Append(new S.FontFamilyNumbering { Val = 2 });
        return font;
    }
}
