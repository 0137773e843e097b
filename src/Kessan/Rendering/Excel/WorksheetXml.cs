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

    /// <summary>Writes the worksheet's root element; numbers its styles and strings in <paramref name="styles"/> and <paramref name="strings"/>.</summary>
    public static void Write(XmlWriter xml, SheetPlan plan, XlsxStyles styles, SharedStrings strings, bool selected)
    {
        xml.WriteStartElement("worksheet", SpreadsheetMl.Main);
        View(xml, plan, selected);
        SpreadsheetMl.Element(xml, "sheetFormatPr", ("defaultRowHeight", "15"));
        if (!plan.ColumnWidths.IsEmpty)
        {
            xml.WriteStartElement("cols", SpreadsheetMl.Main);
            for (var i = 0; i < plan.ColumnWidths.Length; i++)
            {
                var n = SpreadsheetMl.Number(i + 1);
                SpreadsheetMl.Element(xml, "col", ("min", n), ("max", n), ("width", plan.ColumnWidths[i].ToString("R", CultureInfo.InvariantCulture)), ("customWidth", "1"));
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("sheetData", SpreadsheetMl.Main);
        foreach (var row in plan.Cells.GroupBy(c => c.Row))
        {
            xml.WriteStartElement("row", SpreadsheetMl.Main);
            xml.WriteAttributeString("r", SpreadsheetMl.Number(row.Key));
            foreach (var cell in row)
            {
                Cell(xml, cell, styles, strings);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (!plan.MergedRanges.IsEmpty)
        {
            SpreadsheetMl.List(xml, "mergeCells", plan.MergedRanges, range => SpreadsheetMl.Element(xml, "mergeCell", ("ref", range)));
        }
        if (!plan.Links.IsEmpty)
        {
            xml.WriteStartElement("hyperlinks", SpreadsheetMl.Main);
            foreach (var link in plan.Links)
            {
                SpreadsheetMl.Element(xml, "hyperlink", ("ref", link.Reference), ("location", link.Location), ("display", link.Display));
            }
            xml.WriteEndElement();
        }
        SpreadsheetMl.Element(xml, "pageMargins", ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3"));
        xml.WriteEndElement();
    }

    private static void View(XmlWriter xml, SheetPlan plan, bool selected)
    {
        xml.WriteStartElement("sheetViews", SpreadsheetMl.Main);
        xml.WriteStartElement("sheetView", SpreadsheetMl.Main);
        if (selected)
        {
            xml.WriteAttributeString("tabSelected", "1");
        }
        xml.WriteAttributeString("workbookViewId", "0");
        if (plan.FrozenRows > 0 || plan.FrozenColumns > 0)
        {
            var topLeft = CellReferences.Of(plan.FrozenRows + 1, plan.FrozenColumns + 1);
            var active = plan.FrozenRows > 0 && plan.FrozenColumns > 0 ? "bottomRight" : plan.FrozenRows > 0 ? "bottomLeft" : "topRight";
            xml.WriteStartElement("pane", SpreadsheetMl.Main);
            if (plan.FrozenColumns > 0)
            {
                xml.WriteAttributeString("xSplit", SpreadsheetMl.Number(plan.FrozenColumns));
            }
            if (plan.FrozenRows > 0)
            {
                xml.WriteAttributeString("ySplit", SpreadsheetMl.Number(plan.FrozenRows));
            }
            xml.WriteAttributeString("topLeftCell", topLeft);
            xml.WriteAttributeString("activePane", active);
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            SpreadsheetMl.Element(xml, "selection", ("pane", active), ("activeCell", topLeft), ("sqref", topLeft));
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, SheetCell cell, XlsxStyles styles, SharedStrings strings)
    {
        xml.WriteStartElement("c", SpreadsheetMl.Main);
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
                xml.WriteElementString("v", SpreadsheetMl.Main, SpreadsheetMl.Number(strings.IndexOf(text.Text)));
                break;
            case SheetNumber number:
                if (number.Formula is { } formula)
                {
                    xml.WriteElementString("f", SpreadsheetMl.Main, formula);
                }
                xml.WriteElementString("v", SpreadsheetMl.Main, number.ValueText);
                break;
        }
        xml.WriteEndElement();
    }


}
