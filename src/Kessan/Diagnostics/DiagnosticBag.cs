using System.Collections.Immutable;

namespace Kessan.Diagnostics;

/// <summary>
/// Collects diagnostics while a stage runs. Stages never stop at the first problem: they report
/// and go on, so the user sees every problem of a package at once.
/// </summary>
/// <remarks>Not thread-safe; each stage owns its bag.</remarks>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    /// <summary>Number of diagnostics collected so far.</summary>
    public int Count => items.Count;

    /// <summary>True when at least one collected diagnostic is an error.</summary>
    public bool HasErrors => items.Exists(d => d.IsError);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => items.Add(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));

    /// <summary>Adds an error.</summary>
    public void Error(string code, string message, SourceLocation? location, string? detail = null,
        ImmutableArray<SourceLocation> related = default)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location, detail, related));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string message, SourceLocation? location, string? detail = null,
        ImmutableArray<SourceLocation> related = default)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location, detail, related));

    /// <summary>Adds every diagnostic of a sequence.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>The collected diagnostics in the order they were reported.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. items];
}
