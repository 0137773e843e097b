using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Xbrl.Reading;

/// <summary>
/// Reads an XBRL 2.1 instance: its schema references, contexts (entity, instant or duration period,
/// explicit dimension members of the segment and scenario), units (measures and divides) and item facts
/// with their <c>decimals</c>. Every problem is a diagnostic whose code is tied to the clause of the
/// specification it breaks (<see cref="XbrlCodes"/>), located at its line and column.
/// </summary>
/// <remarks>
/// <para>
/// The reader does not load the taxonomy: it does not check facts against their concepts' types, and it
/// reads typed dimensions, tuples and footnotes not at all. It reads what an instance says, so that a
/// calculation check and a comparison with the facts it was written from can run on it.
/// </para>
/// <para>Thread-safe: it keeps no state between calls. DTDs are ignored, never resolved.</para>
/// </remarks>
public static partial class XbrlInstanceReader
{
    /// <summary>Reads an instance from its text; <paramref name="path"/> names it in locations.</summary>
    public static XbrlInstance Read(string xml, string path)
    {
        ArgumentNullException.ThrowIfNull(xml);
        Preconditions.CheckNotEmpty(path, nameof(path));
        var bag = new DiagnosticBag();
        var document = Parse(xml, path, bag);
        if (document?.Root is not { } root)
        {
            return Empty(bag);
        }
        if (root.Name != XbrlNamespaces.Xbrli + "xbrl")
        {
            bag.Error(XbrlCodes.Syntax, "The document is not an XBRL instance: its root is not xbrli:xbrl.", Location(root, path));
            return Empty(bag);
        }
        var schemaRefs = SchemaRefs(root.Elements(XbrlNamespaces.Link + "schemaRef"));
        var contexts = Contexts(root.Elements(XbrlNamespaces.Xbrli + "context"), path, bag);
        var units = Units(root.Elements(XbrlNamespaces.Xbrli + "unit"), path, bag);
        var facts = ImmutableArray.CreateBuilder<XbrlFact>();
        foreach (var e in root.Elements())
        {
            if (e.Name.Namespace == XbrlNamespaces.Xbrli || e.Name.Namespace == XbrlNamespaces.Link || e.Attribute("contextRef") is null)
            {
                continue;
            }
            if (ReadFact(e, path, bag) is { } fact)
            {
                facts.Add(fact);
            }
        }
        return Complete(schemaRefs, contexts, units, facts.ToImmutable(), bag);
    }

