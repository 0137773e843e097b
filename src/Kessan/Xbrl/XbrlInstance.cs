using System.Collections.Immutable;
using System.Xml.Linq;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Xbrl;

/// <summary>An explicit dimension member of a context: <c>&lt;xbrldi:explicitMember dimension="A"&gt;M&lt;/...&gt;</c>.</summary>
/// <param name="Dimension">The dimension (axis) element.</param>
/// <param name="Member">The member element.</param>
public sealed record XbrlExplicitMember(XName Dimension, XName Member)
{
    /// <summary>Formats as <c>{ns}Axis={ns}Member</c>.</summary>
    public override string ToString() => Dimension + "=" + Member;
}

/// <summary>
/// A context of an XBRL instance as Kessan reads it: the entity, the period, and the explicit dimension
/// members of its segment and scenario. Other content of a segment or scenario is not read.
/// </summary>
/// <remarks>Immutable; equality by value (members compared element by element).</remarks>
public sealed record XbrlContext
{
    /// <summary>The context's id.</summary>
    public required string Id { get; init; }

    /// <summary>The entity identifier's scheme, e.g. <c>http://www.tse.or.jp/sicc</c>.</summary>
    public required string Scheme { get; init; }

    /// <summary>The entity identifier.</summary>
    public required string Identifier { get; init; }

    /// <summary>The period: an instant (the end of its day) or a duration of whole days.</summary>
    public required Period Period { get; init; }

    /// <summary>Explicit members of the segment, sorted by dimension.</summary>
    public ImmutableArray<XbrlExplicitMember> Segment { get; init; } = [];

    /// <summary>Explicit members of the scenario, sorted by dimension.</summary>
    public ImmutableArray<XbrlExplicitMember> Scenario { get; init; } = [];

    /// <summary>Where the context is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Every explicit member, segment first.</summary>
    public IEnumerable<XbrlExplicitMember> Members => Segment.Concat(Scenario);

    /// <summary>
    /// What the context says, without its id: contexts with equal keys are the same context written twice
    /// (structurally equal, as far as Kessan reads contexts).
    /// </summary>
    public string Key => string.Join("|", [Scheme, Identifier, Period.ToString(), .. Segment.Select(m => "s:" + m), .. Scenario.Select(m => "c:" + m)]);

    /// <inheritdoc/>
    public bool Equals(XbrlContext? other) =>
        other is not null && Id == other.Id && Scheme == other.Scheme && Identifier == other.Identifier && Period == other.Period
        && Segment.SequenceEqual(other.Segment) && Scenario.SequenceEqual(other.Scenario) && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Period, Segment.Length, Scenario.Length);
}

/// <summary>A unit of an XBRL instance: measures, or a divide of numerator measures by denominator measures.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record XbrlUnit
{
    /// <summary>The unit's id.</summary>
    public required string Id { get; init; }

    /// <summary>The measures (the numerator's, for a divide), sorted.</summary>
    public required ImmutableArray<XName> Numerators { get; init; }

    /// <summary>The denominator's measures, sorted; empty when the unit is not a divide.</summary>
    public ImmutableArray<XName> Denominators { get; init; } = [];

    /// <summary>Where the unit is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>What the unit says, without its id: units with equal keys are equal units.</summary>
    public string Key => string.Join("*", Numerators) + (Denominators.IsEmpty ? "" : "/" + string.Join("*", Denominators));

    /// <inheritdoc/>
    public bool Equals(XbrlUnit? other) =>
        other is not null && Id == other.Id && Numerators.SequenceEqual(other.Numerators) && Denominators.SequenceEqual(other.Denominators)
        && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Numerators.Length, Denominators.Length);
}

