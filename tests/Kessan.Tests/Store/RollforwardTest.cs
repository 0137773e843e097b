using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Store;
using Kessan.Store.Importing;
using Kessan.Store.Model;
using Kessan.Store.Rollforward;
using Kessan.Store.Snapshots;
using Kessan.Testing;

namespace Kessan.Tests.Store;

/// <summary>
/// The sample rolled forward from FY2012 to FY2013 through the store: comparatives from the published release, a to-do
/// of exactly the new period's facts, and a release once they are filled with a consistent set of numbers.
/// </summary>
public sealed class RollforwardTest
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void The_sample_rolls_forward_to_FY2013_with_its_comparatives_from_the_store_and_builds_once_filled(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var revision = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "FY2012", null).Revision!;
        store.Publish(revision, "officer").Error.ShouldBeNull();
        var sample = ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!;

        var outcome = PackageRollforward.Run(store.Files(revision), store, "FY2013");

        outcome.Refusal.ShouldBeNull();
        (outcome.From, outcome.To).ShouldBe(("FY2012", "FY2013"));
        var rolled = new SnapshotPackageSource(outcome.Package!);
        var load = PackageLoader.Load(rolled);
        var next = load.Package!;
        next.Reporting.CurrentYear.ShouldBe(sample.Calendar.FiscalYear(2013));
        next.Reporting.PriorYear.ShouldBe(sample.Calendar.FiscalYear(2012));

        // Every comparative is the published value, as its cell's scale shows it (FY2011's net income in a millions table
        // is the published thousands figure rounded to millions), and there are a year's worth of them.
        var comparatives = next.Facts.All.Where(f => sample.Facts.Find(f.ConceptId, f.Period, f.Dimensions, f.Status) is not null).ToList();
        comparatives.Count.ShouldBeGreaterThan(250);
        foreach (var f in comparatives)
        {
            f.Value.ShouldBe(f.Precision.Round(sample.Facts.Find(f.ConceptId, f.Period, f.Dimensions, f.Status)!.Value), f.ToString());
        }
        next.Facts.Find("Revenues", sample.Calendar.FiscalYear(2012))!.Value.ShouldBe(106_248_486_000m);

        // A row's note named where its old value came from: now the release its value is from, or nothing when it is to fill.
        var earlier = rolled.ReadAllText("facts/prior-periods.csv");
        earlier.ShouldContain($"Revenues,FY2011,thousands,\"97,314,605\",Published in IIJ FY2012 (revision {revision.ShortId}) (kessan rollforward)");
        earlier.ShouldContain("Revenues,1H FY2013,millions,,\n");
        earlier.ShouldNotContain("Nov 8, 2012");

        // check lists only what is new: one KSN601 per fact of a period the published release does not hold, and the rate.
        load.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.ToFill);
        load.Diagnostics.Length.ShouldBe(outcome.ToFill);
        var toFill = ToFillRows(rolled);
        var published = sample.Facts.All.Select(f => (f.Period, f.Status)).ToHashSet();
        toFill.Where(r => r.Concept != "setting:convenience_translation.rate").Where(r => published.Contains((Parse(next, r.Period), r.Status)))
            .ShouldBeEmpty("a period the published release holds is never to fill");
        toFill.ShouldContain(r => r.Concept == "Revenues" && r.Period == "FY2013" && r.Dims.Length == 0);
        var check = ReleasePipeline.Run(rolled);
        check.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.ToFill, "nothing but the to-do until it is done");
    }

    /// <summary>
    /// A year whose successor is known and consistent: the store holds IIJ's FY2011 as published (the sample's FY2011
    /// facts), the package rolled from is a FY2011 release (the sample with every period a year earlier), and the to-do of
    /// FY2012 is filled with the sample's own FY2012 figures. The result checks clean and builds: the sample again.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_rolled_forward_package_filled_with_a_consistent_year_builds_a_release(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var sample = ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!;
        var fy2011 = sample.Reporting.PriorYear;
        var published = sample.Facts.All.Where(f => f.Status == FactStatus.Actual && f.Period.End <= fy2011.End)
            .Select(f => StoredFact.From(f, sample.Calendar)).ToImmutableArray();
        var snapshot = new PackageSnapshot("iij-fy2011", [SnapshotFile.Of("package.yaml", Encoding.UTF8.GetBytes("# IIJ FY2011, as published\n"))]);
        var revision = store.Import(snapshot, published, new ImportRequest("IIJ", "FY2011", "alice", "FY2011 as published")).Value!;
        store.Publish(revision, "officer").Error.ShouldBeNull();
        var earlier = Shifted(-1);

        var outcome = PackageRollforward.Run(earlier, store, "FY2012");

        outcome.Refusal.ShouldBeNull();
        var rolled = new SnapshotPackageSource(outcome.Package!);
        var toFill = ToFillRows(rolled);
        toFill.ShouldNotBeEmpty();
        var filled = Fill(outcome.Package!, sample, toFill);
        var result = ReleasePipeline.Run(new SnapshotPackageSource(filled));
        result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        result.Package!.Facts.Find("Revenues", sample.Reporting.CurrentYear)!.Value.ShouldBe(106_248_486_000m);
        result.Package.Facts.Find("Revenues", fy2011)!.Value.ShouldBe(97_314_605_000m, "the comparative, from the store");
    }

    [Fact]
    public void A_roll_to_another_kind_of_release_with_none_of_that_kind_published_is_refused_naming_what_to_publish()
    {
        var snapshot = PackageSnapshotReader.Read(SamplePackages.IijFy2012Path, new DiagnosticBag())!;

        var outcome = PackageRollforward.Run(snapshot, null, "1Q13");

        outcome.Package.ShouldBeNull();
        outcome.Refusal!.ShouldContain("FY2012 → 1Q13 changes the kind of release");
        outcome.Refusal!.ShouldContain("Import and publish 1Q12");
    }

    /// <summary>
    /// Apple's second quarter rolled to the first quarter of the next year: the new package is the published 1Q23 release
    /// rolled forward a year (a first quarter's statements, layout and narrative), with 1Q23's figures as its comparatives.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_roll_to_another_kind_of_release_is_modelled_on_the_latest_published_release_of_that_kind(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var model = PackageImport.Run(store, SamplePackages.Apple1Q23Path, "alice", "1Q23", null).Revision!;
        store.Publish(model, "officer").Error.ShouldBeNull();
        var secondQuarter = WithLine(PackageSnapshotReader.Read(SamplePackages.Apple1Q23Path, new DiagnosticBag())!,
            "  current_period: 1Q23", "  current_period: 2Q23");
        PackageLoader.Load(new SnapshotPackageSource(secondQuarter)).Package!.Calendar.NameOf(
            PackageLoader.Load(new SnapshotPackageSource(secondQuarter)).Package!.Reporting.CurrentPeriod).ShouldBe("2Q23");

        var outcome = PackageRollforward.Run(secondQuarter, store, "1Q24");

        outcome.Refusal.ShouldBeNull();
        outcome.ModelledOn.ShouldBe($"Apple 1Q23 (revision {model.ShortId})");
        (outcome.From, outcome.To).ShouldBe(("1Q23", "1Q24"));
        var direct = PackageRollforward.Run(store.Files(model), store, "1Q24");
        outcome.Package!.Files.Select(f => (f.Path, f.Hash)).ShouldBe(direct.Package!.Files.Select(f => (f.Path, f.Hash)));
        outcome.Filled.ShouldBeGreaterThan(0);
        var next = PackageLoader.Load(new SnapshotPackageSource(outcome.Package));
        next.Package!.Calendar.NameOf(next.Package.Reporting.CurrentPeriod).ShouldBe("1Q24");
        next.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.ToFill);
        var apple = ReleasePipeline.Run(SamplePackages.Apple1Q23Path).Package!;
        var comparative = next.Package.Facts.Find("NetSales", apple.Reporting.CurrentPeriod);
        comparative.ShouldNotBeNull("1Q23's net sales, the comparative of 1Q24, come from the published release");
        comparative.Value.ShouldBe(117_154_000_000m);
    }

    /// <summary>
    /// A quarter of IIJ rolled to the year-end (4Q12 → FY2012 is 3Q12 → FY2012 here): modelled on the published FY2011
    /// year-end release (the sample a year back), so the new package is a full-year release with FY2011 as comparatives.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_quarter_rolled_to_the_year_end_is_modelled_on_the_last_year_end_release(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var sample = ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!;
        // The sample a year back stands for IIJ's FY2011 year-end release, stored as published (its own figures are the
        // sample's, a year early, so the stock split of October 2012 falls outside it: it is a model of structure only).
        var fy2011 = WithLine(Shifted(-1), "    required: [FY2011]", "    required: [FY2010]", "concepts/equity.yaml");
        var load = PackageLoader.Load(new SnapshotPackageSource(fy2011));
        load.HasErrors.ShouldBeFalse();
        var facts = load.Package!.Facts.All.Select(f => StoredFact.From(f, sample.Calendar)).ToImmutableArray();
        var model = store.Import(fy2011, facts, new ImportRequest("IIJ", "FY2011", "alice", "FY2011")).Value!;
        store.Publish(model, "officer").Error.ShouldBeNull();
        var thirdQuarter = WithLine(WithLine(PackageSnapshotReader.Read(SamplePackages.IijFy2012Path, new DiagnosticBag())!,
            "  current_year: FY2012", "  current_year: FY2012\n  current_period: 3Q12"),
            "  release: full-year-and-fourth-quarter   # what the release reports: titles and footers say \"FY2012 and 4Q12 results\"", "  release: quarter");

        var outcome = PackageRollforward.Run(thirdQuarter, store, "FY2012");

        outcome.Refusal.ShouldBeNull(string.Join('\n', outcome.Diagnostics));
        outcome.ModelledOn.ShouldBe($"IIJ FY2011 (revision {model.ShortId})");
        var next = PackageLoader.Load(new SnapshotPackageSource(outcome.Package!)).Package!;
        next.Reporting.CurrentYear.ShouldBe(sample.Reporting.CurrentYear);
        next.Facts.Find("Revenues", sample.Reporting.PriorYear)!.Value.ShouldBe(load.Package!.Facts.Find("Revenues", sample.Reporting.PriorYear)!.Value,
            "the comparative, as the published FY2011 release states it");
        next.Facts.Find("Revenues", sample.Reporting.CurrentYear).ShouldBeNull("the new year's figure is the user's to fill");
    }

    [Fact]
    public void Without_a_store_every_fact_is_left_to_fill_in()
    {
        var snapshot = PackageSnapshotReader.Read(SamplePackages.Apple1Q23Path, new DiagnosticBag())!;

        var outcome = PackageRollforward.Run(snapshot, null, "1Q24");

        outcome.Refusal.ShouldBeNull();
        outcome.Filled.ShouldBe(0);
        var load = PackageLoader.Load(new SnapshotPackageSource(outcome.Package!));
        load.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.ToFill);
        load.Package!.Facts.Count.ShouldBe(0);
        load.Diagnostics.Length.ShouldBe(outcome.ToFill);
    }

    [Fact]
    public void Period_names_and_dates_shift_by_the_calendar_but_history_does_not()
    {
        var calendar = PackageLoader.Load(SamplePackages.IijFy2012Path).Package!.Calendar;
        var shifter = new PeriodTextShifter(calendar, 1);

        shifter.Shift("FY2012 vs FY2011, 4Q12, 2Q12-end, 1H FY2012, Q3 2024, 2013-05-15, FY20123, A1Q12")
            .ShouldBe("FY2013 vs FY2012, 4Q13, 2Q13-end, 1H FY2013, Q3 2025, 2014-05-15, FY20123, A1Q12");
        shifter.ShiftManifest("reporting:\n  current_year: FY2012\nshares:\n  splits:\n    - effective: 2012-10-01\nfiscal_calendar:\n  periods:\n    FY2012: 2012-04-01\n")
            .ShouldBe("reporting:\n  current_year: FY2013\nshares:\n  splits:\n    - effective: 2012-10-01\nfiscal_calendar:\n  periods:\n    FY2012: 2012-04-01\n");
    }

    [Fact]
    public void A_52_53_week_quarter_end_shifts_to_the_same_quarter_end_a_year_on()
    {
        var calendar = PackageLoader.Load(SamplePackages.Apple1Q23Path).Package!.Calendar;

        new PeriodTextShifter(calendar, 1).Shift("2022-12-31").ShouldBe("2023-12-30", "Apple's first quarter of fiscal 2024 ended December 30, 2023");
    }

    private sealed record ToFillRow(string File, int Line, int Column, string Concept, string Period, string Dims, FactStatus Status);

    private static List<ToFillRow> ToFillRows(IPackageSource package) =>
        [.. package.ReadAllText(PackageRollforward.ToFillFile).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => Csv(line))
            .Select(c => new ToFillRow(c[0], int.Parse(c[1], CultureInfo.InvariantCulture), int.Parse(c[2], CultureInfo.InvariantCulture), c[3], c[4], c[5],
                c[6].Length == 0 ? FactStatus.Actual : FactStatusNames.ByName[c[6]]))];

    private static string[] Csv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static Period Parse(ReleasePackage package, string name)
    {
        package.Calendar.TryParse(name, out var period).ShouldBeTrue(name);
        return period!;
    }

    /// <summary>Fills every to-fill cell with the sample's figure for its fact, written as the sample writes it.</summary>
    private static PackageSnapshot Fill(PackageSnapshot package, ReleasePackage sample, List<ToFillRow> rows)
    {
        var files = package.Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString([.. f.Content]), StringComparer.Ordinal);
        var calendar = sample.Calendar;
        foreach (var group in rows.GroupBy(r => r.File))
        {
            var edits = new List<(int, int, string)>();
            foreach (var r in group)
            {
                if (r.Concept == "setting:convenience_translation.rate")
                {
                    continue;
                }
                var period = Parse(sample, r.Period);
                var dims = r.Dims.Length == 0 ? DimensionSet.Empty : DimensionSet.Of(r.Dims.Split(';').Select(d => d.Split('=')).Select(d => new DimensionValue(d[0], d[1])));
                var fact = sample.Facts.Find(r.Concept, period, dims, r.Status);
                fact.ShouldNotBeNull($"{r.Concept} {r.Period}: the sample has it");
                var report = fact.Reports.FirstOrDefault(x => x.Source.Path == r.File) ?? fact.Reports[0];
                var original = CsvCellEditor.CellAt(SampleFile(report.Source.Path), report.Source.Line, report.Source.Column)!;
                edits.Add((r.Line, r.Column, CellText.Like(original, report.Value, report.Value, report.Precision.Decimals ?? 0)!));
            }
            files[group.Key] = CsvCellEditor.Replace(files[group.Key], edits);
        }
        // The rate and its date of March 29, 2013 are the sample's: the user confirms them by deleting the rate's to-do.
        files[PackageRollforward.ToFillFile] = string.Join('\n', files[PackageRollforward.ToFillFile].Split('\n')
            .Where(l => !l.Contains("setting:convenience_translation.rate", StringComparison.Ordinal)));
        return new PackageSnapshot(package.Name, files.Select(f => SnapshotFile.Of(f.Key, Encoding.UTF8.GetBytes(f.Value))));
    }

    /// <summary>The sample with every period it names shifted by <paramref name="years"/> (FY2011 for -1).</summary>
    private static PackageSnapshot Shifted(int years)
    {
        var shifter = new PeriodTextShifter(PackageLoader.Load(SamplePackages.IijFy2012Path).Package!.Calendar, years);
        var source = PackageSnapshotReader.Read(SamplePackages.IijFy2012Path, new DiagnosticBag())!;
        return new PackageSnapshot("iij-shifted", source.Files.Select(f => SnapshotFile.Of(f.Path, Encoding.UTF8.GetBytes(
            f.Path == "package.yaml" ? shifter.ShiftManifest(Encoding.UTF8.GetString([.. f.Content]))
            : f.Path.EndsWith(".yaml", StringComparison.Ordinal) ? shifter.ShiftYaml(Encoding.UTF8.GetString([.. f.Content]))
            : shifter.Shift(Encoding.UTF8.GetString([.. f.Content]))))));
    }

    /// <summary>The package with a line of one of its files replaced wherever it stands.</summary>
    private static PackageSnapshot WithLine(PackageSnapshot package, string line, string replacement, string path = "package.yaml")
    {
        var text = Encoding.UTF8.GetString([.. package.Files.Single(f => f.Path == path).Content]);
        text.ShouldContain(line + "\n");
        var changed = SnapshotFile.Of(path, Encoding.UTF8.GetBytes(text.Replace(line + "\n", replacement + "\n", StringComparison.Ordinal)));
        return new(package.Name, package.Files.Select(f => f.Path == path ? changed : f));
    }

    private static string SampleFile(string path) => File.ReadAllText(Path.Combine(SamplePackages.IijFy2012Path, path));
}
