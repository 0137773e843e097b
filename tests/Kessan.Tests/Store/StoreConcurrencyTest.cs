using System.Diagnostics;
using Kessan.Store.Importing;
using Kessan.Store.Model;
using Kessan.Testing;

namespace Kessan.Tests.Store;

/// <summary>
/// Imports at once lose nothing, whether threads of one process or processes; an import killed outright (SIGKILL)
/// leaves the store as it was or with the whole revision, never part of one.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreConcurrencyTest
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Parallel_imports_on_threads_are_all_stored_in_one_chain(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        const int Imports = 6;

        var ids = new string[Imports];
        Parallel.For(0, Imports, new ParallelOptions { MaxDegreeOfParallelism = Imports }, i =>
        {
            var outcome = PackageImport.Run(store, SamplePackages.Apple1Q23Path, "thread " + i, "import " + i, null);
            outcome.Refusal.ShouldBeNull();
            ids[i] = outcome.Revision!.Id;
        });

        ShouldHoldExactly(store, ids);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Parallel_imports_in_processes_are_all_stored_in_one_chain(string backend)
    {
        using var test = TestStore.Create(backend);
        const int Imports = 4;

        var processes = Enumerable.Range(0, Imports).Select(i => Start(test, "process " + i)).ToList();
        var ids = new List<string>();
        foreach (var p in processes)
        {
            using (p)
            {
                var output = p.StandardOutput.ReadToEnd();
                var error = p.StandardError.ReadToEnd();
                p.WaitForExit();
                p.ExitCode.ShouldBe(0, error);
                ids.Add(StoreCommandTest.Last(output));
            }
        }

        using var store = test.Open();
        ShouldHoldExactly(store, ids);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void An_import_killed_at_any_moment_leaves_no_part_of_a_revision(string backend)
    {
        using var test = TestStore.Create(backend);
        var random = new Random(20130515);
        var watch = Stopwatch.StartNew();
        using (var first = Start(test, "timed"))
        {
            first.WaitForExit();
            first.ExitCode.ShouldBe(0, first.StandardError.ReadToEnd());
        }
        var duration = watch.Elapsed;
        var kills = 5;

        for (var i = 0; i < kills; i++)
        {
            int before;
            using (var store = test.Open())
            {
                before = store.Log().Length;
            }
            using (var import = Start(test, "killed " + i))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(random.NextDouble() * duration.TotalMilliseconds * 1.1));
                import.Kill();
                import.WaitForExit();
            }
            using (var store = test.Open())
            {
                var log = store.Log();
                log.Length.ShouldBeInRange(before, before + 1, $"kill {i + 1}");
                store.Verify().ShouldBeEmpty($"kill {i + 1}");
                log.ShouldAllBe(r => store.Facts(r).Length == r.FactCount && store.Files(r).Files.Length == r.FileCount);
                ShouldBeOneChain(log);
            }
        }
    }

    /// <summary>The store holds exactly the revisions <paramref name="ids"/>, in one chain, every hash intact.</summary>
    private static void ShouldHoldExactly(Kessan.Store.IFactStore store, IEnumerable<string> ids)
    {
        var log = store.Log();
        log.Select(r => r.Id).Order().ShouldBe(ids.Order());
        ShouldBeOneChain(log);
        store.Verify().ShouldBeEmpty();
    }

    /// <summary>Every revision but the first is on top of another, and no two on top of the same one: nothing was lost.</summary>
    private static void ShouldBeOneChain(IReadOnlyList<Revision> log)
    {
        log.Count(r => r.Parent is null).ShouldBe(1);
        log.Where(r => r.Parent is not null).Select(r => r.Parent).Distinct().Count().ShouldBe(log.Count - 1);
        log.ShouldAllBe(r => r.Parent == null || log.Any(x => x.Id == r.Parent));
    }

    private static Process Start(TestStore test, string author)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll"), "store", "import", SamplePackages.Apple1Q23Path, "--store", test.Argument,
            "--author", author,
        })
        {
            start.ArgumentList.Add(a);
        }
        return Process.Start(start)!;
    }
}