/// <summary>
/// An item fact of an XBRL instance, or a numeric fact of an Inline XBRL document once its transformation,
/// scale and sign are applied.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record XbrlFact
{
    /// <summary>The concept (the element name of the fact, or the <c>name</c> of an inline fact).</summary>
    public required XName Concept { get; init; }

    /// <summary>The context's id as written.</summary>
    public required string ContextRef { get; init; }

    /// <summary>The unit's id as written; null for a non-numeric fact.</summary>
    public string? UnitRef { get; init; }

    /// <summary>The value, or null when the fact is nil, non-numeric or unreadable.</summary>
    public decimal? Value { get; init; }

    /// <summary>The text of a non-numeric fact (a cover fact such as <c>dei:EntityRegistrantName</c>); null for a numeric or nil fact.</summary>
    public string? Text { get; init; }

    /// <summary>How the value is rounded (<c>decimals</c>; <c>INF</c> is <see cref="Model.Precision.Exact"/>), or
    /// null when the fact gives none.</summary>
    public Precision? Precision { get; init; }

    /// <summary>True for <c>xsi:nil="true"</c>.</summary>
    public bool IsNil { get; init; }

    /// <summary>For an inline fact: the text shown, before its transformation; null for an instance fact.</summary>
    public string? Displayed { get; init; }

    /// <summary>For an inline fact: the <c>scale</c> (the shown number is worth 10^scale units); 0 otherwise.</summary>
    public int Scale { get; init; }

    /// <summary>For an inline fact: true for <c>sign="-"</c> (the fact is the negation of the number shown).</summary>
    public bool Negated { get; init; }

    /// <summary>For an inline fact: the <c>format</c> (a transformation), or null.</summary>
    public XName? Format { get; init; }

    /// <summary>Where the fact is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>True when the fact has a unit (numeric).</summary>
    public bool IsNumeric => UnitRef is not null;

    /// <summary>The interval of values the fact stands for (Calculations 1.1, round to nearest), or null
    /// when it has no value or no precision.</summary>
    public ValueInterval? Interval => Value is { } v && Precision is { } p ? ValueInterval.Of(v, p) : null;

    /// <summary>Formats the concept and context; values are confidential and never appear in <c>ToString</c>.</summary>
    public override string ToString() => Concept.LocalName + " @ " + ContextRef;
}

/// <summary>
/// What Kessan read from an XBRL instance or an Inline XBRL document: schema references, contexts, units and
/// facts, in document order, with every problem found.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class XbrlInstance
{
    private readonly ImmutableDictionary<string, XbrlContext> contextsById;
    private readonly ImmutableDictionary<string, XbrlUnit> unitsById;

    internal XbrlInstance(ImmutableArray<string> schemaRefs, ImmutableArray<XbrlContext> contexts, ImmutableArray<XbrlUnit> units,
        ImmutableArray<XbrlFact> facts, ImmutableArray<Diagnostic> diagnostics)
    {
        SchemaRefs = schemaRefs;
        Contexts = contexts;
        Units = units;
        Facts = facts;
        Diagnostics = diagnostics;
        // A duplicate id is reported by the reader; the first definition is the one facts refer to.
        contextsById = contexts.GroupBy(c => c.Id, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        unitsById = units.GroupBy(u => u.Id, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The <c>xlink:href</c> of every <c>link:schemaRef</c>, in document order.</summary>
    public ImmutableArray<string> SchemaRefs { get; }

    /// <summary>Every context, in document order.</summary>
    public ImmutableArray<XbrlContext> Contexts { get; }

    /// <summary>Every unit, in document order.</summary>
    public ImmutableArray<XbrlUnit> Units { get; }

    /// <summary>Every item fact, in document order.</summary>
    public ImmutableArray<XbrlFact> Facts { get; }

    /// <summary>Every problem found while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when a problem is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The context with an id, or null.</summary>
    public XbrlContext? FindContext(string id) => contextsById.GetValueOrDefault(id);

    /// <summary>The unit with an id, or null.</summary>
    public XbrlUnit? FindUnit(string? id) => id is null ? null : unitsById.GetValueOrDefault(id);
}
