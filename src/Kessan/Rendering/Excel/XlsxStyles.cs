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
            xml.WriteStartElement("numFmts", SpreadsheetMl.Main);
            xml.WriteAttributeString("count", SpreadsheetMl.Number(numberFormats.Count));
            foreach (var (code, id) in numberFormats.OrderBy(f => f.Value))
            {
                SpreadsheetMl.Element(xml, "numFmt", ("numFmtId", id.ToString(CultureInfo.InvariantCulture)), ("formatCode", code));
            }
            xml.WriteEndElement();
        }
        var fonts = Enum.GetValues<FontKind>();
        xml.WriteStartElement("fonts", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", SpreadsheetMl.Number(fonts.Length));
        foreach (var font in fonts)
        {
            Font(xml, font);
        }
        xml.WriteEndElement();
        xml.WriteStartElement("fills", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", SpreadsheetMl.Main);
            SpreadsheetMl.Element(xml, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("borders", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", "2");
        foreach (var topRule in new[] { false, true })
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
        }
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", "1");
        SpreadsheetMl.Element(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        xml.WriteEndElement();
        xml.WriteStartElement("cellXfs", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", SpreadsheetMl.Number(styles.Count));
        foreach (var style in styles)
        {
            CellFormat(xml, style);
        }
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyles", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", "1");
        SpreadsheetMl.Element(xml, "cellStyle", ("name", "Normal"), ("xfId", "0"), ("builtinId", "0"));
        xml.WriteEndElement();
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
