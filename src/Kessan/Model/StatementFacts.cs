namespace Kessan.Model;

/// <summary>Queries about which facts the package's statements report.</summary>
public static class StatementFacts
{
    /// <summary>
    /// True when a statement of <paramref name="package"/> reports the fact of <paramref name="key"/> as one of
    /// its lines; that is, the fact is an actual,
    /// consolidated result (no dimensions) of a concept the statement presents, for one of the statement's
    /// periods (for a balance in a statement of durations, at the start or end of one of them).
    /// </summary>
    public static bool IsStatementFact(this ReleasePackage package, FactKey key)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (key.Status != FactStatus.Actual || !key.Dimensions.IsEmpty)
        {
            return false;
        }
        var concept = package.Taxonomy.FindConcept(key.ConceptId);
        if (concept is null)
        {
            return false;
        }
        foreach (var id in concept.Statements)
        {
            var statement = package.FindStatement(id);
            if (statement is null)
            {
                continue;
            }
            foreach (var p in statement.Periods)
            {
                if (p == key.Period || (key.Period.IsInstant && p.IsDuration && (p.StartInstant == key.Period || p.EndInstant == key.Period)))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
