using System.Collections.Immutable;
using Kessan.Model;
using Kessan.Store;
using Kessan.Store.Importing;
using Kessan.Store.Model;
using Kessan.Store.Queries;
using Kessan.Store.Snapshots;
using Kessan.Testing;

namespace Kessan.Tests.Store;

/// <summary>The fact store, the same cases on SQLite and on PostgreSQL.</summary>
public sealed class FactStoreTest
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void An_imported_package_exports_byte_for_byte(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var outcome = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "FY2012 release", null);
        outcome.Refusal.ShouldBeNull();
        var revision = outcome.Revision!;
        revision.Company.ShouldBe("IIJ");
        revision.Period.ShouldBe("FY2012");
        revision.Parent.ShouldBeNull();

        var export = Path.Combine(test.Folder, "export");
        PackageSnapshotReader.Write(store.Files(revision), export).ShouldBeNull();
        var original = Directory.EnumerateFiles(SamplePackages.IijFy2012Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SamplePackages.IijFy2012Path, f)).Order(StringComparer.Ordinal).ToList();
        Directory.EnumerateFiles(export, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(export, f))
            .Order(StringComparer.Ordinal).ShouldBe(original);
        foreach (var file in original)
        {
            File.ReadAllBytes(Path.Combine(export, file)).ShouldBe(File.ReadAllBytes(Path.Combine(SamplePackages.IijFy2012Path, file)), file);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Every_fact_is_stored_exactly_with_its_precision_and_source(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var revision = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "FY2012", null).Revision!;
        var package = ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!;

        var stored = store.Facts(revision);
        stored.Length.ShouldBe(package.Facts.Count);
        revision.FactCount.ShouldBe(package.Facts.Count);
        for (var i = 0; i < stored.Length; i++)
        {
            var fact = package.Facts.All[i];
            var s = stored[i];
            (s.Concept, s.Period, s.Dimensions, s.Unit, s.Status).ShouldBe((fact.ConceptId, fact.Period, fact.Dimensions.ToString(), fact.Key.UnitId, fact.Status));
            s.Value.ShouldBe(fact.Value, fact.ToString());
            ConceptHistory.ParsePrecision(s.Precision).ShouldBe(fact.Precision);
            (s.SourceFile, s.SourceLine, s.SourceColumn).ShouldBe((fact.Source.Path, fact.Source.Line, fact.Source.Column));
        }
        stored.ShouldContain(f => f.Value == 8.75m && f.Status == FactStatus.Forecast, "a decimal per-share amount, exactly");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_package_with_errors_is_refused_and_nothing_is_stored(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var broken = SamplePackages.IijFy2012().With("facts/income-statement.csv",
            SamplePackages.IijFy2012().Files["facts/income-statement.csv"].Replace("Revenues,\"97,314,605\"", "Revenues,\"97,314,606\"", StringComparison.Ordinal));
        var folder = WritePackage(test, broken);

        var outcome = PackageImport.Run(store, folder, "alice", "broken", null);

        outcome.Revision.ShouldBeNull();
        outcome.Refusal!.ShouldContain("errors");
        outcome.Diagnostics.ShouldContain(d => d.IsError);
        store.Log().ShouldBeEmpty();
        store.Verify().ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Revisions_chain_on_their_period_and_are_named_by_a_unique_prefix(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var first = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "first", null).Revision!;
        var second = PackageImport.Run(store, SamplePackages.IijFy2012Path, "bob", "second", null).Revision!;
        var apple = PackageImport.Run(store, SamplePackages.Apple1Q23Path, "carol", "Apple", null).Revision!;

        second.Parent.ShouldBe(first.Id);
        apple.Parent.ShouldBeNull("another company's period starts its own chain");
        store.Log().Select(r => r.Id).ShouldBe([apple.Id, second.Id, first.Id]);
        store.Log(company: "IIJ").Select(r => r.Id).ShouldBe([second.Id, first.Id]);
        store.Log(period: "1Q23").Select(r => r.Id).ShouldBe([apple.Id]);
        second.ContentHash.ShouldBe(first.ContentHash, "the same files");
        second.Id.ShouldNotBe(first.Id);

        store.Find(first.Id[..6]).Value!.Id.ShouldBe(first.Id);
        store.Find(first.Id.ToUpperInvariant()).Value!.Id.ShouldBe(first.Id);
        store.Find("abc").Error!.ShouldContain("4 to 64");
        store.Find("zzzz").Error!.ShouldContain("not a revision id");
        store.Find(new string('0', 64)).Error!.ShouldContain("no revision");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void An_import_on_top_of_a_stale_parent_is_refused(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var first = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "first", null).Revision!;
        var bob = PackageImport.Run(store, SamplePackages.IijFy2012Path, "bob", "bob's change", first.Id).Revision!;
        bob.Parent.ShouldBe(first.Id);

        var alice = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "alice's change, made from the first", first.Id);

        alice.Revision.ShouldBeNull();
        alice.Refusal!.ShouldContain($"{first.ShortId} is no longer the latest of IIJ FY2012: {bob.ShortId} was imported since");
        store.Log().Length.ShouldBe(2);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void An_import_that_fails_after_writing_its_rows_leaves_the_store_as_it_was(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var first = PackageImport.Run(store, SamplePackages.Apple1Q23Path, "alice", "first", null).Revision!;
        try
        {
            // Every blob, the revision, its files and facts are written; the fault comes before the commit.
            StageProbe.OnStage = stage =>
            {
                if (stage == "store-head")
                {
                    throw new IOException("the disk went away");
                }
            };
            Should.Throw<IOException>(() => PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "second", null));
        }
        finally
        {
            StageProbe.OnStage = null;
        }

        store.Log().Select(r => r.Id).ShouldBe([first.Id]);
        store.Verify().ShouldBeEmpty();
        using var connection = test.Raw();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM facts) + (SELECT COUNT(*) FROM revision_files) + (SELECT COUNT(*) FROM blobs)";
        Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(first.FactCount + first.FileCount + first.FileCount, "no row of the failed import is left");
        PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "again", null).Revision!.Parent.ShouldBeNull("IIJ's period had no revision");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_period_is_published_once_and_published_rows_never_change(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var first = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "first", null).Revision!;
        var second = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "second", null).Revision!;

        var published = store.Publish(first, "officer");
        published.Value!.IsPublished.ShouldBeTrue();
        store.Find(first.Id).Value!.IsPublished.ShouldBeTrue();
        store.Publish(first, "officer").Error!.ShouldContain("published already");
        store.Publish(second, "officer").Error!.ShouldContain($"published already, as revision {first.ShortId}");

        Should.Throw<Exception>(() => test.Execute("UPDATE publications SET published_by = 'mallory'"));
        Should.Throw<Exception>(() => test.Execute("DELETE FROM publications"));
        Should.Throw<Exception>(() => test.Execute("UPDATE facts SET concept = 'Other'"));
        Should.Throw<Exception>(() => test.Execute("DELETE FROM revisions"));
        Should.Throw<Exception>(() => test.Execute("UPDATE blobs SET size = 0"));
        store.Verify().ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Verify_finds_a_file_or_fact_altered_behind_the_stores_back(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var revision = PackageImport.Run(store, SamplePackages.Apple1Q23Path, "alice", "first", null).Revision!;
        store.Verify().ShouldBeEmpty();

        // Around Kessan: the triggers that keep rows permanent taken away, then one file and one value changed.
        if (backend == "sqlite")
        {
            test.Execute("DROP TRIGGER blobs_no_update; DROP TRIGGER facts_no_update");
        }
        else
        {
            test.Execute("ALTER TABLE blobs DISABLE TRIGGER USER; ALTER TABLE facts DISABLE TRIGGER USER");
        }
        test.Execute(backend == "sqlite"
            ? "UPDATE blobs SET content = CAST('tampered' AS BLOB) WHERE hash = (SELECT MIN(hash) FROM blobs)"
            : "UPDATE blobs SET content = 'tampered'::bytea WHERE hash = (SELECT MIN(hash) FROM blobs)");
        test.Execute("UPDATE facts SET value = value + 1 WHERE ordinal = 0");

        var problems = store.Verify();
        problems.ShouldContain(p => p.StartsWith("blob ", StringComparison.Ordinal) && p.EndsWith("does not match its hash.", StringComparison.Ordinal));
        problems.ShouldContain($"revision {revision.ShortId}: its facts do not match its facts hash.");
        problems.ShouldAllBe(p => !p.Contains("tampered", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void History_takes_each_period_from_the_latest_published_release_and_marks_restatements(string backend)
    {
        using var test = TestStore.Create(backend);
        var clock = new SteppingClock();
        using var store = test.Open(clock);
        var fy2012 = Import(store, "FY2012", ("FY2011", 97_314_605_000m), ("FY2012", 106_248_486_000m));
        var fy2013 = Import(store, "FY2013", ("FY2012", 106_300_000_000m), ("FY2013", 112_000_000_000m));
        var draft = Import(store, "FY2014", ("FY2013", 1m), ("FY2014", 2m));
        store.Publish(fy2012, "officer").Error.ShouldBeNull();
        store.Publish(fy2013, "officer").Error.ShouldBeNull();

        var history = ConceptHistory.Of(store, "Revenues", DimensionSet.Empty);

        history.Select(p => (p.PeriodName, p.Value, p.Revision)).ShouldBe(
        [
            ("FY2011", 97_314_605_000m, fy2012.Id),
            ("FY2012", 106_300_000_000m, fy2013.Id),
            ("FY2013", 112_000_000_000m, fy2013.Id),
        ]);
        history[1].EarlierValue.ShouldBe(106_248_486_000m);
        history[1].EarlierRevision.ShouldBe(fy2012.Id);
        history[0].EarlierValue.ShouldBeNull();
        history.ShouldAllBe(p => p.Revision != draft.Id, "a draft is never history");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void History_does_not_call_a_value_restated_for_being_stated_less_precisely(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open(new SteppingClock());
        var thousands = Import(store, "FY2012", ("FY2012", 106_248_486_000m));
        var millions = Import(store, "FY2013", Precision.Millions, ("FY2012", 106_248_000_000m));
        store.Publish(thousands, "officer");
        store.Publish(millions, "officer");

        var point = ConceptHistory.Of(store, "Revenues", DimensionSet.Empty).Single();

        point.Value.ShouldBe(106_248_000_000m);
        point.EarlierValue.ShouldBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_store_of_a_newer_schema_is_refused_and_left_as_it_is(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Open().Dispose();
        test.Execute("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01T00:00:00.0000000Z')");

        var opened = Kessan.Store.Database.SqlFactStore.Open(test.Location, create: false);

        opened.Value.ShouldBeNull();
        opened.Error!.ShouldContain($"the store has schema version 99, written by a newer Kessan; this one knows versions up to {Kessan.Store.Database.Migrations.Latest}");
        using var connection = test.Raw();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM schema_version";
        Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(Kessan.Store.Database.Migrations.Latest + 1,
            "every version applied, and the newer one, untouched");
    }

    /// <summary>Stores a synthetic revision of company X for <paramref name="period"/> with Revenues for each named fiscal year (April to March).</summary>
    internal static Revision Import(IFactStore store, string period, params (string Year, decimal Value)[] revenues) =>
        Import(store, period, Precision.Thousands, revenues);

    internal static Revision Import(IFactStore store, string period, Precision precision, params (string Year, decimal Value)[] revenues)
    {
        var facts = revenues.Select((r, i) =>
        {
            var start = int.Parse(r.Year[2..], System.Globalization.CultureInfo.InvariantCulture);
            return new StoredFact("Revenues", r.Year, Period.Duration(new DateOnly(start, 4, 1), new DateOnly(start + 1, 3, 31)), "", "JPY",
                FactStatus.Actual, r.Value, StoredFact.PrecisionText(precision), "facts/income-statement.csv", i + 2, 2);
        }).ToImmutableArray();
        var snapshot = new PackageSnapshot("x", [SnapshotFile.Of("package.yaml", System.Text.Encoding.UTF8.GetBytes("period: " + period + "\n"))]);
        var stored = store.Import(snapshot, facts, new ImportRequest("X", period, "alice", "release of " + period));
        stored.Error.ShouldBeNull();
        return stored.Value!;
    }

    private static string WritePackage(TestStore test, Kessan.Ingest.InMemoryPackageSource source)
    {
        var folder = Path.Combine(test.Folder, "package");
        foreach (var (path, text) in source.Files)
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return folder;
    }
}

/// <summary>A clock that moves one second on every reading, so that publications have a definite order.</summary>
internal sealed class SteppingClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 5, 15, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now = now.AddSeconds(1);
}
