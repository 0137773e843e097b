using Kessan.Model;

namespace Kessan.Ingest;

/// <summary>
/// Within one fact file, a fact given again with the same content (value, precision, statement, anchor, column,
/// note) adds nothing but another place. The first <see cref="MaxKept"/> reports of such a fact are kept with
/// their places (for the tie-outs, for <c>explain</c> and figures.json); later identical ones are left out, so that
/// a file repeating its rows by the million holds memory for its facts, not for its lines. A repeat with any
/// other content is always kept: it is checked against the others.
/// </summary>
/// <remarks>Not thread-safe; one per file read.</remarks>
internal sealed class FactRepeats
{
    /// <summary>How many identical reports of a fact one file keeps.</summary>
    public const int MaxKept = 3;

    private readonly Dictionary<FactKey, (ReportedFact First, int Kept)> seen = [];

    /// <summary>True when <paramref name="fact"/> is to be kept.</summary>
    public bool Keep(ReportedFact fact)
    {
        if (!seen.TryGetValue(fact.Key, out var entry))
        {
            seen[fact.Key] = (fact, 1);
            return true;
        }
        if (!SameContent(entry.First, fact))
        {
            return true;
        }
        if (entry.Kept >= MaxKept)
        {
            return false;
        }
        seen[fact.Key] = (entry.First, entry.Kept + 1);
        return true;
    }

    private static bool SameContent(ReportedFact a, ReportedFact b) =>
        a.Value == b.Value && a.Precision == b.Precision && a.StatementId == b.StatementId && a.Anchor == b.Anchor
        && Equals(a.ColumnPeriod, b.ColumnPeriod) && a.Note == b.Note;
}
