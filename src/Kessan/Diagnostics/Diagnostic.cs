using System.Collections.Immutable;
using Kessan.Utility;

namespace Kessan.Diagnostics;

/// <summary>
/// A problem found in a release package: a stable code, a severity, a message, and where it is.
/// </summary>
/// <remarks>
/// <para>
/// Unreleased results are confidential, so the <see cref="Message"/> never contains a financial figure.
/// Figures that help to fix the problem (the values that disagree, the size of a difference) go into
/// <see cref="Detail"/>, which front ends show only when the user asks for figures.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">Stable code such as <c>KSN301</c>; see <see cref="DiagnosticCodes"/>.</param>
    /// <param name="severity">Severity.</param>
    /// <param name="message">Figure-free message, one or two sentences.</param>
    /// <param name="location">Where the problem is, or <c>null</c> when it concerns the package as a whole.</param>
    /// <param name="detail">Optional detail that may contain figures; shown only on request.</param>
    /// <param name="related">Other places involved (for example the other side of a tie-out).</param>
    public Diagnostic(
        string code,
        DiagnosticSeverity severity,
        string message,
        SourceLocation? location,
        string? detail = null,
        ImmutableArray<SourceLocation> related = default)
    {
        Code = Preconditions.CheckNotEmpty(code, nameof(code));
        Severity = severity;
        Message = Preconditions.CheckNotEmpty(message, nameof(message));
        Location = location;
        Detail = detail;
        Related = related.IsDefault ? [] : related;
    }

    /// <summary>Stable code, for example <c>KSN103</c>.</summary>
    public string Code { get; }

    /// <summary>Severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Message without figures.</summary>
    public string Message { get; }

    /// <summary>Primary location, or <c>null</c> for a package-wide problem.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Detail that may contain confidential figures, or <c>null</c>.</summary>
    public string? Detail { get; }

    /// <summary>Other locations involved; empty when there are none.</summary>
    public ImmutableArray<SourceLocation> Related { get; }

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null
        && Code == other.Code
        && Severity == other.Severity
        && Message == other.Message
        && Equals(Location, other.Location)
        && Detail == other.Detail
        && Related.SequenceEqual(other.Related);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Message, Location, Detail);

    /// <summary>Formats as <c>location: severity CODE: message</c>, without the detail.</summary>
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var severity = IsError ? "error" : "warning";
        return $"{where}{severity} {Code}: {Message}";
    }
}
