using System.Collections.Immutable;
using Kessan.Model;
using Kessan.Store.Model;

namespace Kessan.Store.Queries;

/// <summary>
/// <c>kessan store history</c>: a concept's value for every period across every published release. A period stated by
/// several releases (FY2012 as the current year and then as the prior year) takes the value of the most recently
/// published one; when an earlier release stated another value, the point says so (a restatement), never silently.
/// </summary>
public static class ConceptHistory
{
    /// <summary>The history of <paramref name="concept"/> at <paramref name="dimensions"/> (empty: the total).</summary>
    public static ImmutableArray<HistoryPoint> Of(IFactStore store, string concept, DimensionSet dimensions, string? company = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var published = store.PublishedFacts(company, concept, dimensions.ToString());
        return Group(published);
    }

    /// <summary>Groups published facts (most recently published first) into one point per company, period, unit and status.</summary>
    public static ImmutableArray<HistoryPoint> Group(IEnumerable<(Revision Revision, StoredFact Fact)> published)
    {
        var points = new Dictionary<(string, Period, string, FactStatus), HistoryPoint>();
        foreach (var (revision, fact) in published)
        {
            var key = (revision.Company, fact.Period, fact.Unit, fact.Status);
            if (!points.TryGetValue(key, out var point))
            {
                points[key] = new HistoryPoint(revision.Company, fact.PeriodName, fact.Period, fact.Unit, fact.Status, fact.Value, fact.Precision,
                    revision.Id, revision.Period, null, null);
            }
            else if (point.EarlierValue is null && !SameAtCoarser(point, fact))
            {
                points[key] = point with { EarlierValue = fact.Value, EarlierRevision = revision.Id };
            }
        }
        return [.. points.Values
            .OrderBy(p => p.Company, StringComparer.Ordinal)
            .ThenBy(p => p.Status)
            .ThenBy(p => p.Period.End)
            .ThenByDescending(p => p.Period.Start)];
    }

    /// <summary>
    /// True when two statements of a value agree once both are rounded to the coarser precision (a year's revenue in
    /// thousands in one release and in millions in another is the same figure).
    /// </summary>
    private static bool SameAtCoarser(HistoryPoint point, StoredFact fact)
    {
        var a = ParsePrecision(point.Precision);
        var b = ParsePrecision(fact.Precision);
        var coarser = Precision.Min(a, b);
        return coarser.Round(point.Value) == coarser.Round(fact.Value);
    }

    /// <summary>Reads a precision as stored (<c>-3</c>, <c>INF</c>).</summary>
    public static Precision ParsePrecision(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? Precision.FromDecimals(d)
            : Precision.Exact;
}
