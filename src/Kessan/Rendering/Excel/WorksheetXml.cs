using System.Globalization;
using System.Xml;

namespace Kessan.Rendering.Excel;

/// <summary>
/// Writes one worksheet part (<c>xl/worksheets/sheetN.xml</c>) of a <see cref="SheetPlan"/>: its view (the first sheet
/// selected; frozen header rows and label columns), column widths, cells (text as shared strings, numbers with their
/// formula when they have one), merged ranges, links to other sheets and the page margins, in the order SpreadsheetML's
/// schema requires. Stateless and thread-safe.
/// </summary>
internal static class WorksheetXml
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Writes the worksheet's root element; numbers its styles and strings in <paramref name="styles"/> and <paramref name="strings"/>.</summary>
    public static void Write(XmlWriter xml, SheetPlan plan, XlsxStyles styles, SharedStrings strings, bool selected)
    {
        xml.WriteStartElement("worksheet", Main);
        View(xml, plan, selected);
        Element(xml, "sheetFormatPr", ("defaultRowHeight", "15"));
        if (!plan.ColumnWidths.IsEmpty)
        {
            xml.WriteStartElement("cols", Main);
            for (var i = 0; i < plan.ColumnWidths.Length; i++)
            {
                var n = Number(i + 1);
                Element(xml, "col", ("min", n), ("max", n), ("width", plan.ColumnWidths[i].ToString("R", CultureInfo.InvariantCulture)), ("customWidth", "1"));
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("sheetData", Main);
        foreach (var row in plan.Cells.GroupBy(c => c.Row))
        {
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", Number(row.Key));
            foreach (var cell in row)
            {
                Cell(xml, cell, styles, strings);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (!plan.MergedRanges.IsEmpty)
        {
            xml.WriteStartElement("mergeCells", Main);
            xml.WriteAttributeString("count", Number(plan.MergedRanges.Length));
            foreach (var range in plan.MergedRanges)
            {
                Element(xml, "mergeCell", ("ref", range));
            }
            xml.WriteEndElement();
        }
        if (!plan.Links.IsEmpty)
        {
            xml.WriteStartElement("hyperlinks", Main);
            foreach (var link in plan.Links)
            {
                Element(xml, "hyperlink", ("ref", link.Reference), ("location", link.Location), ("display", link.Display));
            }
            xml.WriteEndElement();
        }
        Element(xml, "pageMargins", ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3"));
        xml.WriteEndElement();
    }

    private static void View(XmlWriter xml, SheetPlan plan, bool selected)
    {
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        if (selected)
        {
            xml.WriteAttributeString("tabSelected", "1");
        }
        xml.WriteAttributeString("workbookViewId", "0");
        if (plan.FrozenRows > 0 || plan.FrozenColumns > 0)
        {
            var topLeft = CellReferences.Of(plan.FrozenRows + 1, plan.FrozenColumns + 1);
            var active = plan.FrozenRows > 0 && plan.FrozenColumns > 0 ? "bottomRight" : plan.FrozenRows > 0 ? "bottomLeft" : "topRight";
            xml.WriteStartElement("pane", Main);
            if (plan.FrozenColumns > 0)
            {
                xml.WriteAttributeString("xSplit", Number(plan.FrozenColumns));
            }
            if (plan.FrozenRows > 0)
            {
                xml.WriteAttributeString("ySplit", Number(plan.FrozenRows));
            }
            xml.WriteAttributeString("topLeftCell", topLeft);
            xml.WriteAttributeString("activePane", active);
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            Element(xml, "selection", ("pane", active), ("activeCell", topLeft), ("sqref", topLeft));
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, SheetCell cell, XlsxStyles styles, SharedStrings strings)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", cell.Reference);
        var style = styles.IndexOf(cell.Style);
        if (style != 0)
        {
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }
        switch (cell)
        {
            case SheetText text:
                xml.WriteAttributeString("t", "s");
                xml.WriteElementString("v", Main, Number(strings.IndexOf(text.Text)));
                break;
            case SheetNumber number:
                if (number.Formula is { } formula)
                {
                    xml.WriteElementString("f", Main, formula);
                }
                xml.WriteElementString("v", Main, number.ValueText);
                break;
        }
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

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
