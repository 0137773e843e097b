using System.Collections.Immutable;
using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Ingest;

/// <summary>A fact file named by the manifest, with the defaults it applies to its rows.</summary>
/// <param name="Path">The file's path in the package.</param>
/// <param name="StatementId">The statement the file reports, or null.</param>
/// <param name="Scale">The scale of the file's monetary values, or null for the reporting scale.</param>
/// <param name="Status">The status of the file's facts, or null for actual.</param>
/// <param name="Location">Where the manifest names the file (its <c>file</c> value).</param>
/// <param name="StatementLocation">Where the manifest names the statement; <paramref name="Location"/> when it does not.</param>
internal sealed record FactFileSpec(
    string Path,
    string? StatementId,
    Precision? Scale,
    FactStatus? Status,
    SourceLocation Location,
    SourceLocation StatementLocation);

/// <summary>What <c>package.yaml</c> says, before the files it names are read.</summary>
internal sealed class Manifest
{
    public required Company? Company { get; init; }
    public required ReportingSettings? Reporting { get; init; }
    public required FiscalCalendar? Calendar { get; init; }
    public required ConvenienceTranslation? Translation { get; init; }
    public required ShareData Shares { get; init; }
    public required FilingInfo Filing { get; init; }
    public required LargestShareholder? LargestShareholder { get; init; }
    public required ImmutableArray<Unit> DeclaredUnits { get; init; }
    public required ImmutableArray<(string Path, SourceLocation Location)> ConceptFiles { get; init; }
    public required ImmutableArray<StatementDefinition> Statements { get; init; }
    public required ImmutableArray<FactFileSpec> FactFiles { get; init; }
    public required ImmutableArray<(string Path, SourceLocation Location)> NarrativeFiles { get; init; }
    public required ImmutableArray<(string Path, SourceLocation Location)> LayoutFiles { get; init; }

    /// <summary>The list of facts still to fill in (<c>to_fill</c>, written by <c>kessan rollforward</c>), or null.</summary>
    public (string Path, SourceLocation Location)? ToFill { get; init; }

    /// <summary>The restatements the package declares.</summary>
    public ImmutableArray<Restatement> Restatements { get; init; } = [];
}

/// <summary>Reads <c>package.yaml</c>.</summary>
internal static partial class ManifestReader
{
    public const string FileName = "package.yaml";
    public const string FormatVersion = "kessan-package/1";

    internal static readonly IReadOnlyDictionary<string, Precision> Scales = new Dictionary<string, Precision>(StringComparer.Ordinal)
    {
        ["units"] = Precision.Units,
        ["thousands"] = Precision.Thousands,
        ["millions"] = Precision.Millions,
        ["billions"] = Precision.Billions,
    };

    private static readonly IReadOnlyDictionary<string, StatementKind> Kinds = new Dictionary<string, StatementKind>(StringComparer.Ordinal)
    {
        ["balance-sheet"] = StatementKind.BalanceSheet,
        ["income-statement"] = StatementKind.IncomeStatement,
        ["comprehensive-income"] = StatementKind.ComprehensiveIncome,
        ["equity"] = StatementKind.Equity,
        ["cash-flows"] = StatementKind.CashFlows,
        ["other"] = StatementKind.Other,
    };

    private static readonly IReadOnlyDictionary<string, Footing> Footings = new Dictionary<string, Footing>(StringComparer.Ordinal)
    {
        ["rounding"] = Footing.Rounding,
        ["exact"] = Footing.Exact,
    };

    private static readonly IReadOnlyDictionary<string, FiscalYearNaming> Namings = new Dictionary<string, FiscalYearNaming>(StringComparer.Ordinal)
    {
        ["start-year"] = FiscalYearNaming.StartYear,
        ["end-year"] = FiscalYearNaming.EndYear,
    };

