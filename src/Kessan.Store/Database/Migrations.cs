using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Globalization;
using Kessan.Store.Model;

namespace Kessan.Store.Database;

/// <summary>
/// The store's schema, as numbered migrations that Kessan applies itself, in order and once each, recording every one
/// in <c>schema_version</c>. A store written by a newer Kessan (a version this one does not know) is refused, never
/// changed. Migrations never edit one another: a change to the schema is a new migration at the end.
/// </summary>
internal static class Migrations
{
    /// <summary>The migrations, by version from 1.</summary>
    public static ImmutableArray<Func<SqlDialect, ImmutableArray<string>>> All { get; } =
    [
        Version1,
        Version2,
    ];

    /// <summary>The schema version this Kessan writes.</summary>
    public static int Latest => All.Length;

    /// <summary>
    /// Brings the store up to <see cref="Latest"/>. Returns null, or why the store cannot be used (written by a newer
    /// Kessan).
    /// </summary>
    public static string? Apply(SqlDialect dialect, DbConnection connection, TimeProvider clock)
    {
        // A store already at this version needs no write lock: a read (log, history, check) never waits for a writer here.
        if (CurrentOrNone(connection) == Latest)
        {
            return null;
        }
        using var transaction = dialect.BeginWrite(connection);
        Execute(connection, transaction, dialect.MigrationLock);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
        var current = Current(connection, transaction);
        if (current > Latest)
        {
            transaction.Rollback();
            return string.Create(CultureInfo.InvariantCulture,
                $"the store has schema version {current}, written by a newer Kessan; this one knows versions up to {Latest}. Use that Kessan, or a newer one.");
        }
        if (current == 0)
        {
            foreach (var statement in dialect.Prelude)
            {
                Execute(connection, transaction, statement);
            }
        }
        for (var version = current + 1; version <= Latest; version++)
        {
            foreach (var statement in All[version - 1](dialect))
            {
                Execute(connection, transaction, statement);
            }
            using var record = Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)");
            Parameter(record, "@v", version);
            Parameter(record, "@at", RevisionHeader.Timestamp(clock.GetUtcNow()));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
        return null;
    }

    /// <summary>The store's schema version, or null when it has no schema yet.</summary>
    private static int? CurrentOrNone(DbConnection connection)
    {
        try
        {
            return Current(connection, null);
        }
        catch (DbException)
        {
            return null; // no schema_version table: an empty store
        }
    }

