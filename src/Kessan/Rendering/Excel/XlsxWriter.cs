using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Kessan.Document;

namespace Kessan.Rendering.Excel;

/// <summary>The document properties of a workbook.</summary>
/// <param name="Title">The release's title.</param>
/// <param name="Company">The company (the author, and the <c>Company</c> property).</param>
/// <param name="Subject">What the release is, such as <c>FY2012 results</c>; empty for none.</param>
/// <param name="Date">The release date, written as the created and modified dates; null to write no dates.</param>
public sealed record XlsxProperties(string Title, string Company, string Subject = "", DateOnly? Date = null);

/// <summary>
/// Writes <c>release.xlsx</c>: a contents sheet, then one worksheet per table of the release in document
/// order. Every figure is a number, never text: the cell's value is the figure's displayed value in display
/// units (106248 for JPY 106,248 million, 9.2 for 9.2%), exactly the number the release shows, with a number
/// format that shows it as the release does (thousands separators, the figure's decimals, negatives in
/// parentheses, <c>-</c> for an exact zero); a figure that cannot be derived is the text <c>n/a</c>, and
/// one with more significant digits than Excel keeps (15) is the release's text, with a note.
/// </summary>
/// <remarks>
/// <para>
/// A displayed sum of a table (its first term is the total) becomes a formula in the total's cell, such as
/// <c>=B5+B6-B7</c>, with the displayed total as its cached value, when every figure of the sum is a number
/// on the table's sheet and the sum holds on the displayed values: the formula then recomputes to exactly
/// the figure the release shows. Under footed rounding every displayed sum holds. Under independent
/// rounding a sum that does not hold keeps its total as a number and a note row under the table says why,
/// so the sheet never shows a number the release does not. Formulas refer only to cells of their own
/// sheet; a sum with a figure that is not on the sheet (a sum across tables) is left out, so every sheet
/// recomputes on its own.
/// </para>
/// <para>
/// The bytes are the same on every run: parts and relationships have fixed names and ids, every zip entry
/// has the same timestamp (1980-01-01), and the document dates are the release date. Stateless and
/// thread-safe.
/// </para>
/// </remarks>
public static class XlsxWriter
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>The timestamp of every zip entry: the earliest a zip can hold.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the workbook of a build.</summary>
    /// <exception cref="ArgumentException">The build has no document, or its document shows a figure the build does not have.</exception>
    public static byte[] Write(BuildResult build, XlsxProperties properties)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(properties);
        var sheets = WorkbookPlanner.Plan(build, properties.Title, properties.Company);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
            WriteCoreProperties(document.AddNewPart<CoreFilePropertiesPart>("rId2"), properties);
            document.AddNewPart<ExtendedFilePropertiesPart>("rId3").Properties = ExtendedProperties(properties, sheets);

            var styles = new XlsxStyles();
            var strings = new SharedStrings();
            var sheetList = new S.Sheets();
            for (var i = 0; i < sheets.Length; i++)
            {
                var id = "rId" + (i + 1).ToString(CultureInfo.InvariantCulture);
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(id);
                worksheetPart.Worksheet = Worksheet(sheets[i], styles, strings, selected: i == 0);
                sheetList.Append(new S.Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }
            workbookPart.AddNewPart<WorkbookStylesPart>("rId" + (sheets.Length + 1).ToString(CultureInfo.InvariantCulture)).Stylesheet = styles.Stylesheet();
            workbookPart.AddNewPart<SharedStringTablePart>("rId" + (sheets.Length + 2).ToString(CultureInfo.InvariantCulture)).SharedStringTable = strings.Table();
            var workbook = new S.Workbook(
                new S.BookViews(new S.WorkbookView { ActiveTab = 0 }),
                sheetList);
            workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            workbookPart.Workbook = workbook;
        }
        return Normalize(package.ToArray());
    }

    private static S.Worksheet Worksheet(SheetPlan plan, XlsxStyles styles, SharedStrings strings, bool selected)
    {
        var worksheet = new S.Worksheet();
        var view = new S.SheetView { WorkbookViewId = 0 };
        if (selected)
        {
            view.TabSelected = true;
        }
        if (plan.FrozenRows > 0 || plan.FrozenColumns > 0)
        {
            var topLeft = CellReferences.Of(plan.FrozenRows + 1, plan.FrozenColumns + 1);
            var active = plan.FrozenRows > 0 && plan.FrozenColumns > 0 ? S.PaneValues.BottomRight
                : plan.FrozenRows > 0 ? S.PaneValues.BottomLeft : S.PaneValues.TopRight;
            var pane = new S.Pane { TopLeftCell = topLeft, ActivePane = active, State = S.PaneStateValues.Frozen };
            if (plan.FrozenColumns > 0)
            {
                pane.HorizontalSplit = plan.FrozenColumns;
            }
            if (plan.FrozenRows > 0)
            {
                pane.VerticalSplit = plan.FrozenRows;
            }
            view.Append(pane);
            view.Append(new S.Selection { Pane = active, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        worksheet.Append(new S.SheetViews(view));
        worksheet.Append(new S.SheetFormatProperties { DefaultRowHeight = 15 });
        if (!plan.ColumnWidths.IsEmpty)
        {
            worksheet.Append(new S.Columns(plan.ColumnWidths.Select((w, i) => new S.Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = w,
                CustomWidth = true,
            })));
        }
        var data = new S.SheetData();
        foreach (var row in plan.Cells.GroupBy(c => c.Row))
        {
            data.Append(new S.Row(row.Select(c => Cell(c, styles, strings))) { RowIndex = (uint)row.Key });
        }
        worksheet.Append(data);
        if (!plan.MergedRanges.IsEmpty)
        {
            worksheet.Append(new S.MergeCells(plan.MergedRanges.Select(r => new S.MergeCell { Reference = r })) { Count = (uint)plan.MergedRanges.Length });
        }
        if (!plan.Links.IsEmpty)
        {
            worksheet.Append(new S.Hyperlinks(plan.Links.Select(l => new S.Hyperlink { Reference = l.Reference, Location = l.Location, Display = l.Display })));
        }
        worksheet.Append(new S.PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        return worksheet;
    }

    private static S.Cell Cell(SheetCell cell, XlsxStyles styles, SharedStrings strings)
    {
        var result = new S.Cell { CellReference = cell.Reference };
        var style = styles.IndexOf(cell.Style);
        if (style != 0)
        {
            result.StyleIndex = style;
        }
        switch (cell)
        {
            case SheetText text:
                result.DataType = S.CellValues.SharedString;
                result.CellValue = new S.CellValue(strings.IndexOf(text.Text).ToString(CultureInfo.InvariantCulture));
                break;
            case SheetNumber number:
                if (number.Formula is { } formula)
                {
                    result.CellFormula = new S.CellFormula(formula);
                }
                result.CellValue = new S.CellValue(number.ValueText);
                break;
        }
        return result;
    }

    private static void WriteCoreProperties(CoreFilePropertiesPart part, XlsxProperties properties)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            xml.WriteAttributeString("xmlns", "xsi", null, xsi);
            xml.WriteElementString("dc", "title", dc, properties.Title);
            if (properties.Subject.Length > 0)
            {
                xml.WriteElementString("dc", "subject", dc, properties.Subject);
            }
            xml.WriteElementString("dc", "creator", dc, properties.Company);
            if (properties.Date is { } date)
            {
                var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
                foreach (var name in new[] { "created", "modified" })
                {
                    xml.WriteStartElement("dcterms", name, dcterms);
                    xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                    xml.WriteString(stamp);
                    xml.WriteEndElement();
                }
            }
            xml.WriteEndElement();
        }
        buffer.Position = 0;
        part.FeedData(buffer);
    }

    private static Ap.Properties ExtendedProperties(XlsxProperties properties, ImmutableArray<SheetPlan> sheets) => new(
        new Ap.Application("Kessan"),
        new Ap.HeadingPairs(new DocumentFormat.OpenXml.VariantTypes.VTVector(
            new DocumentFormat.OpenXml.VariantTypes.Variant(new DocumentFormat.OpenXml.VariantTypes.VTLPSTR("Worksheets")),
            new DocumentFormat.OpenXml.VariantTypes.Variant(new DocumentFormat.OpenXml.VariantTypes.VTInt32(sheets.Length.ToString(CultureInfo.InvariantCulture))))
        { BaseType = DocumentFormat.OpenXml.VariantTypes.VectorBaseValues.Variant, Size = 2 }),
        new Ap.TitlesOfParts(new DocumentFormat.OpenXml.VariantTypes.VTVector(
            sheets.Select(s => new DocumentFormat.OpenXml.VariantTypes.VTLPSTR(s.Name)))
        { BaseType = DocumentFormat.OpenXml.VariantTypes.VectorBaseValues.Lpstr, Size = (uint)sheets.Length }),
        new Ap.Company(properties.Company));

    /// <summary>
    /// The package rewritten with every entry stamped <see cref="EntryTime"/>, <c>[Content_Types].xml</c>
    /// first and the rest in the order they were written, so that the same workbook gives the same bytes.
    /// </summary>
    private static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => string.Equals(e.FullName, "[Content_Types].xml", StringComparison.Ordinal) ? 0 : 1))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    /// <summary>The shared strings of a workbook, numbered in order of first use.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly List<string> strings = [];
        private int references;

        public int IndexOf(string text)
        {
            references++;
            if (!indexes.TryGetValue(text, out var index))
            {
                index = strings.Count;
                indexes[text] = index;
                strings.Add(text);
            }
            return index;
        }

        public S.SharedStringTable Table() => new(strings.Select(s => new S.SharedStringItem(Text(s))))
        {
            Count = (uint)references,
            UniqueCount = (uint)strings.Count,
        };

        /// <summary>The text, its spaces kept when it starts or ends with one (XML would drop them).</summary>
        private static S.Text Text(string s)
        {
            var text = new S.Text(s);
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])))
            {
                text.Space = SpaceProcessingModeValues.Preserve;
            }
            return text;
        }
    }
}
