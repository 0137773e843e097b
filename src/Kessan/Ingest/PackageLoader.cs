using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Ingest;

/// <summary>The outcome of loading a package.</summary>
/// <param name="Package">The package, or null when its settings could not be read at all.</param>
/// <param name="Diagnostics">Every problem found while loading, in the order found.</param>
public sealed record LoadResult(ReleasePackage? Package, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when loading found at least one error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <inheritdoc/>
    public bool Equals(LoadResult? other) =>
        other is not null && ReferenceEquals(Package, other.Package) && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => Diagnostics.Length;
}

/// <summary>
/// The first stage: reads a release package (package.yaml, concept files, fact files, narrative) into a
/// <see cref="ReleasePackage"/>, collecting every problem as a diagnostic with file, line and column.
/// </summary>
/// <remarks>
/// Loading never stops at the first problem. A fact whose row has a problem is left out; the rest of
/// the file is still read. When the package's settings (calendar, reporting currency) cannot be read,
/// no package is returned, because no fact could be interpreted without them.
/// Thread-safe: each call works on its own state.
/// </remarks>
public static class PackageLoader
{
    /// <summary>Loads the package in folder <paramref name="directory"/>.</summary>
    public static LoadResult Load(string directory) => Load(new DirectoryPackageSource(directory));

    /// <summary>Loads a package from a source.</summary>
    public static LoadResult Load(IPackageSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Load(source, new YamlReadAhead(source), readLayoutAhead: false);
    }

    /// <summary>
    /// Loads a package from a source, its concept files parsed side by side on <paramref name="ahead"/>, and its layout
    /// files too when <paramref name="readLayoutAhead"/> (for the layout reader that follows, on the same read-ahead).
    /// </summary>
    internal static LoadResult Load(IPackageSource source, YamlReadAhead ahead, bool readLayoutAhead)
    {
        var bag = new DiagnosticBag();
        var manifest = ManifestReader.Read(source, bag);
        if (manifest?.Calendar is null || manifest.Reporting is null || manifest.Company is null)
        {
            return new LoadResult(null, bag.ToImmutable());
        }
        ahead.Start(manifest.ConceptFiles);
        if (readLayoutAhead)
        {
            ahead.Start(manifest.LayoutFiles);
        }

        var statementIds = manifest.Statements.Select(s => s.Id).ToList();
        var taxonomyReader = new TaxonomyReader(bag, manifest.Calendar, statementIds, manifest.DeclaredUnits);
        foreach (var (path, location) in manifest.ConceptFiles)
        {
            if (ahead.Take(path, location, bag) is ({ } file, var root))
            {
                taxonomyReader.ReadFile(file, root);
            }
        }
        var taxonomy = taxonomyReader.Build();

        var factReader = new FactFileReader(bag, taxonomy, manifest.Calendar, manifest.Reporting);
        var reported = new List<ReportedFact>();
        foreach (var spec in manifest.FactFiles)
        {
            if (spec.StatementId is { } sid && !statementIds.Contains(sid))
            {
                bag.Error(DiagnosticCodes.UnknownReference,
                    $"Fact file '{spec.Path}' reports statement '{sid}', which is not defined in package.yaml.{Suggestions.Hint(sid, statementIds)}",
                    spec.StatementLocation);
                continue;
            }
            if (ReadFile(source, spec.Path, spec.Location, bag) is { } text)
            {
                reported.AddRange(factReader.Read(spec, text));
            }
        }
        var facts = FactSet.Build(reported, id => taxonomy.FindUnit(id)!);
        if (manifest.ToFill is var (toFillPath, toFillLocation) && ReadFile(source, toFillPath, toFillLocation, bag) is { } toFillText)
        {
            ToFillReader.Report(toFillPath, toFillText, facts, manifest, bag);
        }

        foreach (var r in manifest.Restatements)
        {
            if (facts.Find(r.ConceptId, r.Period, r.Dimensions) is null)
            {
                bag.Error(DiagnosticCodes.UnknownReference,
                    $"The restatement names '{r.ConceptId}'{(r.Dimensions.IsEmpty ? "" : $" [{r.Dimensions}]")} for {manifest.Calendar.NameOf(r.Period)}, which the package has no fact for.", r.Location);
            }
        }

        var narratives = ImmutableArray.CreateBuilder<NarrativeText>();
        foreach (var (path, location) in manifest.NarrativeFiles)
        {
            if (ReadFile(source, path, location, bag) is { } text)
            {
                var id = Path.GetFileNameWithoutExtension(path);
                narratives.Add(new NarrativeText(id, text.Replace("\r\n", "\n", StringComparison.Ordinal), new SourceLocation(path)));
            }
        }

        var package = new ReleasePackage
        {
            Name = source.Name,
            Company = manifest.Company,
            Reporting = manifest.Reporting,
            Calendar = manifest.Calendar,
            Translation = manifest.Translation,
            Shares = manifest.Shares,
            Filing = manifest.Filing,
            LargestShareholder = manifest.LargestShareholder,
            Taxonomy = taxonomy,
            Statements = manifest.Statements,
            Facts = facts,
            Narratives = narratives.ToImmutable(),
            LayoutFiles = manifest.LayoutFiles,
            Restatements = manifest.Restatements,
        };
        return new LoadResult(package, bag.ToImmutable());
    }

    private static string? ReadFile(IPackageSource source, string path, SourceLocation reference, DiagnosticBag bag) =>
        PackageFiles.Read(source, path, reference, bag);
}
