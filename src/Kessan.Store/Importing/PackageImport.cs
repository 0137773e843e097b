using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Store.Importing;

/// <summary>What an import did: the new revision, or the diagnostics and refusal that kept the package out.</summary>
/// <param name="Revision">The stored revision, or null.</param>
/// <param name="Diagnostics">What reading and checking the package found (warnings stay with a stored revision).</param>
/// <param name="Refusal">Why nothing was stored, or null.</param>
public sealed record ImportOutcome(Revision? Revision, ImmutableArray<Diagnostic> Diagnostics, string? Refusal);

/// <summary>
/// <c>kessan store import</c>: reads every file of a package folder, checks the package from those very bytes (as
/// <c>check</c> does: load, validate, layout, derive), and stores it as a new revision with its facts. A package with
/// errors is refused; nothing of it is stored.
/// </summary>
public static class PackageImport
{
    /// <summary>The longest author name.</summary>
    public const int MaxAuthorLength = 200;

    /// <summary>The longest message.</summary>
    public const int MaxMessageLength = 10_000;

    /// <summary>Imports the package at <paramref name="folder"/>.</summary>
    public static ImportOutcome Run(IFactStore store, string folder, string author, string message, string? expectedParent)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Invalid(author, MaxAuthorLength, allowNewLines: false) is { } badAuthor)
        {
            return new ImportOutcome(null, [], "the author " + badAuthor);
        }
        if (Invalid(message, MaxMessageLength, allowNewLines: true) is { } badMessage)
        {
            return new ImportOutcome(null, [], "the message " + badMessage);
        }
        var bag = new DiagnosticBag();
        var snapshot = PackageSnapshotReader.Read(folder, bag);
        if (snapshot is null)
        {
            return new ImportOutcome(null, bag.ToImmutable(), "the package folder cannot be read whole; nothing was imported.");
        }
        return Run(store, snapshot, author, message, expectedParent);
    }

    /// <summary>
    /// Imports a package already read (the review app's edit of a revision): checked first, refused with its diagnostics
    /// when it has errors, stored on top of <paramref name="expectedParent"/> only if that is still its period's latest.
    /// </summary>
    public static ImportOutcome Run(IFactStore store, PackageSnapshot snapshot, string author, string message, string? expectedParent)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (Invalid(author, MaxAuthorLength, allowNewLines: false) is { } badAuthor)
        {
            return new ImportOutcome(null, [], "the author " + badAuthor);
        }
        if (Invalid(message, MaxMessageLength, allowNewLines: true) is { } badMessage)
        {
            return new ImportOutcome(null, [], "the message " + badMessage);
        }
        var result = ReleasePipeline.Run(new SnapshotPackageSource(snapshot));
        var diagnostics = result.Diagnostics.ToImmutableArray();
        if (!result.Succeeded || result.Package is not { } package)
        {
            return new ImportOutcome(null, diagnostics, "the package has errors (above); 'kessan store import' stores only a package that checks. Nothing was imported.");
        }
        var calendar = package.Calendar;
        var facts = package.Facts.All.Select(f => StoredFact.From(f, calendar)).ToImmutableArray();
        var request = new ImportRequest(package.Company.ShortName, calendar.NameOf(package.Reporting.CurrentPeriod), author, message, expectedParent);
        var stored = store.Import(snapshot, facts, request);
        return new ImportOutcome(stored.Value, diagnostics, stored.Error);
    }

    private static string? Invalid(string text, int max, bool allowNewLines)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty.";
        }
        if (text.Length > max)
        {
            return $"is longer than {max:N0} characters.";
        }
        return text.Any(c => (char.IsControl(c) && !(allowNewLines && c is '\n' or '\t')) || c is '\uFFFE' or '\uFFFF')
            ? "holds a control character; write plain text."
            : null;
    }
}