    /// <summary>The store's schema version: 0 for an empty store.</summary>
    public static int Current(DbConnection connection, DbTransaction? transaction)
    {
        using var query = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Version 1: content-addressed blobs; revisions (permanent) with their files and facts; the head revision of each
    /// company's period (the one a new import goes on top of, compared and swapped); publications (permanent, one per
    /// company and period).
    /// </summary>
    private static ImmutableArray<string> Version1(SqlDialect d) =>
    [
        $"CREATE TABLE blobs (hash TEXT NOT NULL PRIMARY KEY, size BIGINT NOT NULL, content {d.BytesType} NOT NULL)",
        $"""
        CREATE TABLE revisions (
          {d.SequenceColumn},
          id TEXT NOT NULL UNIQUE,
          company TEXT NOT NULL,
          period TEXT NOT NULL,
          parent TEXT NULL REFERENCES revisions (id),
          author TEXT NOT NULL,
          message TEXT NOT NULL,
          created_at TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          facts_hash TEXT NOT NULL,
          fact_count INTEGER NOT NULL,
          file_count INTEGER NOT NULL)
        """,
        "CREATE INDEX revisions_by_period ON revisions (company, period)",
        """
        CREATE TABLE revision_files (
          revision_id TEXT NOT NULL REFERENCES revisions (id),
          path TEXT NOT NULL,
          blob_hash TEXT NOT NULL REFERENCES blobs (hash),
          PRIMARY KEY (revision_id, path))
        """,
        $"""
        CREATE TABLE facts (
          revision_id TEXT NOT NULL REFERENCES revisions (id),
          ordinal INTEGER NOT NULL,
          concept TEXT NOT NULL,
          period TEXT NOT NULL,
          period_type TEXT NOT NULL,
          period_start TEXT NOT NULL,
          period_end TEXT NOT NULL,
          dimensions TEXT NOT NULL,
          unit TEXT NOT NULL,
          status TEXT NOT NULL,
          value {d.DecimalType} NOT NULL,
          precision TEXT NOT NULL,
          source_file TEXT NOT NULL,
          source_line INTEGER NOT NULL,
          source_column INTEGER NOT NULL,
          PRIMARY KEY (revision_id, ordinal))
        """,
        "CREATE INDEX facts_by_concept ON facts (concept, dimensions)",
        """
        CREATE TABLE heads (
          company TEXT NOT NULL,
          period TEXT NOT NULL,
          revision_id TEXT NOT NULL REFERENCES revisions (id),
          PRIMARY KEY (company, period))
        """,
        """
        CREATE TABLE publications (
          revision_id TEXT NOT NULL PRIMARY KEY REFERENCES revisions (id),
          company TEXT NOT NULL,
          period TEXT NOT NULL,
          published_at TEXT NOT NULL,
          published_by TEXT NOT NULL,
          UNIQUE (company, period))
        """,
        .. d.Permanent("blobs"),
        .. d.Permanent("revisions"),
        .. d.Permanent("revision_files"),
        .. d.Permanent("facts"),
        .. d.Permanent("publications"),
    ];

    /// <summary>
    /// Version 2, the review app's: local users (a password hash and a role) with the companies each may see; the audit
    /// log of what users did; comments on a revision's figures, sentences and tables, with replies and resolutions; and
    /// the sign-offs of each revision (reviewed, approved). All but the users are permanent: appended to, never changed.
    /// </summary>
    private static ImmutableArray<string> Version2(SqlDialect d) =>
    [
        """
        CREATE TABLE users (
          name TEXT NOT NULL PRIMARY KEY,
          password_hash TEXT NOT NULL,
          role TEXT NOT NULL,
          created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE user_companies (
          user_name TEXT NOT NULL REFERENCES users (name),
          company TEXT NOT NULL,
          PRIMARY KEY (user_name, company))
        """,
        $"""
        CREATE TABLE audit_log (
          {d.SequenceColumn},
          at TEXT NOT NULL,
          user_name TEXT NOT NULL,
          action TEXT NOT NULL,
          company TEXT NOT NULL,
          revision_id TEXT NOT NULL,
          detail TEXT NOT NULL)
        """,
        $"""
        CREATE TABLE comments (
          {d.SequenceColumn},
          revision_id TEXT NOT NULL REFERENCES revisions (id),
          target TEXT NOT NULL,
          reply_to BIGINT NULL,
          author TEXT NOT NULL,
          at TEXT NOT NULL,
          body TEXT NOT NULL)
        """,
        "CREATE INDEX comments_by_revision ON comments (revision_id)",
        """
        CREATE TABLE comment_resolutions (
          comment_seq BIGINT NOT NULL PRIMARY KEY,
          resolved_by TEXT NOT NULL,
          at TEXT NOT NULL)
        """,
        """
        CREATE TABLE sign_offs (
          revision_id TEXT NOT NULL REFERENCES revisions (id),
          step TEXT NOT NULL,
          signed_by TEXT NOT NULL,
          at TEXT NOT NULL,
          PRIMARY KEY (revision_id, step))
        """,
        .. d.Permanent("audit_log"),
        .. d.Permanent("comments"),
        .. d.Permanent("comment_resolutions"),
        .. d.Permanent("sign_offs"),
    ];

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    /// <summary>A command on the connection, in the transaction.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds a parameter of a given type (for a null that is not text: PostgreSQL types it by its column's).</summary>
    public static void Parameter(DbCommand command, string name, object? value, DbType type)
    {
        Parameter(command, name, value);
        command.Parameters[name].DbType = type;
    }

    /// <summary>Adds a parameter.</summary>
    public static void Parameter(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        // A null is typed too, so that PostgreSQL can tell what "@p IS NULL" compares.
        p.DbType = value switch
        {
            null or string => DbType.String,
            int => DbType.Int32,
            long => DbType.Int64,
            decimal => DbType.Decimal,
            byte[] => DbType.Binary,
            _ => p.DbType,
        };
        command.Parameters.Add(p);
    }
}