    /// <summary>Parses XML with line information, ignoring any DTD; null (and a diagnostic) when it is not well-formed.</summary>
    internal static XDocument? Parse(string xml, string path, DiagnosticBag bag)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            bag.Error(XbrlCodes.Syntax, "The document is not well-formed XML: " + e.Message, new SourceLocation(path, Math.Max(e.LineNumber, 0), Math.Max(e.LinePosition, 0)));
            return null;
        }
    }

    internal static XbrlInstance Empty(DiagnosticBag bag) => new([], [], [], [], bag.ToImmutable());

    internal static ImmutableArray<string> SchemaRefs(IEnumerable<XElement> schemaRefs) =>
        [.. schemaRefs.Select(s => (string?)s.Attribute(XbrlNamespaces.XLink + "href")).OfType<string>()];

    /// <summary>Checks that every fact's context and unit exist and builds the instance.</summary>
    internal static XbrlInstance Complete(ImmutableArray<string> schemaRefs, ImmutableArray<XbrlContext> contexts, ImmutableArray<XbrlUnit> units,
        ImmutableArray<XbrlFact> facts, DiagnosticBag bag)
    {
        var contextIds = contexts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unitIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var f in facts)
        {
            if (!contextIds.Contains(f.ContextRef))
            {
                bag.Error(XbrlCodes.ItemContextRef, $"Fact {f.Concept.LocalName} refers to context '{f.ContextRef}', which the document does not define.", f.Location);
            }
            if (f.UnitRef is { } unit && !unitIds.Contains(unit))
            {
                bag.Error(XbrlCodes.NumericUnit, $"Fact {f.Concept.LocalName} refers to unit '{unit}', which the document does not define.", f.Location);
            }
        }
        return new XbrlInstance(schemaRefs, contexts, units, facts, bag.ToImmutable());
    }

    internal static ImmutableArray<XbrlContext> Contexts(IEnumerable<XElement> elements, string path, DiagnosticBag bag)
    {
        var result = ImmutableArray.CreateBuilder<XbrlContext>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in elements)
        {
            if (ReadContext(e, path, bag) is not { } context)
            {
                continue;
            }
            if (!seen.Add(context.Id))
            {
                bag.Error(XbrlCodes.DuplicateContextId, $"Context id '{context.Id}' is used twice.", context.Location);
            }
            result.Add(context);
        }
        return result.ToImmutable();
    }

    internal static ImmutableArray<XbrlUnit> Units(IEnumerable<XElement> elements, string path, DiagnosticBag bag)
    {
        var result = ImmutableArray.CreateBuilder<XbrlUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in elements)
        {
            if (ReadUnit(e, path, bag) is not { } unit)
            {
                continue;
            }
            if (!seen.Add(unit.Id))
            {
                bag.Error(XbrlCodes.DuplicateUnitId, $"Unit id '{unit.Id}' is used twice.", unit.Location);
            }
            result.Add(unit);
        }
        return result.ToImmutable();
    }

    private static XbrlContext? ReadContext(XElement e, string path, DiagnosticBag bag)
    {
        var location = Location(e, path);
        var id = (string?)e.Attribute("id");
        var identifier = e.Element(XbrlNamespaces.Xbrli + "entity")?.Element(XbrlNamespaces.Xbrli + "identifier");
        var period = e.Element(XbrlNamespaces.Xbrli + "period");
        if (string.IsNullOrEmpty(id) || identifier is null || period is null)
        {
            bag.Error(XbrlCodes.Syntax, "A context needs an id, an entity identifier and a period.", location);
            return null;
        }
        var p = ReadPeriod(period, path, bag);
        if (p is null)
        {
            return null;
        }
        var segment = e.Element(XbrlNamespaces.Xbrli + "entity")?.Element(XbrlNamespaces.Xbrli + "segment");
        var scenario = e.Element(XbrlNamespaces.Xbrli + "scenario");
        return new XbrlContext
        {
            Id = id,
            Scheme = ((string?)identifier.Attribute("scheme") ?? "").Trim(),
            Identifier = identifier.Value.Trim(),
            Period = p,
            Segment = ExplicitMembers(segment, path, bag),
            Scenario = ExplicitMembers(scenario, path, bag),
            Location = location,
        };
    }

    private static ImmutableArray<XbrlExplicitMember> ExplicitMembers(XElement? container, string path, DiagnosticBag bag)
    {
        if (container is null)
        {
            return [];
        }
        var result = new List<XbrlExplicitMember>();
        foreach (var m in container.Elements(XbrlNamespaces.Xbrldi + "explicitMember"))
        {
            var dimension = ResolveQName(m, (string?)m.Attribute("dimension"), path, bag);
            var member = ResolveQName(m, m.Value, path, bag);
            if (dimension is not null && member is not null)
            {
                result.Add(new XbrlExplicitMember(dimension, member));
            }
        }
        return [.. result.OrderBy(m => m.Dimension.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Resolves a QName written as <c>prefix:local</c> in the scope of <paramref name="scope"/>.</summary>
    internal static XName? ResolveQName(XElement scope, string? text, string path, DiagnosticBag bag)
    {
        var t = text?.Trim() ?? "";
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? "" : t[..colon];
        var local = colon < 0 ? t : t[(colon + 1)..];
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        if (local.Length == 0 || ns is null || !IsNcName(local))
        {
            bag.Error(XbrlCodes.ValueError, $"'{t}' is not a QName whose prefix is declared here.", Location(scope, path));
            return null;
        }
        return ns + local;
    }

    private static bool IsNcName(string s)
    {
        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static Period? ReadPeriod(XElement period, string path, DiagnosticBag bag)
    {
        var location = Location(period, path);
        if (period.Element(XbrlNamespaces.Xbrli + "instant") is { } instant)
        {
            return ReadDate(instant.Value, end: true, location, bag) is { } day ? Period.Instant(day) : null;
        }
        var start = period.Element(XbrlNamespaces.Xbrli + "startDate");
        var end = period.Element(XbrlNamespaces.Xbrli + "endDate");
        if (start is null || end is null)
        {
            bag.Error(XbrlCodes.Period, "Kessan reads instants and durations; this period is neither (forever, or incomplete).", location);
            return null;
        }
        var first = ReadDate(start.Value, end: false, location, bag);
        var last = ReadDate(end.Value, end: true, location, bag);
        if (first is null || last is null)
        {
            return null;
        }
        if (last < first)
        {
            bag.Error(XbrlCodes.PeriodStartBeforeEnd, "The period ends before it starts.", location);
            return null;
        }
        return Period.Duration(first.Value, last.Value);
    }

    /// <summary>
    /// A date of a period as the day it includes: a date alone is the whole day (the end of the day for an
    /// instant or an end date); a date-time at midnight is the start of its day, so as an end it is the
    /// previous day. Other times of day cannot be represented.
    /// </summary>
    private static DateOnly? ReadDate(string text, bool end, SourceLocation location, DiagnosticBag bag)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        if (DateTime.TryParseExact(t, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            && moment.TimeOfDay == TimeSpan.Zero)
        {
            var d = DateOnly.FromDateTime(moment);
            return end ? d.AddDays(-1) : d;
        }
        bag.Error(XbrlCodes.Period, $"'{t}' is not a date, or a date-time at midnight.", location);
        return null;
    }

    private static XbrlUnit? ReadUnit(XElement e, string path, DiagnosticBag bag)
    {
        var location = Location(e, path);
        var id = (string?)e.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            bag.Error(XbrlCodes.Syntax, "A unit needs an id.", location);
            return null;
        }
        ImmutableArray<XName> Measures(XElement? parent) =>
            parent is null
                ? []
                : [.. parent.Elements(XbrlNamespaces.Xbrli + "measure").Select(m => ResolveQName(m, m.Value, path, bag)).OfType<XName>()
                    .OrderBy(n => n.ToString(), StringComparer.Ordinal)];
        if (e.Element(XbrlNamespaces.Xbrli + "divide") is { } divide)
        {
            var numerators = Measures(divide.Element(XbrlNamespaces.Xbrli + "unitNumerator"));
            var denominators = Measures(divide.Element(XbrlNamespaces.Xbrli + "unitDenominator"));
            if (numerators.IsEmpty || denominators.IsEmpty)
            {
                bag.Error(XbrlCodes.Syntax, $"Unit '{id}' divides, but lacks a numerator or a denominator measure.", location);
                return null;
            }
            return new XbrlUnit { Id = id, Numerators = numerators, Denominators = denominators, Location = location };
        }
        var measures = Measures(e);
        if (measures.IsEmpty)
        {
            bag.Error(XbrlCodes.Syntax, $"Unit '{id}' has no measure.", location);
            return null;
        }
        return new XbrlUnit { Id = id, Numerators = measures, Location = location };
    }

    private static XbrlFact? ReadFact(XElement e, string path, DiagnosticBag bag)
    {
        var location = Location(e, path);
        var contextRef = ((string?)e.Attribute("contextRef"))?.Trim() ?? "";
        var unitRef = ((string?)e.Attribute("unitRef"))?.Trim();
        var nil = IsNil(e);
        var precision = ReadPrecision(e, unitRef is not null && !nil, location, bag);
        decimal? value = null;
        if (unitRef is not null && !nil)
        {
            value = ParseDecimal(e.Value, location, bag);
        }
        return new XbrlFact
        {
            Concept = e.Name,
            ContextRef = contextRef,
            UnitRef = unitRef,
            Value = value,
            Text = unitRef is null && !nil ? e.Value : null,
            Precision = precision,
            IsNil = nil,
            Location = location,
        };
    }

    internal static bool IsNil(XElement e) => ((string?)e.Attribute(XbrlNamespaces.Xsi + "nil"))?.Trim() is "true" or "1";

    /// <summary>Reads <c>decimals</c> (or <c>precision="INF"</c>); reports a numeric, non-nil fact that has neither.</summary>
    internal static Precision? ReadPrecision(XElement e, bool required, SourceLocation location, DiagnosticBag bag)
    {
        var decimals = ((string?)e.Attribute("decimals"))?.Trim();
        var precision = ((string?)e.Attribute("precision"))?.Trim();
        if (decimals is not null)
        {
            if (decimals == "INF")
            {
                return Model.Precision.Exact;
            }
            if (int.TryParse(decimals, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
                && d is >= Model.Precision.MinDecimals and <= Model.Precision.MaxDecimals)
            {
                return Model.Precision.FromDecimals(d);
            }
            bag.Error(XbrlCodes.Decimals,
                $"decimals '{decimals}' is not INF or an integer from {Model.Precision.MinDecimals} to {Model.Precision.MaxDecimals}.", location);
            return null;
        }
        if (precision is not null)
        {
            if (precision == "INF")
            {
                return Model.Precision.Exact;
            }
            bag.Warning(XbrlCodes.Precision, $"precision '{precision}' is not read: Kessan reads decimals, or precision INF.", location);
            return null;
        }
        if (required)
        {
            bag.Error(XbrlCodes.MissingPrecisionDecimals, "A numeric fact that is not nil needs decimals or precision.", location);
        }
        return null;
    }

    /// <summary>Parses an <c>xs:decimal</c> (surrounding white space allowed); null (and a diagnostic) otherwise.</summary>
    internal static decimal? ParseDecimal(string text, SourceLocation location, DiagnosticBag bag)
    {
        var t = text.Trim();
        if (DecimalPattern().IsMatch(t)
            && decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }
        bag.Error(XbrlCodes.ValueError, $"'{Shorten(t)}' is not a decimal number (xs:decimal).", location);
        return null;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";

    internal static SourceLocation Location(XObject o, string path) =>
        o is IXmlLineInfo info && info.HasLineInfo() ? new SourceLocation(path, info.LineNumber, info.LinePosition) : new SourceLocation(path);

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();
}
