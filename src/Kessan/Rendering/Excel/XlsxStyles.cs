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

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
        xml.WriteStartElement("styleSheet", Main);
        if (numberFormats.Count > 0)
        {
            xml.WriteStartElement("numFmts", Main);
            xml.WriteAttributeString("count", Count(numberFormats.Count));
            foreach (var (code, id) in numberFormats.OrderBy(f => f.Value))
            {
                Element(xml, "numFmt", ("numFmtId", id.ToString(CultureInfo.InvariantCulture)), ("formatCode", code));
            }
            xml.WriteEndElement();
        }
        var fonts = Enum.GetValues<FontKind>();
        xml.WriteStartElement("fonts", Main);
        xml.WriteAttributeString("count", Count(fonts.Length));
        foreach (var font in fonts)
        {
            Font(xml, font);
        }
        xml.WriteEndElement();
        xml.WriteStartElement("fills", Main);
        xml.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", Main);
            Element(xml, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("borders", Main);
        xml.WriteAttributeString("count", "2");
        foreach (var topRule in new[] { false, true })
        {
            xml.WriteStartElement("border", Main);
            Element(xml, "left");
            Element(xml, "right");
            xml.WriteStartElement("top", Main);
            if (topRule)
            {
                xml.WriteAttributeString("style", "thin");
                Element(xml, "color", ("auto", "1"));
            }
            xml.WriteEndElement();
            Element(xml, "bottom");
            Element(xml, "diagonal");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs", Main);
        xml.WriteAttributeString("count", "1");
        Element(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        xml.WriteEndElement();
        xml.WriteStartElement("cellXfs", Main);
        xml.WriteAttributeString("count", Count(styles.Count));
        foreach (var style in styles)
        {
            CellFormat(xml, style);
        }
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyles", Main);
        xml.WriteAttributeString("count", "1");
        Element(xml, "cellStyle", ("name", "Normal"), ("xfId", "0"), ("builtinId", "0"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void CellFormat(XmlWriter xml, CellStyle style)
    {
        xml.WriteStartElement("xf", Main);
        xml.WriteAttributeString("numFmtId", (style.NumberFormat is { } code ? numberFormats[code] : 0).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fontId", Count((int)style.Font));
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
            xml.WriteStartElement("alignment", Main);
            if (style.Align != CellAlign.General)
            {
                xml.WriteAttributeString("horizontal", style.Align switch { CellAlign.Left => "left", CellAlign.Center => "center", _ => "right" });
            }
            if (style.Indent > 0)
            {
                xml.WriteAttributeString("indent", Count(style.Indent));
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
        xml.WriteStartElement("font", Main);
        if (kind is FontKind.Bold or FontKind.Title)
        {
            Element(xml, "b");
        }
        if (kind == FontKind.Italic)
        {
            Element(xml, "i");
        }
        if (kind == FontKind.Link)
        {
            Element(xml, "u");
        }
        Element(xml, "sz", ("val", kind == FontKind.Title ? "13" : "11"));
        if (kind == FontKind.Link)
        {
            Element(xml, "color", ("rgb", "FF0563C1"));
        }
        else
        {
            Element(xml, "color", ("theme", "1"));
        }
        Element(xml, "name", ("val", "Calibri"));
        Element(xml, "family", ("val", "2"));
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Main);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }
        xml.WriteEndElement();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