    public static Manifest? Read(IPackageSource source, DiagnosticBag bag)
    {
        if (!source.Exists(FileName))
        {
            bag.Error(DiagnosticCodes.FileMissing,
                $"The package has no {FileName}; every release package starts with one (see docs/package-format.md).",
                new SourceLocation(FileName));
            return null;
        }
        var text = PackageFiles.Read(source, FileName, new SourceLocation(FileName), bag);
        if (text is null)
        {
            return null;
        }
        var (file, root) = YamlFile.Parse(FileName, text, bag);
        if (root is null)
        {
            return null;
        }
        var m = file.Mapping(root, "format", "company", "reporting", "fiscal_calendar", "convenience_translation",
            "shares", "filing", "largest_shareholder", "units", "concepts", "statements", "facts", "narrative", "layout", "to_fill", "restatements");

        var format = m.String("format", required: true);
        if (format is not null && format != FormatVersion)
        {
            bag.Error(DiagnosticCodes.InvalidValue, $"Unsupported package format '{format}'; this Kessan reads '{FormatVersion}'.", m.LocationOf("format"));
        }

        var absolute = ReadCalendar(m);
        var reporting = absolute is null ? null : ReadReporting(m, absolute);
        // From here on, relative names (current, prior_year, ...) stand for the release's periods.
        var calendar = reporting is null ? absolute : absolute!.RelativeTo(reporting.CurrentPeriod, reporting.CurrentYear, reporting.PriorYear);
        return new Manifest
        {
            Company = CompanySettingsReader.ReadCompany(m),
            Calendar = calendar,
            Reporting = reporting,
            Translation = CompanySettingsReader.ReadTranslation(m),
            Shares = CompanySettingsReader.ReadShares(m),
            Filing = CompanySettingsReader.ReadFiling(m),
            LargestShareholder = CompanySettingsReader.ReadLargestShareholder(m),
            DeclaredUnits = ReadUnits(m),
            ConceptFiles = ReadPaths(m, "concepts", required: true),
            Statements = calendar is null ? [] : ReadStatements(m, calendar),
            FactFiles = ReadFactFiles(m),
            NarrativeFiles = ReadPaths(m, "narrative", required: false),
            LayoutFiles = ReadPaths(m, "layout", required: false),
            ToFill = ReadToFill(m),
            Restatements = calendar is null ? [] : ReadRestatements(m, calendar),
        };
    }

    private static FiscalCalendar? ReadCalendar(MappingReader m)
    {
        var c = m.Mapping("fiscal_calendar", true, "year_end", "naming", "quarter_weeks", "extra_week_quarter", "period_names", "periods");
        if (c is null)
        {
            return null;
        }
        return ReadRuleCalendar(c) is { } rule ? WithListedPeriods(c, rule) : null;
    }

    private static readonly IReadOnlyDictionary<string, PeriodNameStyle> NameStyles = new Dictionary<string, PeriodNameStyle>(StringComparer.Ordinal)
    {
        ["number-first"] = PeriodNameStyle.NumberFirst,
        ["letter-first"] = PeriodNameStyle.LetterFirst,
    };

