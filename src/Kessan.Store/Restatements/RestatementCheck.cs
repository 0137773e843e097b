using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Store.Database;
using Kessan.Store.Model;
using Kessan.Store.Queries;

namespace Kessan.Store.Restatements;

/// <summary>
/// Compares a package's results with what the store's published releases said of the same facts (KSN602). An actual
/// fact that differs, once both are rounded to the coarser precision, is a warning at its cell unless the package
/// declares it under <c>restatements:</c>; a declared restatement that does not differ is an error, because the
/// release's notes would call a figure restated that is not.
/// </summary>
public static class RestatementCheck
{
    /// <summary>The findings for <paramref name="package"/> against <paramref name="store"/>.</summary>
    public static ImmutableArray<Diagnostic> Run(ReleasePackage package, IFactStore store)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(store);
        var published = new Dictionary<(string, Period, string, string, FactStatus), (Revision Revision, StoredFact Fact)>();
        foreach (var (revision, fact) in store.PublishedFacts(package.Company.ShortName))
        {
            published.TryAdd(fact.Key, (revision, fact));
        }
        var bag = new DiagnosticBag();
        var calendar = package.Calendar;
        foreach (var r in package.Restatements)
        {
            var fact = package.Facts.Find(r.ConceptId, r.Period, r.Dimensions);
            if (fact is not null && published.TryGetValue(Key(fact), out var was) && Same(fact, was.Fact))
            {
                bag.Error(DiagnosticCodes.Restatement,
                    $"'{Label(package, fact)}' for {calendar.NameOf(fact.Period)} is declared restated, but it equals the value published in {was.Revision.Company} " +
                    $"{was.Revision.Period} (revision {was.Revision.ShortId}): the notes would call it restated. Remove the declaration.", r.Location);
            }
        }
        foreach (var fact in package.Facts.All)
        {
            if (fact.Status != FactStatus.Actual || !published.TryGetValue(Key(fact), out var was) || Same(fact, was.Fact)
                || package.Restatements.Any(r => r.ConceptId == fact.ConceptId && r.Period == fact.Period && r.Dimensions == fact.Dimensions))
            {
                continue;
            }
            bag.Warning(DiagnosticCodes.Restatement,
                $"'{Label(package, fact)}'{Members(fact)} for {calendar.NameOf(fact.Period)} differs from the value published in {was.Revision.Company} " +
                $"{was.Revision.Period} (revision {was.Revision.ShortId}). If the change is intended, declare it under 'restatements:' in package.yaml.",
                fact.Source, $"this package: {Exact.Text(fact.Value)} {fact.Key.UnitId}; published: {Exact.Text(was.Fact.Value)} {was.Fact.Unit}");
        }
        return bag.ToImmutable();
    }

    private static (string, Period, string, string, FactStatus) Key(Fact f) => (f.ConceptId, f.Period, f.Dimensions.ToString(), f.Key.UnitId, f.Status);

    private static bool Same(Fact fact, StoredFact published)
    {
        var coarser = Precision.Min(fact.Precision, ConceptHistory.ParsePrecision(published.Precision));
        return coarser.Round(fact.Value) == coarser.Round(published.Value);
    }

    private static string Label(ReleasePackage package, Fact fact) => package.Taxonomy.FindConcept(fact.ConceptId)?.Label ?? fact.ConceptId;

    private static string Members(Fact fact) => fact.Dimensions.IsEmpty ? "" : $" [{fact.Dimensions}]";
}
