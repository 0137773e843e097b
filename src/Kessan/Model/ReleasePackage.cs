using System.Collections.Immutable;

namespace Kessan.Model;

/// <summary>
/// A loaded release package: the company's settings, its taxonomy of line items, its statements, its
/// resolved facts and its authored text. Produced by <see cref="Ingest.PackageLoader"/>; everything in it
/// has been parsed and cross-referenced, but not yet validated.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReleasePackage
{
    /// <summary>A name for the package: its folder name.</summary>
    public required string Name { get; init; }

    /// <summary>The company.</summary>
    public required Company Company { get; init; }

    /// <summary>Reporting currency, scale and the years reported.</summary>
    public required ReportingSettings Reporting { get; init; }

    /// <summary>The fiscal calendar.</summary>
    public required FiscalCalendar Calendar { get; init; }

    /// <summary>The convenience translation, or null when the release has none.</summary>
    public ConvenienceTranslation? Translation { get; init; }

    /// <summary>Share data.</summary>
    public required ShareData Shares { get; init; }

    /// <summary>Filing information for the exchange summary.</summary>
    public required FilingInfo Filing { get; init; }

    /// <summary>The largest-shareholder disclosure, or null.</summary>
    public LargestShareholder? LargestShareholder { get; init; }

    /// <summary>Concepts, axes, units and relationships.</summary>
    public required Taxonomy Taxonomy { get; init; }

    /// <summary>The statements reported, in order.</summary>
    public required ImmutableArray<StatementDefinition> Statements { get; init; }

    /// <summary>The resolved facts.</summary>
    public required FactSet Facts { get; init; }

    /// <summary>The layout files (paths relative to the package) with the manifest line naming each, in order.</summary>
    public ImmutableArray<(string Path, Diagnostics.SourceLocation Location)> LayoutFiles { get; init; } = [];

    /// <summary>The restatements the package declares (<c>restatements:</c>), in order.</summary>
    public ImmutableArray<Restatement> Restatements { get; init; } = [];

    /// <summary>The authored text, in manifest order.</summary>
    public required ImmutableArray<NarrativeText> Narratives { get; init; }

    /// <summary>The statement with the given id, or null.</summary>
    public StatementDefinition? FindStatement(string id)
    {
        foreach (var s in Statements)
        {
            if (s.Id == id)
            {
                return s;
            }
        }
        return null;
    }
}
