using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kessan.Store.Database;

/// <summary>
/// What differs between the two backends: how a connection is opened, the column types, the triggers that keep stored
/// rows from ever changing, and how a write transaction takes its lock. Everything else is the same SQL.
/// </summary>
internal abstract class SqlDialect : IDisposable
{
    /// <summary>The dialect of a store.</summary>
    public static SqlDialect For(StoreLocation location) =>
        location.Kind == StoreKind.Sqlite ? new SqliteDialect(location.Target) : new PostgresDialect(location.Target);

    /// <summary>Opens a connection.</summary>
    public abstract DbConnection Open();

    /// <summary>Begins a write transaction that holds the store's write lock as early as the backend allows.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Statements that serialize migrations between processes, run first in the migration's transaction.</summary>
    public abstract string MigrationLock { get; }

    /// <summary>The type of an exact decimal column.</summary>
    public abstract string DecimalType { get; }

    /// <summary>The type of a byte column.</summary>
    public abstract string BytesType { get; }

    /// <summary>The definition of an auto-numbered primary key column.</summary>
    public abstract string SequenceColumn { get; }

    /// <summary>Statements that make every row of <paramref name="table"/> permanent: an update or delete fails.</summary>
    public abstract ImmutableArray<string> Permanent(string table);

    /// <summary>Statements run once before the first migration's tables (helper functions).</summary>
    public abstract ImmutableArray<string> Prelude { get; }

    /// <summary>True when the store exists already (a SQLite file), so a read needs no schema to be created.</summary>
    public abstract bool Exists { get; }

    /// <summary>True when the exception is a unique-key violation.</summary>
    public abstract bool IsUniqueViolation(DbException e);

    /// <summary>How many rows one INSERT statement writes (see <see cref="SqlFactStore"/>'s facts).</summary>
    public abstract int RowsPerInsert { get; }

    /// <summary>An exact decimal as the column takes it: SQLite keeps the exact text, PostgreSQL a NUMERIC.</summary>
    public abstract object DecimalParameter(decimal value);

    /// <inheritdoc/>
    public virtual void Dispose()
    {
    }
}

/// <summary>SQLite, through Microsoft.Data.Sqlite: one file, write-ahead log, full sync, foreign keys on.</summary>
internal sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        Pooling = false,
        DefaultTimeout = 60,
    }.ToString();

    public override DbConnection Open()
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        // Another process may hold the write lock: wait for it (up to a minute) rather than fail.
        pragmas.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    public override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock first

    public override string MigrationLock => "SELECT 1";

    public override string DecimalType => "TEXT";

    public override string BytesType => "BLOB";

    public override string SequenceColumn => "seq INTEGER PRIMARY KEY AUTOINCREMENT";

    public override ImmutableArray<string> Permanent(string table) =>
    [
        $"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'kessan store: {table} rows never change'); END",
        $"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'kessan store: {table} rows are never deleted'); END",
    ];

    public override ImmutableArray<string> Prelude => [];

    public override bool Exists => File.Exists(path);

    public override bool IsUniqueViolation(DbException e) =>
        e is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    public override object DecimalParameter(decimal value) => Exact.Text(value);

    public override int RowsPerInsert => 1;
}

/// <summary>PostgreSQL, through Npgsql (the slim data source: what Kessan uses and nothing more, for Native AOT).</summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    private readonly NpgsqlDataSource source = new NpgsqlSlimDataSourceBuilder(connectionString).Build();

    public override DbConnection Open() => source.OpenConnection();

    public override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction(IsolationLevel.ReadCommitted);

    // One migration at a time across every process: a transaction-scoped advisory lock (the key is arbitrary and fixed).
    public override string MigrationLock => "SELECT pg_advisory_xact_lock(7365817346)";

    public override string DecimalType => "NUMERIC";

    public override string BytesType => "BYTEA";

    public override string SequenceColumn => "seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override ImmutableArray<string> Permanent(string table) =>
    [
        $"CREATE TRIGGER {table}_permanent BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION kessan_permanent()",
    ];

    public override ImmutableArray<string> Prelude =>
    [
        "CREATE OR REPLACE FUNCTION kessan_permanent() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
        "RAISE EXCEPTION 'kessan store: % rows never change', TG_TABLE_NAME; END $$",
    ];

    public override bool Exists => true;

    public override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override object DecimalParameter(decimal value) => value;

    public override int RowsPerInsert => 200;

    public override void Dispose() => source.Dispose();
}
