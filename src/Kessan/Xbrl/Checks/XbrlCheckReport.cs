using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Xbrl.Checks;

/// <summary>What an XBRL document is. The default value is <see cref="Instance"/>.</summary>
public enum XbrlDocumentKind
{
    /// <summary>An XBRL 2.1 instance: its root is <c>xbrli:xbrl</c>.</summary>
    Instance = 0,

    /// <summary>An Inline XBRL 1.1 document: XHTML with an <c>ix:header</c>.</summary>
    Inline = 1,
}

/// <summary>
/// A check that <see cref="XbrlDocumentCheck"/> runs: a stable name, the requirement it checks, and what its
/// count counts. <see cref="All"/> lists them in the order they run.
/// </summary>
/// <param name="Name">The stable name (<c>read</c>, <c>definitions</c>, <c>dimensions</c>, <c>calculations</c>).</param>
/// <param name="Requirement">The requirement checked, in one sentence, with the specification it comes from.</param>
/// <param name="Counts">What the check's count counts (plural noun: <c>facts</c>, <c>hypercubes</c>, <c>summations</c>).</param>
public sealed record XbrlCheck(string Name, string Requirement, string Counts)
{
    /// <summary>Reading the document: its contexts, units and facts.</summary>
    public static XbrlCheck Read { get; } = new("read",
        "Contexts, units and facts are well formed, and every fact refers to a context and a unit of the document (XBRL 2.1 §4; Inline XBRL 1.1 transformations).",
        "facts");

    /// <summary>Reading the definition linkbase of the extension schema beside the document.</summary>
    public static XbrlCheck Definitions { get; } = new("definitions",
        "The definition linkbase of the extension schema beside the document resolves: locators, roles and arcroles; hypercubes closed on the segment; one default per dimension (XBRL 2.1 §3.5, XBRL Dimensions 1.0).",
        "hypercubes");

    /// <summary>Dimensional validity of every fact.</summary>
    public static XbrlCheck Dimensions { get; } = new("dimensions",
        "Every fact is dimensionally valid: a hypercube of its concept allows its context, and no context names a default (XBRL Dimensions 1.0).",
        "facts");

    /// <summary>The calculation linkbase of the extension schema, as Calculations 1.1 checks it.</summary>
    public static XbrlCheck CalculationLinkbase { get; } = new("calculation-linkbase",
        "Every total meets the weighted sum of its items within what their decimals allow (Calculations 1.1, round to nearest), for the calculation linkbase of the extension schema beside the document.",
        "summations");

    /// <summary>The package's calculations, as Calculations 1.1 checks them.</summary>
    public static XbrlCheck Calculations { get; } = new("calculations",
        "Every total meets the weighted sum of its items within what their decimals allow (Calculations 1.1, round to nearest), for the release package's calculations.",
        "summations");

    /// <summary>Every check, in the order they run.</summary>
    public static ImmutableArray<XbrlCheck> All { get; } = [Read, Definitions, Dimensions, CalculationLinkbase, Calculations];
}

/// <summary>How one check went: how many things it checked, or why it did not run.</summary>
/// <param name="Check">The check.</param>
/// <param name="Count">How many of <see cref="XbrlCheck.Counts"/> it checked; null when it did not run.</param>
/// <param name="NotRun">Why it did not run (a sentence without figures); null when it ran.</param>
public sealed record XbrlCheckOutcome(XbrlCheck Check, int? Count, string? NotRun)
{
    /// <summary>True when the check ran.</summary>
    public bool Ran => NotRun is null;

    /// <summary>A check that ran over <paramref name="count"/> things.</summary>
    public static XbrlCheckOutcome Done(XbrlCheck check, int count) => new(check, count, null);

    /// <summary>A check that did not run, and why.</summary>
    public static XbrlCheckOutcome Skipped(XbrlCheck check, string reason) => new(check, null, reason);
}

/// <summary>
/// What <see cref="XbrlDocumentCheck"/> found in one XBRL instance or Inline XBRL document: what it is, what was
/// read (the document and the schemas beside it), how each check went, and every finding, each with its code
/// and its file, line and column.
/// </summary>
/// <remarks>Immutable; equality by value (the instance by reference).</remarks>
public sealed record XbrlCheckReport
{
    /// <summary>The document's path, as its findings name it.</summary>
    public required string Path { get; init; }

    /// <summary>What the document is; null when it is not an XBRL document at all (not well-formed XML, or another root).</summary>
    public XbrlDocumentKind? Kind { get; init; }

    /// <summary>What was read from the document (empty when it could not be read).</summary>
    public required XbrlInstance Instance { get; init; }

    /// <summary>The paths of the schemas beside the document that were read, in the order the document refers to them.</summary>
    public ImmutableArray<string> Schemas { get; init; } = [];

    /// <summary>The hypercubes the schemas' definition linkbases state.</summary>
    public int Hypercubes { get; init; }

    /// <summary>How each check of <see cref="XbrlCheck.All"/> went, in that order.</summary>
    public ImmutableArray<XbrlCheckOutcome> Outcomes { get; init; } = [];

    /// <summary>Every finding: reading the document, then its schemas, then the checks of its facts.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the document is an XBRL instance or an Inline XBRL document.</summary>
    public bool IsReadable => Kind is not null;

    /// <summary>The number of findings that are errors.</summary>
    public int Errors => Diagnostics.Count(d => d.IsError);

    /// <summary>The number of findings that are warnings.</summary>
    public int Warnings => Diagnostics.Count(d => !d.IsError);

    /// <inheritdoc/>
    public bool Equals(XbrlCheckReport? other) =>
        other is not null && Path == other.Path && Kind == other.Kind && ReferenceEquals(Instance, other.Instance) && Hypercubes == other.Hypercubes
        && Schemas.SequenceEqual(other.Schemas) && Outcomes.SequenceEqual(other.Outcomes) && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Kind, Schemas.Length, Outcomes.Length, Diagnostics.Length);
}
