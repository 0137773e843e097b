using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Store.Rollforward;

/// <summary>What a roll-forward wrote: the new package, or why there is none.</summary>
/// <param name="Package">The next period's package, or null.</param>
/// <param name="From">The period rolled from.</param>
/// <param name="To">The period rolled to.</param>
/// <param name="Filled">How many fact cells were filled from the store's published releases.</param>
/// <param name="ToFill">How many facts (and settings) are left for the user, listed in <c>to-fill.csv</c> (a fact reported in several cells counts once).</param>
/// <param name="Diagnostics">Problems loading the package rolled from.</param>
/// <param name="Refusal">Why nothing was written, or null.</param>
public sealed record RollforwardOutcome(PackageSnapshot? Package, string From, string To, int Filled, int ToFill,
    ImmutableArray<Diagnostic> Diagnostics, string? Refusal)
{
    /// <summary>
    /// The published release the new package was modelled on when the roll changes the kind of release (FY2012 → 1Q13 is
    /// modelled on 1Q12), named with its revision; null when the package given was rolled itself.
    /// </summary>
    public string? ModelledOn { get; init; }
}

/// <summary>
/// <c>kessan rollforward</c>: the next period's package from this one. Settings, concepts, layout and narrative are
/// carried over with every period they name shifted by the calendar (<see cref="PeriodTextShifter"/>); every fact
/// cell is then either filled with the value the store's published releases give its (shifted) fact — the
/// comparatives — or left empty and listed in <c>to-fill.csv</c>, which <c>check</c> turns into a to-do, one error
/// per fact still empty. Nothing is copied by hand and nothing is guessed: a fact the store has not published is the
/// user's to fill.
/// </summary>
public static class PackageRollforward
{
    /// <summary>The to-do list's name in the new package.</summary>
    public const string ToFillFile = "to-fill.csv";

    /// <summary>Rolls <paramref name="source"/> forward to the period named <paramref name="target"/>.</summary>
    public static RollforwardOutcome Run(PackageSnapshot source, IFactStore? store, string target) => Run(source, store, target, modelled: false);

