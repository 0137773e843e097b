using System.Globalization;
using System.Xml;

namespace Kessan.Rendering.Excel;

/// <summary>The shared strings of a workbook (<c>xl/sharedStrings.xml</c>), numbered in order of first use. Not thread-safe: one per workbook.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private int references;

    /// <summary>The index of a text, counting one more use of it.</summary>
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

    /// <summary>Writes the part's root element: every string once, its spaces kept when it starts or ends with one (XML would drop them).</summary>
    public void Write(XmlWriter xml)
    {
        xml.WriteStartElement("sst", SpreadsheetMl.Main);
        xml.WriteAttributeString("count", references.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("uniqueCount", strings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var s in strings)
        {
            xml.WriteStartElement("si", SpreadsheetMl.Main);
            xml.WriteStartElement("t", SpreadsheetMl.Main);
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])))
            {
                xml.WriteAttributeString("xml", "space", null, "preserve");
            }
            xml.WriteString(s);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
