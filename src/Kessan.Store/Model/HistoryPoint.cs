using Kessan.Model;

namespace Kessan.Store.Model;

/// <summary>
/// One period of a concept's published history: the value the latest published release gave it, and whether an earlier
/// published release gave it another (a restatement).
/// </summary>
/// <param name="Company">The company.</param>
/// <param name="PeriodName">The period's name.</param>
/// <param name="Period">The period's dates.</param>
/// <param name="Unit">The unit id.</param>
/// <param name="Status">Actual, target or forecast.</param>
/// <param name="Value">The value the latest published release states.</param>
/// <param name="Precision">Its precision as stored.</param>
/// <param name="Revision">The published revision it comes from.</param>
/// <param name="ReleasePeriod">The period of that release.</param>
/// <param name="EarlierValue">The value an earlier published release stated, when it differs; null otherwise.</param>
/// <param name="EarlierRevision">That earlier release's revision; null when none differs.</param>
public sealed record HistoryPoint(
    string Company,
    string PeriodName,
    Period Period,
    string Unit,
    FactStatus Status,
    decimal Value,
    string Precision,
    string Revision,
    string ReleasePeriod,
    decimal? EarlierValue,
    string? EarlierRevision);
