using System.Globalization;
using System.Xml;

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

    /// <summary>Writes the stylesheet (<c>xl/styles.xml</c>) of every format used so far, in the order SpreadsheetML's schema requires.</summary>
    public void Write(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", SpreadsheetMl.Main);
        if (numberFormats.Count > 0)
        {
            SpreadsheetMl.List(xml, "numFmts", [.. numberFormats.OrderBy(f => f.Value)], f =>
                SpreadsheetMl.Element(xml, "numFmt", ("numFmtId", SpreadsheetMl.Number(f.Value)), ("formatCode", f.Key)));
        }
        SpreadsheetMl.List(xml, "fonts", Enum.GetValues<FontKind>(), font => Font(xml, font));
        SpreadsheetMl.List(xml, "fills", ["none", "gray125"], pattern =>
        {
            xml.WriteStartElement("fill", SpreadsheetMl.Main);
            SpreadsheetMl.Element(xml, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        });
        SpreadsheetMl.List(xml, "borders", [false, true], topRule =>
        {
            xml.WriteStartElement("border", SpreadsheetMl.Main);
            SpreadsheetMl.Element(xml, "left");
            SpreadsheetMl.Element(xml, "right");
            xml.WriteStartElement("top", SpreadsheetMl.Main);
            if (topRule)
            {
                xml.WriteAttributeString("style", "thin");
                SpreadsheetMl.Element(xml, "color", ("auto", "1"));
            }
            xml.WriteEndElement();
            SpreadsheetMl.Element(xml, "bottom");
            SpreadsheetMl.Element(xml, "diagonal");
            xml.WriteEndElement();
        });
        SpreadsheetMl.List(xml, "cellStyleXfs", [0], _ =>
            SpreadsheetMl.Element(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")));
        SpreadsheetMl.List(xml, "cellXfs", styles, style => CellFormat(xml, style));
        SpreadsheetMl.List(xml, "cellStyles", [0], _ =>
            SpreadsheetMl.Element(xml, "cellStyle", ("name", "Normal"), ("xfId", "0"), ("builtinId", "0")));
        xml.WriteEndElement();
    }

    private void CellFormat(XmlWriter xml, CellStyle style)
    {
        xml.WriteStartElement("xf", SpreadsheetMl.Main);
        xml.WriteAttributeString("numFmtId", (style.NumberFormat is { } code ? numberFormats[code] : 0).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fontId", SpreadsheetMl.Number((int)style.Font));
        xml.WriteAttributeString("fillId", "0");
        xml.WriteAttributeString("borderId", style.TopBorder ? "1" : "0");
        xml.WriteAttributeString("xfId", "0");
        if (style.NumberFormat is not null)
        {
            xml.WriteAttributeString("applyNumberFormat", "1");
        }
        if (style.Font != FontKind.Regular)
        {
            xml.WriteAttributeString("applyFont", "1");
        }
        if (style.TopBorder)
        {
            xml.WriteAttributeString("applyBorder", "1");
        }
        if (style.Align != CellAlign.General || style.Indent > 0 || style.Wrap)
        {
            xml.WriteAttributeString("applyAlignment", "1");
            xml.WriteStartElement("alignment", SpreadsheetMl.Main);
            if (style.Align != CellAlign.General)
            {
                xml.WriteAttributeString("horizontal", style.Align switch { CellAlign.Left => "left", CellAlign.Center => "center", _ => "right" });
            }
            if (style.Indent > 0)
            {
                xml.WriteAttributeString("indent", SpreadsheetMl.Number(style.Indent));
            }
            if (style.Wrap)
            {
                xml.WriteAttributeString("vertical", "bottom");
                xml.WriteAttributeString("wrapText", "1");
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>A font: bold, italic or underlined as its kind says (in the schema's order), 13 or 11 points, Calibri.</summary>
    private static void Font(XmlWriter xml, FontKind kind)
    {
        xml.WriteStartElement("font", SpreadsheetMl.Main);
        if (kind is FontKind.Bold or FontKind.Title)
        {
            SpreadsheetMl.Element(xml, "b");
        }
        if (kind == FontKind.Italic)
        {
            SpreadsheetMl.Element(xml, "i");
        }
        if (kind == FontKind.Link)
        {
            SpreadsheetMl.Element(xml, "u");
        }
        SpreadsheetMl.Element(xml, "sz", ("val", kind == FontKind.Title ? "13" : "11"));
        if (kind == FontKind.Link)
        {
            SpreadsheetMl.Element(xml, "color", ("rgb", "FF0563C1"));
        }
        else
        {
            SpreadsheetMl.Element(xml, "color", ("theme", "1"));
        }
        SpreadsheetMl.Element(xml, "name", ("val", "Calibri"));
        SpreadsheetMl.Element(xml, "family", ("val", "2"));
        xml.WriteEndElement();
    }


}
