using System.Globalization;
using System.Text;
using Kessan.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Store.Model;

/// <summary>
/// A fact as the store keeps it: the package's resolved fact with its period named by the package's calendar, its exact
/// value in the unit's base (yen, not thousands), its precision and where it was first reported.
/// </summary>
/// <param name="Concept">The concept id.</param>
/// <param name="PeriodName">The period's name in the package's calendar (FY2012, 4Q12, FY2012-end).</param>
/// <param name="Period">The period's dates.</param>
/// <param name="Dimensions">The dimensional coordinates, <c>Axis=Member;…</c>, empty for the total.</param>
/// <param name="Unit">The unit id.</param>
/// <param name="Status">Actual, target or forecast.</param>
/// <param name="Value">The exact value in the unit's base.</param>
/// <param name="Precision">How it was rounded, as <c>decimals</c> (-3 for thousands) or <c>INF</c>.</param>
/// <param name="SourceFile">The fact file it was first reported in.</param>
/// <param name="SourceLine">Its line there.</param>
/// <param name="SourceColumn">Its column there.</param>
public sealed record StoredFact(
    string Concept,
    string PeriodName,
    Period Period,
    string Dimensions,
    string Unit,
    FactStatus Status,
    decimal Value,
    string Precision,
    string SourceFile,
    int SourceLine,
    int SourceColumn)
{
    /// <summary>What identifies the fact across revisions: concept, period dates, dimensions, unit and status.</summary>
    public (string Concept, Period Period, string Dimensions, string Unit, FactStatus Status) Key => (Concept, Period, Dimensions, Unit, Status);

    /// <summary>The fact of a loaded package.</summary>
    public static StoredFact From(Fact fact, FiscalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(calendar);
        var source = fact.Source;
        return new StoredFact(fact.ConceptId, calendar.NameOf(fact.Period), fact.Period, fact.Dimensions.ToString(), fact.Key.UnitId,
            fact.Status, fact.Value, PrecisionText(fact.Precision), source.Path, source.Line, source.Column);
    }

    /// <summary>A precision as stored: its decimals, or <c>INF</c> when exact.</summary>
    public static string PrecisionText(Precision precision) =>
        precision.Decimals is { } d ? d.ToString(CultureInfo.InvariantCulture) : "INF";

    /// <summary>The canonical line of the fact that <see cref="FactsHash"/> hashes (no figure is ever printed from it).</summary>
    public string CanonicalLine() => string.Join('\t',
        Concept, PeriodName, Period.Type == PeriodType.Instant ? "instant" : "duration",
        Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Dimensions, Unit, StatusName(Status), Database.Exact.Text(Value), Precision,
        SourceFile, SourceLine.ToString(CultureInfo.InvariantCulture), SourceColumn.ToString(CultureInfo.InvariantCulture));

    /// <summary>The SHA-256 of the facts' canonical lines, in order.</summary>
    public static string FactsHash(IEnumerable<StoredFact> facts)
    {
        var text = new StringBuilder();
        foreach (var f in facts)
        {
            text.Append(f.CanonicalLine()).Append('\n');
        }
        return SnapshotFile.HashOf(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A status as stored.</summary>
    public static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Target => "target",
        FactStatus.Forecast => "forecast",
        _ => "actual",
    };

    /// <summary>Reads a status written by <see cref="StatusName"/>.</summary>
    public static FactStatus ParseStatus(string text) => text switch
    {
        "target" => FactStatus.Target,
        "forecast" => FactStatus.Forecast,
        _ => FactStatus.Actual,
    };
}
