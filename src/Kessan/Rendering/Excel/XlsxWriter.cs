using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
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
/// has the same timestamp (1980-01-01), and the document dates are the release date. The parts are written as
/// SpreadsheetML (ECMA-376 Part 1, transitional) with <see cref="XmlWriter"/> into a zip (Open Packaging
/// Conventions): no document object model, so that starting kessan does not pay for an Office library's thousands
/// of types (see bench/README.md). The tests read every workbook back with the Open XML SDK. Stateless and
/// thread-safe.
/// </para>
/// <para>
/// A part of at least <see cref="DeflateFrom"/> bytes is deflated; a smaller one (most worksheets, the relationships,
/// the document properties) is stored as it is, as OPC allows: deflating it would save a few hundred bytes, and each
/// deflated part costs a compressor of about 350 KB set up and cleared, which was a third of writing the workbook.
/// </para>
/// </remarks>
public static class XlsxWriter
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The size from which a part is deflated rather than stored.</summary>
    public const int DeflateFrom = 4096;

    /// <summary>The timestamp of every zip entry: the earliest a zip can hold.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the workbook of a build.</summary>
    /// <exception cref="ArgumentException">The build has no document, or its document shows a figure the build does not have.</exception>
    public static byte[] Write(BuildResult build, XlsxProperties properties)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(properties);
        var sheets = WorkbookPlanner.Plan(build, properties.Title, properties.Company);
        var styles = new XlsxStyles();
        var strings = new SharedStrings();
        // Worksheets first: they number the styles and strings the styles and shared-strings parts then list.
        var worksheets = sheets.Select((sheet, i) => Part(xml => WorksheetXml.Write(xml, sheet, styles, strings, selected: i == 0))).ToList();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Part(xml => ContentTypes(xml, sheets.Length)));
            Add(zip, "_rels/.rels", Part(xml => Rels(xml,
            [
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
            ])));
            Add(zip, "docProps/core.xml", Part(xml => CoreProperties(xml, properties)));
            Add(zip, "docProps/app.xml", Part(xml => ExtendedProperties(xml, properties, sheets)));
            Add(zip, "xl/workbook.xml", Part(xml => Workbook(xml, sheets)));
            Add(zip, "xl/_rels/workbook.xml.rels", Part(xml => Rels(xml,
            [
                .. sheets.Select((_, i) => (RelationshipId(i + 1), Relationships + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
                (RelationshipId(sheets.Length + 1), Relationships + "/styles", "styles.xml"),
                (RelationshipId(sheets.Length + 2), Relationships + "/sharedStrings", "sharedStrings.xml"),
            ])));
            for (var i = 0; i < worksheets.Count; i++)
            {
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", worksheets[i]);
            }
            Add(zip, "xl/styles.xml", Part(styles.Write));
            Add(zip, "xl/sharedStrings.xml", Part(strings.Write));
        }
        return output.ToArray();
    }

    private static string RelationshipId(int n) => "rId" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A part's XML as UTF-8 bytes, with its declaration (standalone, as Office writes it).</summary>
    private static byte[] Part(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            xml.WriteStartDocument(standalone: true);
            write(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, content.Length >= DeflateFrom ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static void ContentTypes(XmlWriter xml, int sheets)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        const string office = "application/vnd.openxmlformats-officedocument.";
        xml.WriteStartElement("Types", ns);
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", office + "spreadsheetml.sheet.main+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override($"/xl/worksheets/sheet{i}.xml", office + "spreadsheetml.worksheet+xml");
        }
        Override("/xl/styles.xml", office + "spreadsheetml.styles+xml");
        Override("/xl/sharedStrings.xml", office + "spreadsheetml.sharedStrings+xml");
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override("/docProps/app.xml", office + "extended-properties+xml");
        xml.WriteEndElement();

        void Default(string extension, string type)
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        void Override(string part, string type)
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private static void Rels(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, ImmutableArray<SheetPlan> sheets)
    {
        xml.WriteStartElement("workbook", SpreadsheetMl.Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("bookViews", SpreadsheetMl.Main);
        xml.WriteStartElement("workbookView", SpreadsheetMl.Main);
        xml.WriteAttributeString("activeTab", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets", SpreadsheetMl.Main);
        for (var i = 0; i < sheets.Length; i++)
        {
            xml.WriteStartElement("sheet", SpreadsheetMl.Main);
            xml.WriteAttributeString("name", sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", Relationships, RelationshipId(i + 1));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void CoreProperties(XmlWriter xml, XlsxProperties properties)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
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

    private static void ExtendedProperties(XmlWriter xml, XlsxProperties properties, ImmutableArray<SheetPlan> sheets)
    {
        const string ap = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        const string vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
        xml.WriteStartElement("Properties", ap);
        xml.WriteAttributeString("xmlns", "vt", null, vt);
        xml.WriteElementString("Application", ap, "Kessan");
        xml.WriteStartElement("HeadingPairs", ap);
        Vector("variant", 2, () =>
        {
            xml.WriteStartElement("variant", vt);
            xml.WriteElementString("lpstr", vt, "Worksheets");
            xml.WriteEndElement();
            xml.WriteStartElement("variant", vt);
            xml.WriteElementString("i4", vt, sheets.Length.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        });
        xml.WriteEndElement();
        xml.WriteStartElement("TitlesOfParts", ap);
        Vector("lpstr", sheets.Length, () =>
        {
            foreach (var sheet in sheets)
            {
                xml.WriteElementString("lpstr", vt, sheet.Name);
            }
        });
        xml.WriteEndElement();
        xml.WriteElementString("Company", ap, properties.Company);
        xml.WriteEndElement();

        void Vector(string baseType, int size, Action items)
        {
            xml.WriteStartElement("vector", vt);
            xml.WriteAttributeString("size", size.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("baseType", baseType);
            items();
            xml.WriteEndElement();
        }
    }
}