    /// <summary>
    /// <c>period_names</c> (number-first: 1Q24, or letter-first: Q1 FY2024) and <c>periods</c>: periods listed by name with their
    /// dates (<c>1Q23: 2022-09-25..2022-12-31</c>), which replace what the rule gives; a name must be FY2023, 1Q23, 1H FY2023 or 9M FY2023.
    /// </summary>
    private static FiscalCalendar WithListedPeriods(MappingReader c, FiscalCalendar rule)
    {
        var style = c.Choice("period_names", NameStyles) ?? PeriodNameStyle.NumberFirst;
        var listed = System.Collections.Immutable.ImmutableSortedDictionary.CreateBuilder<string, Period>(StringComparer.Ordinal);
        if (c.Raw("periods", required: false) is { } node)
        {
            if (node is not YamlDotNet.RepresentationModel.YamlMappingNode map)
            {
                c.Bag.Error(DiagnosticCodes.InvalidValue, "'periods' lists periods by name with their dates: '1Q23: 2022-09-25..2022-12-31'.", c.LocationOf("periods"));
            }
            else
            {
                foreach (var (k, v) in map.Children)
                {
                    var name = (k as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "";
                    var text = (v as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "";
                    if (!ListedName().IsMatch(name))
                    {
                        c.Bag.Error(DiagnosticCodes.InvalidValue, $"'{name}' is not a period name a calendar lists: FY2023, 1Q23, 1H FY2023 or 9M FY2023.", c.File.At(k));
                    }
                    else if (!Period.TryParseIso(text.Trim(), out var period) || !period!.IsDuration)
                    {
                        c.Bag.Error(DiagnosticCodes.InvalidValue, $"The dates of '{name}' must be a range of ISO dates, first..last (2022-09-25..2022-12-31).", c.File.At(v));
                    }
                    else
                    {
                        listed[name] = period; // a name listed twice is a duplicate key, reported by the YAML reader
                    }
                }
            }
        }
        return new FiscalCalendar(rule.YearEnd, rule.Naming, rule.QuarterWeeks, rule.ExtraWeekQuarter, listed.ToImmutable(), style);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(FY[0-9]{4}|[1-4]Q[0-9]{2}|[12]H FY[0-9]{4}|9M FY[0-9]{4})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ListedName();

    private static FiscalCalendar? ReadRuleCalendar(MappingReader c)
    {
        var yearEnd = c.String("year_end", required: true);
        var naming = c.Choice("naming", Namings, required: true);
        if (yearEnd is null || naming is null)
        {
            return null;
        }
        var parts = yearEnd.Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2001, month))
        {
            foreach (var weekly in new[] { "quarter_weeks", "extra_week_quarter" }.Where(c.Has))
            {
                c.Bag.Error(DiagnosticCodes.InvalidValue, $"'{weekly}' is for a 52/53-week year (a 'year_end' by weekday); this year ends on a date, and its quarters are months.", c.KeyLocationOf(weekly));
            }
            return new FiscalCalendar(month, day, naming.Value);
        }
        if (YearEndRules.Parse(yearEnd) is { } rule)
        {
            return WeeklyCalendar(c, rule, naming.Value);
        }
        c.Bag.Error(DiagnosticCodes.InvalidValue,
            "'year_end' must be the month and day the fiscal year ends, written MM-DD (\"03-31\"), or for a 52/53-week year "
            + "the weekday it ends on: \"last saturday of september\" or \"saturday nearest the end of september\".", c.LocationOf("year_end"));
        return null;
    }

    /// <summary>A 52/53-week calendar with its quarters' weeks (<c>quarter_weeks: [13, 13, 13, 13]</c>) and the quarter of the 53rd week.</summary>
    private static FiscalCalendar? WeeklyCalendar(MappingReader c, YearEnd rule, FiscalYearNaming naming)
    {
        var extra = c.Int("extra_week_quarter", 1, 4) ?? 4;
        var weeks = c.StringList("quarter_weeks");
        if (weeks is null)
        {
            return new FiscalCalendar(rule, naming, extraWeekQuarter: extra);
        }
        var numbers = weeks.Select(w => int.TryParse(w.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        if (numbers.Count != 4 || numbers.Any(n => n is < 1 or > 52) || numbers.Sum() != 52)
        {
            c.Bag.Error(DiagnosticCodes.InvalidValue, "'quarter_weeks' must be the weeks of the four quarters of a 52-week year, summing to 52 ([13, 13, 13, 13]).", c.LocationOf("quarter_weeks"));
            return null;
        }
        return new FiscalCalendar(rule, naming, numbers, extra);
    }

    private static ReportingSettings? ReadReporting(MappingReader m, FiscalCalendar calendar)
    {
        var r = m.Mapping("reporting", true, "framework", "currency", "scale", "current_year", "prior_year", "release_date", "audited", "release", "current_period",
            "xbrl_taxonomy", "xbrl_document_type");
        if (r is null)
        {
            return null;
        }
        var framework = r.String("framework", required: true);
        var currencyText = r.String("currency", required: true);
        var scale = r.Choice("scale", Scales, required: true);
        var current = ReadFiscalYear(r, "current_year", calendar);
        var prior = ReadFiscalYear(r, "prior_year", calendar);
        if (current is not null && prior is not null && prior.Start >= current.Start)
        {
            r.Bag.Error(DiagnosticCodes.InvalidValue, "'prior_year' must be a fiscal year before 'current_year'.", r.LocationOf("prior_year"));
            prior = null;
        }
        var release = r.Date("release_date", required: true);
        var audited = r.Bool("audited") ?? false;
        var taxonomy = ReadTaxonomyYear(r);
        var documentType = r.String("xbrl_document_type")?.Trim();
        var kind = r.Choice("release", ReleaseKinds.Names) ?? ReleaseKind.FullYear;
        var currentPeriod = current is null ? null : ReadCurrentPeriod(r, kind, current, calendar);
        Unit? currency = null;
        if (currencyText is not null)
        {
            currency = Unit.TryBuiltIn(currencyText.Trim());
            if (currency?.Kind != UnitKind.Currency)
            {
                r.Bag.Error(DiagnosticCodes.InvalidValue, "'currency' must be an ISO 4217 code such as JPY.", r.LocationOf("currency"));
                currency = null;
            }
        }
        if (framework is null || currency is null || scale is null || current is null || prior is null || release is null)
        {
            return null;
        }
        return new ReportingSettings
        {
            Framework = framework,
            Currency = currency,
            Scale = scale.Value,
            CurrentYear = current,
            PriorYear = prior,
            ReleaseDate = release.Value,
            Audited = audited,
            XbrlTaxonomyYear = taxonomy,
            XbrlDocumentType = string.IsNullOrEmpty(documentType) ? "Other" : documentType,
            Kind = kind,
            CurrentPeriod = currentPeriod ?? current,
        };
    }

    /// <summary><c>xbrl_taxonomy: us-gaap-2022</c>: a US-GAAP taxonomy year Kessan writes, or null when not given (or wrong, reported).</summary>
    private static int? ReadTaxonomyYear(MappingReader r)
    {
        if (r.String("xbrl_taxonomy")?.Trim() is not { } text)
        {
            return null;
        }
        const string Prefix = "us-gaap-";
        if (text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= ReportingSettings.FirstXbrlTaxonomyYear and <= ReportingSettings.LastXbrlTaxonomyYear)
        {
            return year;
        }
        r.Bag.Error(DiagnosticCodes.InvalidValue,
            $"'xbrl_taxonomy' must name a US-GAAP taxonomy Kessan writes, us-gaap-{ReportingSettings.FirstXbrlTaxonomyYear} to us-gaap-{ReportingSettings.LastXbrlTaxonomyYear}.",
            r.LocationOf("xbrl_taxonomy"));
        return null;
    }

    /// <summary>
    /// <c>current_period</c>: for a quarterly or half-year release, a quarter or half of the current year (required);
    /// for a full-year release, the year itself (which it defaults to).
    /// </summary>
    private static Period? ReadCurrentPeriod(MappingReader r, ReleaseKind kind, Period currentYear, FiscalCalendar calendar)
    {
        var text = r.String("current_period", required: kind is ReleaseKind.Quarter or ReleaseKind.Half);
        if (text is null)
        {
            return null;
        }
        var year = calendar.FiscalYearOf(currentYear.Start);
        var expected = kind switch
        {
            ReleaseKind.Quarter => Enumerable.Range(1, 4).Select(q => calendar.Quarter(year, q)).ToList(),
            ReleaseKind.Half => [calendar.Half(year, 1), calendar.Half(year, 2)],
            _ => [currentYear],
        };
        if (calendar.TryParse(text, out var period) && expected.Contains(period!))
        {
            return period;
        }
        var what = kind switch
        {
            ReleaseKind.Quarter => $"a quarter of {calendar.NameOf(currentYear)} ({calendar.NameOf(expected[0])} to {calendar.NameOf(expected[^1])})",
            ReleaseKind.Half => $"a half of {calendar.NameOf(currentYear)} ({calendar.NameOf(expected[0])} or {calendar.NameOf(expected[1])})",
            _ => $"the current year, {calendar.NameOf(currentYear)}",
        };
        r.Bag.Error(DiagnosticCodes.InvalidValue, $"'current_period' must be {what}, as 'release' says.", r.LocationOf("current_period"));
        return null;
    }

    private static Period? ReadFiscalYear(MappingReader r, string key, FiscalCalendar calendar)
    {
        var text = r.String(key, required: true);
        if (text is null)
        {
            return null;
        }
        if (calendar.TryParse(text, out var p) && p!.IsDuration)
        {
            return p;
        }
        r.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must name a fiscal year, such as FY2012.", r.LocationOf(key));
        return null;
    }

    private static ImmutableArray<Unit> ReadUnits(MappingReader m)
    {
        var units = ImmutableArray.CreateBuilder<Unit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in m.List("units") ?? [])
        {
            var u = m.File.AsMapping(node, "unit", "id", "label");
            var id = u?.String("id", required: true)?.Trim();
            if (u is null || id is null)
            {
                continue;
            }
            if (!Unit.IsDeclarableId(id))
            {
                m.Bag.Error(DiagnosticCodes.InvalidValue,
                    $"Unit id '{id}' is not allowed: use letters, digits and underscores, and do not redeclare a built-in unit (currency codes, shares, pure).",
                    u.LocationOf("id"));
                continue;
            }
            if (!seen.Add(id))
            {
                m.Bag.Error(DiagnosticCodes.DuplicateId, $"Unit '{id}' is declared twice.", u.LocationOf("id"));
                continue;
            }
            units.Add(Unit.Declare(id, u.String("label")));
        }
        return units.ToImmutable();
    }

    private static (string, SourceLocation)? ReadToFill(MappingReader m)
    {
        if (m.String("to_fill") is not { } path)
        {
            return null;
        }
        if (!IsPackagePath(path))
        {
            m.Bag.Error(DiagnosticCodes.InvalidValue, $"'{path}' is not a relative path inside the package (forward slashes, no '..').", m.LocationOf("to_fill"));
            return null;
        }
        return (path, m.LocationOf("to_fill"));
    }

    private static ImmutableArray<(string, SourceLocation)> ReadPaths(MappingReader m, string key, bool required)
    {
        var list = m.StringList(key, required) ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        foreach (var (text, location) in list)
        {
            if (!IsPackagePath(text))
            {
                m.Bag.Error(DiagnosticCodes.InvalidValue, $"'{text}' is not a relative path inside the package (forward slashes, no '..').", location);
                continue;
            }
            if (!seen.Add(text))
            {
                m.Bag.Error(DiagnosticCodes.DuplicateId, $"'{text}' is listed twice.", location);
                continue;
            }
            result.Add((text, location));
        }
        return result.ToImmutable();
    }

    internal static bool IsPackagePath(string text) =>
        text.Length > 0 && !text.StartsWith('/') && !text.Contains('\\', StringComparison.Ordinal)
        && !text.Split('/').Any(part => part is ".." or "." or "");

    private static ImmutableArray<StatementDefinition> ReadStatements(MappingReader m, FiscalCalendar calendar)
    {
        var result = ImmutableArray.CreateBuilder<StatementDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in m.List("statements") ?? [])
        {
            var s = m.File.AsMapping(node, "statement", "id", "title", "kind", "periods", "footing");
            if (s is null)
            {
                continue;
            }
            var id = s.String("id", required: true)?.Trim();
            var title = s.String("title", required: true);
            var kind = s.Choice("kind", Kinds, required: true);
            var footing = s.Choice("footing", Footings) ?? Footing.Rounding;
            var periods = ImmutableArray.CreateBuilder<Period>();
            foreach (var (text, location) in s.StringList("periods", required: true) ?? [])
            {
                if (calendar.TryParse(text, out var p))
                {
                    periods.Add(p!);
                }
                else
                {
                    m.Bag.Error(DiagnosticCodes.InvalidValue, $"'{text}' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, ...).", location);
                }
            }
            if (id is null || title is null || kind is null)
            {
                continue;
            }
            if (!seen.Add(id))
            {
                m.Bag.Error(DiagnosticCodes.DuplicateId, $"Statement '{id}' is defined twice.", s.LocationOf("id"));
                continue;
            }
            if (kind == StatementKind.BalanceSheet && periods.Any(p => p.IsDuration))
            {
                m.Bag.Error(DiagnosticCodes.InvalidValue, "A balance sheet's periods must be instants, such as FY2012-end.", s.LocationOf("periods"));
            }
            result.Add(new StatementDefinition
            {
                Id = id, Title = title.Trim(), Kind = kind.Value, Footing = footing, Periods = periods.ToImmutable(), Location = s.Location,
            });
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<Restatement> ReadRestatements(MappingReader m, FiscalCalendar calendar)
    {
        var result = ImmutableArray.CreateBuilder<Restatement>();
        foreach (var node in m.List("restatements") ?? [])
        {
            var r = m.File.AsMapping(node, "restatement", "concept", "period", "dims", "reason");
            var concept = r?.String("concept", required: true)?.Trim();
            var periodText = r?.String("period", required: true);
            var reason = r?.String("reason", required: true)?.Trim();
            if (r is null || concept is null || periodText is null || reason is null)
            {
                continue;
            }
            if (!calendar.TryParse(periodText, out var period) || period is null)
            {
                m.Bag.Error(DiagnosticCodes.PeriodMismatch, $"'{periodText.Trim()}' is not a period of the package's calendar (FY2012, 4Q12, FY2012-end).", r.LocationOf("period"));
                continue;
            }
            if (!DimensionSet.TryParse(r.String("dims"), out var dims))
            {
                m.Bag.Error(DiagnosticCodes.UnknownDimension, "'dims' is written Axis=Member, one member per axis, separated by ';'.", r.LocationOf("dims"));
                continue;
            }
            result.Add(new Restatement(concept, period, dims, reason, r.LocationOf("concept")));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<FactFileSpec> ReadFactFiles(MappingReader m)
    {
        var result = ImmutableArray.CreateBuilder<FactFileSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in m.List("facts", required: true) ?? [])
        {
            var f = m.File.AsMapping(node, "fact file", "file", "statement", "scale", "status");
            var path = f?.String("file", required: true)?.Trim();
            if (f is null || path is null)
            {
                continue;
            }
            if (!IsPackagePath(path))
            {
                m.Bag.Error(DiagnosticCodes.InvalidValue, $"'{path}' is not a relative path inside the package (forward slashes, no '..').", f.LocationOf("file"));
                continue;
            }
            if (!seen.Add(path))
            {
                m.Bag.Error(DiagnosticCodes.DuplicateId, $"Fact file '{path}' is listed twice.", f.LocationOf("file"));
                continue;
            }
            result.Add(new FactFileSpec(path, f.String("statement")?.Trim(), f.Choice("scale", Scales), f.Choice("status", FactStatusNames.ByName),
                f.LocationOf("file"), f.Has("statement") ? f.LocationOf("statement") : f.LocationOf("file")));
        }
        return result.ToImmutable();
    }
}
