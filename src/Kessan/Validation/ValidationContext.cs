using System.Collections.Immutable;
using System.Globalization;
using Kessan.Model;

namespace Kessan.Validation;

/// <summary>
/// What a validation rule sees: the package, helpers to find and describe facts, and counters of the
/// checks performed (so that a clean report says how much was checked).
/// </summary>
/// <remarks>Not thread-safe: the counters are updated as rules run.</remarks>
public sealed class ValidationContext
{
    private readonly Dictionary<string, int> checks = new(StringComparer.Ordinal);

    internal ValidationContext(ReleasePackage package, ImmutableArray<ValidationRule> rules)
    {
        Package = package;
        Rules = rules;
    }

    /// <summary>The package being validated.</summary>
    public ReleasePackage Package { get; }

    /// <summary>The rules being run, in order.</summary>
    public ImmutableArray<ValidationRule> Rules { get; }

    /// <summary>The package's taxonomy.</summary>
    public Taxonomy Taxonomy => Package.Taxonomy;

    /// <summary>The package's facts.</summary>
    public FactSet Facts => Package.Facts;

    /// <summary>Checks performed so far, by rule code.</summary>
    public IReadOnlyDictionary<string, int> Checks => checks;

    /// <summary>Records that a rule performed one check.</summary>
    public void CountCheck(string code) => checks[code] = checks.GetValueOrDefault(code) + 1;

    /// <summary>True when a rule other than the generic duplicate check reports this conflict itself.</summary>
    public bool IsClaimed(FactConflict conflict) =>
        Rules.OfType<IConflictClaimant>().Any(r => r.Claims(conflict, this));

    /// <summary>
    /// True when a statement reports <paramref name="fact"/> as one of its lines: the fact is an actual,
    /// consolidated result (no dimensions) of a concept the statement presents, for one of the statement's
    /// periods (for a balance in a statement of durations, at the start or end of one of them).
    /// </summary>
    public bool IsStatementFact(Fact fact) => Package.IsStatementFact(fact.Key);

    /// <summary>
    /// The intervals to compare a group of facts with (a total and its items, a balance and its changes,
    /// two sides of a tie-out). Each fact stands for the interval of values its rounding allows (XBRL
    /// Calculations 1.1), except when every fact has the same precision and is reported by a statement that
    /// foots exactly (<see cref="Footing.Exact"/>): then each stands for its exact value, and a difference
    /// of a single unit is a difference.
    /// </summary>
    public Tolerance ToleranceFor(IEnumerable<Fact> facts)
    {
        var list = facts.ToList();
        var exact = list.Count > 0
            && list.All(f => f.Precision == list[0].Precision)
            && list.All(f => f.Reports.Any(r => StatementOf(r)?.Footing == Footing.Exact));
        return exact ? Tolerance.ExactFooting : Tolerance.Rounding;
    }

    /// <summary>
    /// Where to report a problem with <paramref name="fact"/> when it is compared with
    /// <paramref name="peers"/>: its report in the file most of the peers come from (the equity statement's
    /// total equity rather than the balance sheet's), else where it was first reported.
    /// </summary>
    public static Diagnostics.SourceLocation LocationNear(Fact fact, IEnumerable<Fact> peers)
    {
        var file = peers.SelectMany(p => p.Reports).GroupBy(r => r.Source.Path)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return fact.Reports.FirstOrDefault(r => r.Source.Path == file)?.Source ?? fact.Source;
    }

    /// <summary>The statement a report came from, or null.</summary>
    public StatementDefinition? StatementOf(ReportedFact report) =>
        report.StatementId is { } id ? Package.FindStatement(id) : null;

    /// <summary>The kind of statement a report came from (<see cref="StatementKind.Other"/> when none).</summary>
    public StatementKind KindOf(ReportedFact report) => StatementOf(report)?.Kind ?? StatementKind.Other;

    /// <summary>The fact of <paramref name="conceptId"/> in the same context (period, dimensions, status, unit) as <paramref name="like"/>.</summary>
    public Fact? FindLike(string conceptId, Fact like, Period? period = null, DimensionSet? dimensions = null)
    {
        var f = Facts.Find(conceptId, period ?? like.Period, dimensions ?? like.Dimensions, like.Status);
        return f is not null && f.Unit == like.Unit ? f : null;
    }

    /// <summary>A reader's description of a fact's coordinates: label, members, period name, status. No figures.</summary>
    public string Describe(string conceptId, Period period, DimensionSet dimensions = default, FactStatus status = FactStatus.Actual)
    {
        var concept = Taxonomy.FindConcept(conceptId);
        var label = concept?.Label ?? conceptId;
        var members = dimensions.IsEmpty
            ? ""
            : " [" + string.Join(", ", dimensions.Values.Select(v => Taxonomy.FindAxis(v.Axis)?.FindMember(v.Member)?.Label ?? v.Member)) + "]";
        var name = Package.Calendar.NameOf(period);
        var when = period.IsInstant ? "at " + name : "for " + name;
        var st = status == FactStatus.Actual ? "" : " (" + status.ToString().ToLowerInvariant() + ")";
        return $"'{label}'{members} {when}{st}";
    }

    /// <summary>Describes a fact's coordinates.</summary>
    public string Describe(Fact fact) => Describe(fact.ConceptId, fact.Period, fact.Dimensions, fact.Status);

    /// <summary>
    /// A figure for a diagnostic's detail in the unit it was typed in: a fact of a file in thousands of yen is
    /// <c>JPY 37,440,969 thousand</c>, one typed in yen <c>JPY 37,440,969,000</c>, a share count <c>shares 41,295,600</c>.
    /// </summary>
    public static string Figure(decimal value, Unit unit, Precision precision)
    {
        var (divisor, word) = TypedScale(precision);
        return $"{unit.Id} {Number(value / divisor)}{word}";
    }

    /// <summary>A fact's figure for a diagnostic's detail.</summary>
    public static string Figure(Fact fact) => Figure(fact.Value, fact.Unit, fact.Precision);

    /// <summary>An interval for a diagnostic's detail, in the unit and scale <paramref name="like"/> was typed in.</summary>
    public static string Figure(ValueInterval interval, Fact like)
    {
        var (divisor, word) = TypedScale(like.Precision);
        return interval.Width == 0
            ? $"{like.Unit.Id} {Number(interval.Lower / divisor)}{word}"
            : $"between {like.Unit.Id} {Number(interval.Lower / divisor)}{word} and {Number(interval.Upper / divisor)}{word}";
    }

    /// <summary>An interval for a diagnostic's detail, in base units.</summary>
    public static string Figure(ValueInterval interval) =>
        interval.Width == 0
            ? Number(interval.Lower)
            : "between " + Number(interval.Lower) + " and " + Number(interval.Upper);

    /// <summary>The scale a precision says a figure was typed in: thousands, millions or billions, else units.</summary>
    private static (decimal Divisor, string Word) TypedScale(Precision precision) => precision.Decimals switch
    {
        -3 => (1_000m, " thousand"),
        -6 => (1_000_000m, " million"),
        -9 => (1_000_000_000m, " billion"),
        _ => (1m, ""),
    };

    private static string Number(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);

    /// <summary>The label of a statement, or its id.</summary>
    public string StatementTitle(ReportedFact report) => StatementOf(report)?.Title ?? report.Source.Path;
}
