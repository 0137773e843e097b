using System.Data.Common;
using Kessan.Store.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kessan.Tests.Store;

/// <summary>
/// A fresh, empty store on one backend for one test: a SQLite file in a temporary folder, or a schema of its own in the
/// PostgreSQL database that <c>KESSAN_TEST_POSTGRES</c> names (an Npgsql connection string; <c>.ci/run</c> starts a
/// server and sets it). Outside CI a missing server skips the PostgreSQL cases; under <c>CI=true</c> it fails them.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>The environment variable naming the PostgreSQL database of the tests.</summary>
    public const string PostgresVariable = "KESSAN_TEST_POSTGRES";

    private readonly string? schema;
    private readonly string? adminConnection;

    private TestStore(string backend)
    {
        Backend = backend;
        Folder = Path.Combine(Path.GetTempPath(), "kessan-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (backend == "sqlite")
        {
            Argument = Path.Combine(Folder, "kessan.db");
            Location = new StoreLocation(StoreKind.Sqlite, Argument);
            return;
        }
        adminConnection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(adminConnection))
        {
            Directory.Delete(Folder);
            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            ci.ShouldBeFalse($"{PostgresVariable} is not set: under CI=true the PostgreSQL tests must run (.ci/run starts the server)");
            Skip.If(true, $"no PostgreSQL server: set {PostgresVariable} to an Npgsql connection string to run these cases");
        }
        schema = "kessan_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(adminConnection))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }
        Argument = new NpgsqlConnectionStringBuilder(adminConnection) { SearchPath = schema, Pooling = false }.ConnectionString;
        Location = new StoreLocation(StoreKind.PostgreSql, Argument);
    }

    /// <summary>The backends every store test runs on.</summary>
    public static TheoryData<string> Backends => new() { "sqlite", "postgresql" };

    /// <summary>"sqlite" or "postgresql".</summary>
    public string Backend { get; }

    /// <summary>A temporary folder for the test's files (the SQLite file lives here).</summary>
    public string Folder { get; }

    /// <summary>What <c>--store</c> takes to name this store.</summary>
    public string Argument { get; }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location { get; }

    /// <summary>A fresh store on <paramref name="backend"/>.</summary>
    public static TestStore Create(string backend) => new(backend);

    /// <summary>Opens (creating) the store.</summary>
    public SqlFactStore Open(TimeProvider? clock = null)
    {
        var opened = SqlFactStore.Open(Location, create: true, clock);
        opened.Error.ShouldBeNull();
        return opened.Value!;
    }

    /// <summary>A connection to the store's database around Kessan, for tests that tamper with it.</summary>
    public DbConnection Raw()
    {
        DbConnection connection = Backend == "sqlite" ? new SqliteConnection("Data Source=" + Argument + ";Pooling=False") : new NpgsqlConnection(Argument);
        connection.Open();
        return connection;
    }

    /// <summary>Runs SQL around Kessan.</summary>
    public int Execute(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(adminConnection);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
