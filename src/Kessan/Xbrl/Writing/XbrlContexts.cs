using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kessan.Model;

namespace Kessan.Xbrl.Writing;

/// <summary>
/// The contexts and units of a set of facts, each written once, in a fixed order, with ids that say what
/// they are: <c>D20120401-20130331</c> (a duration), <c>I20130331</c> (an instant), followed by
/// <c>-Axis-Member</c> for each dimension and <c>-Target</c> or <c>-Forecast</c> for a status
/// (package ids contain no hyphen, so ids cannot collide). The instance and the Inline XBRL document use
/// the same ids for the same contexts.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class XbrlContexts
{
    private readonly XbrlVocabulary vocabulary;
    private readonly ImmutableSortedDictionary<string, (Period Period, DimensionSet Dims, FactStatus Status)> contexts;
    private readonly ImmutableDictionary<string, XbrlUnitMeasures> units;

    private XbrlContexts(XbrlVocabulary vocabulary, IEnumerable<(FactKey Key, Unit Unit)> facts, Period? cover)
    {
        this.vocabulary = vocabulary;
        var c = new Dictionary<string, (Period, DimensionSet, FactStatus)>(StringComparer.Ordinal);
        var u = new Dictionary<string, XbrlUnitMeasures>(StringComparer.Ordinal);
        foreach (var (key, unit) in facts)
        {
            c[ContextId(key)] = (key.Period, key.Dimensions, key.Status);
            var measures = vocabulary.Measures(unit);
            u[measures.Id] = measures;
        }
        if (cover is not null)
        {
            c[ContextId(cover, DimensionSet.Empty, FactStatus.Actual)] = (cover, DimensionSet.Empty, FactStatus.Actual);
        }
        contexts = c.ToImmutableSortedDictionary(StringComparer.Ordinal);
        units = u.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The contexts and units of the given facts, and the context of the cover facts (<see cref="CoverFacts"/>) when <paramref name="cover"/> is its period.</summary>
    public static XbrlContexts Of(XbrlVocabulary vocabulary, IEnumerable<(FactKey Key, Unit Unit)> facts, Period? cover = null) => new(vocabulary, facts, cover);

    /// <summary>The id of a fact's context.</summary>
    public static string ContextId(FactKey key) => ContextId(key.Period, key.Dimensions, key.Status);

    /// <summary>The id of the context of a period, dimensions and status.</summary>
    public static string ContextId(Period p, DimensionSet dimensions, FactStatus status)
    {
        var sb = new StringBuilder();
        sb.Append(p.IsInstant ? "I" : "D");
        if (p.IsDuration)
        {
            sb.Append(p.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Append('-');
        }
        sb.Append(p.End.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        foreach (var d in dimensions.Values)
        {
            sb.Append('-').Append(d.Axis).Append('-').Append(d.Member);
        }
        if (status != FactStatus.Actual)
        {
            sb.Append('-').Append(status.ToString());
        }
        return sb.ToString();
    }

    /// <summary>The id of a unit.</summary>
    public string UnitId(Unit unit) => vocabulary.Measures(unit).Id;

    /// <summary>The contexts, by period (instants before durations ending the same day), then id.</summary>
    public IEnumerable<XElement> ContextElements() =>
        contexts.OrderBy(kv => kv.Value.Period).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => Context(kv.Key, kv.Value.Period, kv.Value.Dims, kv.Value.Status));

    /// <summary>The units, by id.</summary>
    public IEnumerable<XElement> UnitElements() => units.Values.OrderBy(u => u.Id, StringComparer.Ordinal).Select(Unit);

    private XElement Context(string id, Period period, DimensionSet dims, FactStatus status)
    {
        var x = XbrlNamespaces.Xbrli;
        var members = vocabulary.Members(dims, status);
        return new XElement(x + "context", new XAttribute("id", id),
            new XElement(x + "entity",
                new XElement(x + "identifier", new XAttribute("scheme", vocabulary.EntityScheme), vocabulary.EntityIdentifier),
                members.IsEmpty
                    ? null
                    : new XElement(x + "segment", members.Select(m =>
                        new XElement(XbrlNamespaces.Xbrldi + "explicitMember", new XAttribute("dimension", vocabulary.QName(m.Dimension)), vocabulary.QName(m.Member))))),
            new XElement(x + "period", period.IsInstant
                ? [new XElement(x + "instant", Date(period.End))]
                : [new XElement(x + "startDate", Date(period.Start)), new XElement(x + "endDate", Date(period.End))]));
    }

    private XElement Unit(XbrlUnitMeasures unit)
    {
        var x = XbrlNamespaces.Xbrli;
        IEnumerable<XElement> Measures(IEnumerable<XName> names) => names.Select(n => new XElement(x + "measure", vocabulary.QName(n)));
        return new XElement(x + "unit", new XAttribute("id", unit.Id), unit.Denominators.IsEmpty
            ? Measures(unit.Numerators)
            : [new XElement(x + "divide", new XElement(x + "unitNumerator", Measures(unit.Numerators)), new XElement(x + "unitDenominator", Measures(unit.Denominators)))]);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Lexical forms and serialization shared by the XBRL writers.</summary>
internal static class XbrlText
{
    /// <summary>A value as an <c>xs:decimal</c>: invariant, no exponent, no trailing zeros after the point.</summary>
    public static string Decimal(decimal value) =>
        value == 0m ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A precision as the <c>decimals</c> attribute: INF for an exact value.</summary>
    public static string Decimals(Precision precision) =>
        precision.Decimals is { } d ? d.ToString(CultureInfo.InvariantCulture) : "INF";

    /// <summary>Serializes a document as UTF-8 without a byte order mark, indented by two spaces, with
    /// line feeds, ending with a line feed.</summary>
    public static byte[] Utf8(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The namespace declarations of a root element.</summary>
    public static IEnumerable<XAttribute> Declarations(IEnumerable<(string Prefix, XNamespace Namespace)> namespaces) =>
        namespaces.Select(n => new XAttribute(XNamespace.Xmlns + n.Prefix, n.Namespace.NamespaceName));
}