    private static RollforwardOutcome Run(PackageSnapshot source, IFactStore? store, string target, bool modelled)
    {
        ArgumentNullException.ThrowIfNull(source);
        var input = new SnapshotPackageSource(source);
        var load = PackageLoader.Load(input);
        if (load.Package is not { } package || load.HasErrors)
        {
            return Refused(load.Diagnostics, "", target, "the package rolled from has errors (above); fix them first.");
        }
        var calendar = package.Calendar;
        var current = package.Reporting.CurrentPeriod;
        var from = calendar.NameOf(current);
        if (!calendar.TryParse(target, out var to) || to is null)
        {
            return Refused([], from, target, $"'{target}' is not a period of the package's calendar (FY2013, 1Q14).");
        }
        var years = YearsTo(calendar, current, to);
        if (years == 0)
        {
            return modelled
                ? Refused([], from, target, $"the release modelled on reports {from}, not the period its revision names.")
                : ToAnotherKind(store, package, from, to);
        }
        var manifest = ManifestReader.Read(input, new DiagnosticBag())!;
        var shifter = new PeriodTextShifter(calendar, years);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ManifestReader.FileName] = WithoutToFill(shifter.ShiftManifest(input.ReadAllText(ManifestReader.FileName))),
        };
        foreach (var path in manifest.ConceptFiles.Select(c => c.Path).Concat(manifest.FactFiles.Select(f => f.Path))
                     .Concat(manifest.NarrativeFiles.Select(n => n.Path)).Concat(manifest.LayoutFiles.Select(l => l.Path)))
        {
            if (input.Exists(path))
            {
                var text = input.ReadAllText(path);
                files[path] = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? shifter.ShiftYaml(text) : shifter.Shift(text);
            }
        }

        var shifted = PackageLoader.Load(new InMemoryPackageSource(source.Name, files));
        if (shifted.Package is not { } next)
        {
            return Refused(shifted.Diagnostics, from, target, "the package cannot be read once its periods are shifted.");
        }
        var (published, covered, releases) = Published(store, package.Company.ShortName);
        var edits = new Dictionary<string, List<(int Line, int Column, string Text)>>(StringComparer.Ordinal);
        var empty = new List<(string File, int Line, int Column, Fact Fact)>();
        var notes = new Dictionary<(string File, int Line), SortedSet<string>>();
        var filled = 0;
        foreach (var fact in next.Facts.All)
        {
            var key = (fact.ConceptId, fact.Period, fact.Dimensions.ToString(), fact.Key.UnitId, fact.Status);
            published.TryGetValue(key, out var value);
            // A period a published release reports, without this fact: the comparative is nothing, and its cell stays empty.
            var none = value is null && covered.Contains((fact.Period, fact.Status));
            foreach (var report in fact.Reports)
            {
                var at = report.Source;
                if (at.Line == 0 || at.Column == 0 || CsvCellEditor.CellAt(files[at.Path], at.Line, at.Column) is not { } original)
                {
                    continue;
                }
                var text = value is null ? null : CellText.Like(original, report.Value, value.Value, report.Precision.Decimals ?? 0);
                if (text is null && !none)
                {
                    empty.Add((at.Path, at.Line, at.Column, fact));
                }
                else if (text is not null)
                {
                    filled++;
                }
                Edits(edits, at.Path).Add((at.Line, at.Column, text ?? ""));
                if (report.Note is not null)
                {
                    // The row's note named where its old value came from: it now names the release its value is from.
                    if (!notes.TryGetValue((at.Path, at.Line), out var sources))
                    {
                        notes[(at.Path, at.Line)] = sources = new SortedSet<string>(StringComparer.Ordinal);
                    }
                    if (text is not null)
                    {
                        sources.Add(releases[key]);
                    }
                }
            }
        }
        foreach (var ((path, noteLine), sources) in notes)
        {
            if (CsvCellEditor.CellStart(files[path], noteLine, CsvCellEditor.ColumnIndex(files[path], "note")) is { } noteColumn)
            {
                Edits(edits, path).Add((noteLine, noteColumn, sources.Count == 0 ? "" : "Published in " + string.Join("; ", sources) + " (kessan rollforward)"));
            }
        }
        var toFill = new List<string>();
        foreach (var path in edits.Keys)
        {
            files[path] = files[path].TrimEnd('\n') + $"\n# kessan rollforward {from} → {calendar.NameOf(to)}: values from published releases, or empty to fill in ({ToFillFile}).\n" +
                "# The comments above were carried over with their periods shifted: review their wording.\n";
        }
        AddMissingComparatives(package, next, calendar, published, covered, files, manifest, toFill);
        var moved = new Dictionary<string, Dictionary<(int, int), int>>(StringComparer.Ordinal);
        foreach (var (path, list) in edits)
        {
            (files[path], moved[path]) = CsvCellEditor.Edit(files[path], list);
        }
        foreach (var (path, emptyLine, emptyColumn, fact) in empty)
        {
            toFill.Add(Row(path, emptyLine, moved[path][(emptyLine, emptyColumn)], fact.ConceptId, calendar.NameOf(fact.Period), fact.Dimensions.ToString(),
                StoredFact.StatusName(fact.Status)));
        }
        if (RateLine(files[ManifestReader.FileName]) is var (line, column) && package.Translation is { } translation)
        {
            toFill.Add(Row(ManifestReader.FileName, line, column, "setting:convenience_translation.rate",
                translation.RateDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", ""));
        }
        if (toFill.Count > 0)
        {
            files[ToFillFile] = "file,line,column,concept,period,dims,status\n" + string.Concat(toFill.Select(r => r + "\n"));
            files[ManifestReader.FileName] += "\n# Written by kessan rollforward: the facts still to fill in. 'kessan check' lists them;\n" +
                "# once every one is filled, this line and the file may go.\nto_fill: " + ToFillFile + "\n";
        }
        var package2 = new PackageSnapshot(source.Name, files.Select(f => SnapshotFile.Of(f.Key, Encoding.UTF8.GetBytes(f.Value))));
        var facts = empty.Select(e => e.Fact.Key).Distinct().Count() + toFill.Count - empty.Count;
        return new RollforwardOutcome(package2, from, calendar.NameOf(to), filled, facts, load.Diagnostics, null);
    }

    /// <summary>
    /// A roll that changes the kind of release (a year-end to a quarter, a quarter to the next, the fourth quarter to the
    /// year-end) is modelled on the latest published release of the target's kind — FY2012 → 1Q13 on 1Q12, whose
    /// statements, layout and narrative are a first quarter's — rolled forward by whole years, with its comparatives from
    /// every published release (1Q13's balance sheet compares with FY2012's year-end, as the year-end release published it).
    /// Without such a release there is nothing true to model the new one on, and the roll is refused saying what to publish.
    /// </summary>
    private static RollforwardOutcome ToAnotherKind(IFactStore? store, ReleasePackage package, string from, Period to)
    {
        var calendar = package.Calendar;
        var company = package.Company.ShortName;
        var target = calendar.NameOf(to);
        Revision? model = null;
        var nearest = int.MaxValue;
        foreach (var revision in store?.Log(company) ?? [])
        {
            if (revision.IsPublished && calendar.TryParse(revision.Period, out var period) && period is not null
                && YearsTo(calendar, period, to) is > 0 and var years && years < nearest)
            {
                (model, nearest) = (revision, years);
            }
        }
        if (model is null)
        {
            var last = calendar.NameOf(calendar.Shift(to, -1));
            return Refused([], from, target,
                $"{from} → {target} changes the kind of release, so the new package is modelled on the latest published release of its kind " +
                $"({last} or an earlier year's), and {(store is null ? "there is no store" : $"the store has none for {company}")}. " +
                $"Import and publish {last} (kessan store import, kessan store publish), or roll forward a package of {target}'s kind.");
        }
        var outcome = Run(store!.Files(model), store, target, modelled: true);
        return outcome with { ModelledOn = $"{model.Company} {model.Period} (revision {model.ShortId})" };
    }

    /// <summary>How many whole years on <paramref name="from"/> <paramref name="to"/> is (the same period of a later year), or 0.</summary>
    private static int YearsTo(FiscalCalendar calendar, Period from, Period to) =>
        Enumerable.Range(1, 20).FirstOrDefault(n => calendar.Shift(from, n) == to);

    /// <summary>
    /// Adds, in a comparatives file beside the file that reported it, each actual result of a statement for the year rolled
    /// from (a comparative of the new package's statements) that no shifted cell holds.
    /// </summary>
    private static void AddMissingComparatives(ReleasePackage package, ReleasePackage next, FiscalCalendar calendar,
        Dictionary<(string, Period, string, string, FactStatus), decimal?> published, HashSet<(Period, FactStatus)> covered,
        SortedDictionary<string, string> files, Manifest manifest, List<string> toFill)
    {
        var year = package.Reporting.CurrentYear;
        var comparatives = new Dictionary<string, ComparativesFile>(StringComparer.Ordinal);
        foreach (var fact in package.Facts.All)
        {
            var inYear = fact.Status == FactStatus.Actual && fact.Period.Start >= year.Start && fact.Period.End <= year.End
                && fact.Reports.Any(r => r.StatementId is not null);
            if (!inYear || next.Facts.Find(fact.ConceptId, fact.Period, fact.Dimensions, fact.Status) is not null)
            {
                continue;
            }
            published.TryGetValue((fact.ConceptId, fact.Period, fact.Dimensions.ToString(), fact.Key.UnitId, fact.Status), out var value);
            if (value is null && covered.Contains((fact.Period, fact.Status)))
            {
                continue; // the published release of that period does not state it
            }
            var source = fact.Source.Path;
            if (!comparatives.TryGetValue(source, out var file))
            {
                comparatives[source] = file = new ComparativesFile(source);
            }
            var periodName = calendar.NameOf(fact.Period);
            var (line, column) = file.Add(fact, periodName, value);
            if (value is null)
            {
                toFill.Add(Row(file.Path, line, column, fact.ConceptId, periodName, fact.Dimensions.ToString(), StoredFact.StatusName(fact.Status)));
            }
        }
        foreach (var (source, file) in comparatives)
        {
            files[file.Path] = file.Text;
            var statement = manifest.FactFiles.FirstOrDefault(f => f.Path == source)?.StatementId;
            files[ManifestReader.FileName] = WithFactFile(files[ManifestReader.FileName], file.Path, statement);
        }
    }

    /// <summary>package.yaml with <paramref name="path"/> added at the end of its <c>facts:</c> list.</summary>
    private static string WithFactFile(string manifest, string path, string? statement)
    {
        var lines = manifest.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith("facts:", StringComparison.Ordinal));
        if (start < 0)
        {
            return manifest;
        }
        var end = start + 1;
        var indent = "  ";
        var last = start;
        for (; end < lines.Count; end++)
        {
            var l = lines[end];
            if (l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#'))
            {
                break;
            }
            if (l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                indent = l[..(l.Length - l.TrimStart().Length)];
            }
            if (l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            {
                last = end;
            }
        }
        var entry = new List<string> { $"{indent}- file: {path}" };
        if (statement is not null)
        {
            entry.Add($"{indent}  statement: {statement}");
        }
        lines.InsertRange(last + 1, entry);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The value each fact key has in the latest published release that states it, and every period (with status) some
    /// published release reports.
    /// </summary>
    private static (Dictionary<(string, Period, string, string, FactStatus), decimal?> Values, HashSet<(Period, FactStatus)> Covered,
        Dictionary<(string, Period, string, string, FactStatus), string> Releases) Published(IFactStore? store, string company)
    {
        var values = new Dictionary<(string, Period, string, string, FactStatus), decimal?>();
        var releases = new Dictionary<(string, Period, string, string, FactStatus), string>();
        var covered = new HashSet<(Period, FactStatus)>();
        foreach (var (revision, f) in store?.PublishedFacts(company) ?? [])
        {
            if (values.TryAdd(f.Key, f.Value))
            {
                releases[f.Key] = $"{revision.Company} {revision.Period} (revision {revision.ShortId})";
            }
            covered.Add((f.Period, f.Status));
        }
        return (values, covered, releases);
    }

    private static List<(int, int, string)> Edits(Dictionary<string, List<(int, int, string)>> edits, string path)
    {
        if (!edits.TryGetValue(path, out var list))
        {
            edits[path] = list = [];
        }
        return list;
    }

    /// <summary>The line and column of the translation rate's value in package.yaml, or null.</summary>
    private static (int, int)? RateLine(string manifest)
    {
        var lines = manifest.Split('\n');
        var inTranslation = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                inTranslation = line.StartsWith("convenience_translation:", StringComparison.Ordinal);
            }
            else if (inTranslation && line.TrimStart().StartsWith("rate:", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var value = colon + 1 + (line.Length - colon - 1 - line[(colon + 1)..].TrimStart().Length);
                return (i + 1, value + 1);
            }
        }
        return null;
    }

    private static string WithoutToFill(string manifest) =>
        string.Join('\n', manifest.Split('\n').Where(l => !l.StartsWith("to_fill:", StringComparison.Ordinal)
            && !l.StartsWith("# Written by kessan rollforward", StringComparison.Ordinal) && !l.StartsWith("# once every one is filled", StringComparison.Ordinal)));

    private static string Row(string file, int line, int column, string concept, string period, string dims, string status) =>
        string.Join(',', new[] { file, line.ToString(CultureInfo.InvariantCulture), column.ToString(CultureInfo.InvariantCulture), concept, period, dims, status }
            .Select(CsvCellEditor.Quote));

    private static RollforwardOutcome Refused(ImmutableArray<Diagnostic> diagnostics, string from, string to, string why) =>
        new(null, from, to, 0, 0, diagnostics, why);
}
