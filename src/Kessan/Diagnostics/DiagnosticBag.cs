using System.Collections.Immutable;
using System.Globalization;

namespace Kessan.Diagnostics;

/// <summary>
/// Collects diagnostics while a stage runs. Stages never stop at the first problem: they report
/// and go on, so the user sees every problem of a package at once. A file with the same problem on every line
/// (a fact file of a million malformed numbers) is listed up to <see cref="MaxPerCodeAndFile"/> times per code,
/// then summed up in one diagnostic, so that the report stays readable and memory stays bounded.
/// </summary>
/// <remarks>Not thread-safe; each stage owns its bag.</remarks>
public sealed class DiagnosticBag
{
    /// <summary>The most diagnostics of one code in one file that are listed one by one.</summary>
    public const int MaxPerCodeAndFile = 100;

    private readonly List<Diagnostic> items = [];
    private readonly Dictionary<(string Code, string Path), int> listed = [];
    private readonly Dictionary<(string Code, string Path), (int Count, DiagnosticSeverity Severity)> unlisted = [];

    /// <summary>Number of diagnostics collected so far (problems beyond the limit count once per code and file).</summary>
    public int Count => items.Count + unlisted.Count;

    /// <summary>True when at least one collected diagnostic is an error.</summary>
    public bool HasErrors => items.Exists(d => d.IsError) || unlisted.Values.Any(u => u.Severity == DiagnosticSeverity.Error);

    /// <summary>Adds a diagnostic, or counts it when its code has been listed <see cref="MaxPerCodeAndFile"/> times in its file.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Location is { } location)
        {
            var key = (diagnostic.Code, location.Path);
            var n = listed.GetValueOrDefault(key);
            if (n >= MaxPerCodeAndFile)
            {
                // An error among the problems not listed makes the summary an error.
                unlisted[key] = unlisted.TryGetValue(key, out var u)
                    ? (u.Count + 1, diagnostic.IsError ? DiagnosticSeverity.Error : u.Severity)
                    : (1, diagnostic.Severity);
                return;
            }
            listed[key] = n + 1;
        }
        items.Add(diagnostic);
    }

    /// <summary>
    /// False when a diagnostic of <paramref name="code"/> in <paramref name="path"/> would only be counted, so that a
    /// message that is costly to write (a "did you mean" hint) is written only for the diagnostics listed.
    /// </summary>
    public bool WouldList(string code, string path) => listed.GetValueOrDefault((code, path)) < MaxPerCodeAndFile;

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

    /// <summary>The collected diagnostics in the order they were reported, then one for each code and file with more than were listed.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() =>
    [
        .. items,
        .. unlisted.OrderBy(u => u.Key.Path, StringComparer.Ordinal).ThenBy(u => u.Key.Code, StringComparer.Ordinal).Select(u => new Diagnostic(
            u.Key.Code, u.Value.Severity,
            string.Create(CultureInfo.InvariantCulture,
                $"{u.Value.Count:N0} more {u.Key.Code} problems in this file are not listed (the first {MaxPerCodeAndFile} are); fix those and check again."),
            new SourceLocation(u.Key.Path), null, default)),
    ];
}
