using System.Globalization;
using System.Xml;

namespace Kessan.Rendering.Excel;

/// <summary>What the SpreadsheetML parts share: the main namespace, an empty element with attributes, and numbers as XML writes them.</summary>
internal static class SpreadsheetMl
{
    /// <summary>SpreadsheetML's main namespace (ECMA-376, transitional).</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Writes an element of <see cref="Main"/> with the given attributes and no content.</summary>
    public static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Main);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }
        xml.WriteEndElement();
    }

    /// <summary>Writes a list element (<c>fonts</c>, <c>cellXfs</c>, ...) with its <c>count</c> attribute and each item.</summary>
    public static void List<T>(XmlWriter xml, string name, IReadOnlyCollection<T> items, Action<T> writeItem)
    {
        xml.WriteStartElement(name, Main);
        xml.WriteAttributeString("count", Number(items.Count));
        foreach (var item in items)
        {
            writeItem(item);
        }
        xml.WriteEndElement();
    }

    /// <summary>A whole number in invariant digits.</summary>
    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
