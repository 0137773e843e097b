using System.Collections.Immutable;
using System.Text;
using Kessan.Model;
using Kessan.Store;
using Kessan.Store.Database;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

/// <summary>
/// A synthetic company for the store's benchmark: 40 quarterly releases (Q1 2016 to Q4 2025 of a calendar year), each
/// with 200 concepts for its quarter and the same quarter a year before, imported through the store's interface and
/// published, so that `kessan store history Revenues --company SYN` reads a 40-quarter series out of 80 published
/// statements of each quarter.
/// </summary>
internal static class SyntheticCompany
{
    public const string Name = "SYN";

    public const int Quarters = 40;

    public const int Concepts = 200;

    public static void Generate(StoreLocation location)
    {
        var opened = SqlFactStore.Open(location, create: true);
        using var store = opened.Value ?? throw new InvalidOperationException(opened.Error);
        for (var n = 0; n < Quarters; n++)
        {
            var year = 2016 + (n / 4);
            var quarter = (n % 4) + 1;
            var facts = ImmutableArray.CreateBuilder<StoredFact>();
            foreach (var y in new[] { year - 1, year })
            {
                var period = Period.Duration(new DateOnly(y, (3 * quarter) - 2, 1), new DateOnly(y, 3 * quarter, 1).AddMonths(1).AddDays(-1));
                for (var c = 0; c < Concepts; c++)
                {
                    var concept = c == 0 ? "Revenues" : "Concept" + c;
                    facts.Add(new StoredFact(concept, $"{quarter}Q{y % 100:00}", period, "", "USD", FactStatus.Actual,
                        1_000_000m * (c + 1) + (y * 10m) + quarter, "-3", "facts/statement.csv", c + 2, 3));
                }
            }
            var snapshot = new PackageSnapshot("syn", [SnapshotFile.Of("package.yaml", Encoding.UTF8.GetBytes($"# SYN {quarter}Q{year % 100:00}\n"))]);
            var revision = store.Import(snapshot, facts.ToImmutable(), new ImportRequest(Name, $"{quarter}Q{year % 100:00}", "bench", "synthetic"));
            store.Publish(revision.Value ?? throw new InvalidOperationException(revision.Error), "bench");
        }
    }
}
