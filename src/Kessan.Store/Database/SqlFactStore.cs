using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Kessan.Model;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;
using static Kessan.Store.Database.Migrations;

namespace Kessan.Store.Database;

/// <summary>
/// The fact store over ADO.NET: the same SQL on SQLite and PostgreSQL, the differences in <see cref="SqlDialect"/>.
/// A connection per operation; every write in one transaction, so that a write stopped midway leaves nothing.
/// </summary>
public sealed class SqlFactStore : IFactStore
{
    private const string RevisionColumns =
        "r.id, r.company, r.period, r.parent, r.author, r.message, r.created_at, r.content_hash, r.facts_hash, r.fact_count, r.file_count, p.published_at";

    private const string RevisionFrom = "revisions r LEFT JOIN publications p ON p.revision_id = r.id";

    private const string FactColumns =
        "f.concept, f.period, f.period_type, f.period_start, f.period_end, f.dimensions, f.unit, f.status, f.value, f.precision, f.source_file, f.source_line, f.source_column";

    private readonly SqlDialect dialect;
    private readonly TimeProvider clock;

    private SqlFactStore(StoreLocation location, SqlDialect dialect, TimeProvider clock)
    {
        Location = location;
        this.dialect = dialect;
        this.clock = clock;
    }

    /// <summary>The store's backend, for the review app's tables (<see cref="Review.ReviewStore"/>).</summary>
    internal SqlDialect Dialect => dialect;

    /// <summary>The store's clock.</summary>
    internal TimeProvider Clock => clock;

    /// <summary>Where the store is.</summary>
    public StoreLocation Location { get; }

    /// <inheritdoc/>
    public string Description => Location.Description;

    /// <summary>
    /// Opens the store, creating it (<paramref name="create"/>) or bringing its schema up to date. A SQLite store that
    /// does not exist is created only when <paramref name="create"/> is true; else the result says there is none.
    /// </summary>
    public static StoreResult<SqlFactStore> Open(StoreLocation location, bool create, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var dialect = SqlDialect.For(location);
        if (!create && !dialect.Exists)
        {
            dialect.Dispose();
            return StoreResult<SqlFactStore>.Refused($"there is no store at {location.Target}: 'kessan store import' creates one, or name another with --store.");
        }
        try
        {
            using var connection = dialect.Open();
            var problem = Migrations.Apply(dialect, connection, clock ?? TimeProvider.System);
            if (problem is not null)
            {
                dialect.Dispose();
                return StoreResult<SqlFactStore>.Refused(problem);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            dialect.Dispose();
            return StoreResult<SqlFactStore>.Refused($"the {location.Description} cannot be opened ({e.GetType().Name}: {FirstLine(e.Message)}).");
        }
        return StoreResult<SqlFactStore>.Ok(new SqlFactStore(location, dialect, clock ?? TimeProvider.System));
    }

    /// <inheritdoc/>
    public StoreResult<Revision> Import(PackageSnapshot snapshot, ImmutableArray<StoredFact> facts, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        var factsHash = StoredFact.FactsHash(facts);
        using var connection = dialect.Open();
        // Another import of the same period may win the race for the head: then this one goes on top of it (or, when the
        // caller named its parent, is refused). Each attempt is a whole transaction.
        for (var attempt = 0; ; attempt++)
        {
            using var transaction = dialect.BeginWrite(connection);
            var head = Head(connection, transaction, request.Company, request.Period);
            if (request.ExpectedParent is { } expected && !string.Equals(expected, head, StringComparison.Ordinal))
            {
                transaction.Rollback();
                return StoreResult<Revision>.Refused(head is null
                    ? $"{request.Company} {request.Period} has no revision {Short(expected)} to import on top of."
                    : $"revision {Short(expected)} is no longer the latest of {request.Company} {request.Period}: {Short(head)} was imported since. " +
                      "Export it, make your change again on top of it, and import that; nothing was imported.");
            }
            var createdAt = clock.GetUtcNow();
            var id = RevisionHeader.Id(request.Company, request.Period, head, request.Author, createdAt, snapshot.ContentHash, factsHash, request.Message);
            InsertBlobs(connection, transaction, snapshot);
            InsertRevision(connection, transaction, id, request, head, createdAt, snapshot, factsHash, facts.Length);
            InsertFiles(connection, transaction, id, snapshot);
            InsertFacts(connection, transaction, id, facts);
            StageProbe.Enter("store-head");
            if (!MoveHead(connection, transaction, request.Company, request.Period, head, id))
            {
                transaction.Rollback();
                if (request.ExpectedParent is not null || attempt == 20)
                {
                    return StoreResult<Revision>.Refused(
                        $"another import of {request.Company} {request.Period} was stored at the same moment; nothing was imported. Try again.");
                }
                continue;
            }
            transaction.Commit();
            return StoreResult<Revision>.Ok(new Revision(id, request.Company, request.Period, head, request.Author, request.Message,
                ParseTimestamp(Timestamp(createdAt)), snapshot.ContentHash, factsHash, facts.Length, snapshot.Files.Length, null));
        }
    }

    /// <inheritdoc/>
    public ImmutableArray<Revision> Log(string? company = null, string? period = null)
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null,
            $"SELECT {RevisionColumns} FROM {RevisionFrom} WHERE (@c IS NULL OR r.company = @c) AND (@p IS NULL OR r.period = @p) ORDER BY r.seq DESC");
        Parameter(query, "@c", company);
        Parameter(query, "@p", period);
        return ReadRevisions(query);
    }

    /// <inheritdoc/>
    public StoreResult<Revision> Find(string idOrPrefix)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        var prefix = idOrPrefix.Trim().ToLowerInvariant();
        if (prefix.Length < 4 || prefix.Length > 64 || !prefix.All(char.IsAsciiHexDigitLower))
        {
            return StoreResult<Revision>.Refused($"'{Quote(idOrPrefix)}' is not a revision id: name one by 4 to 64 of its hexadecimal digits, as 'kessan store log' prints them.");
        }
        using var connection = dialect.Open();
        using var query = Command(connection, null, $"SELECT {RevisionColumns} FROM {RevisionFrom} WHERE r.id >= @low AND r.id < @high ORDER BY r.id");
        Parameter(query, "@low", prefix);
        Parameter(query, "@high", prefix + "g"); // every id starting with the prefix sorts below prefix + 'g'
        var found = ReadRevisions(query);
        return found.Length switch
        {
            1 => StoreResult<Revision>.Ok(found[0]),
            0 => StoreResult<Revision>.Refused($"no revision {prefix} in the {Description}."),
            _ => StoreResult<Revision>.Refused($"{prefix} names {found.Length} revisions ({string.Join(", ", found.Take(5).Select(r => r.ShortId))}); give more digits."),
        };
    }

    /// <inheritdoc/>
    public PackageSnapshot Files(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        using var connection = dialect.Open();
        using var query = Command(connection, null,
            "SELECT f.path, b.content FROM revision_files f JOIN blobs b ON b.hash = f.blob_hash WHERE f.revision_id = @id ORDER BY f.path");
        Parameter(query, "@id", revision.Id);
        var files = new List<SnapshotFile>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            files.Add(SnapshotFile.Of(reader.GetString(0), (byte[])reader.GetValue(1)));
        }
        return new PackageSnapshot(revision.Company + "-" + revision.Period, files);
    }

    /// <inheritdoc/>
    public ImmutableArray<StoredFact> Facts(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        using var connection = dialect.Open();
        using var query = Command(connection, null, $"SELECT {FactColumns} FROM facts f WHERE f.revision_id = @id ORDER BY f.ordinal");
        Parameter(query, "@id", revision.Id);
        using var reader = query.ExecuteReader();
        var facts = ImmutableArray.CreateBuilder<StoredFact>();
        while (reader.Read())
        {
            facts.Add(ReadFact(reader, 0));
        }
        return facts.ToImmutable();
    }

    /// <inheritdoc/>
    public StoreResult<Revision> Publish(Revision revision, string by)
    {
        ArgumentNullException.ThrowIfNull(revision);
        using var connection = dialect.Open();
        using var transaction = dialect.BeginWrite(connection);
        using var existing = Command(connection, transaction, "SELECT revision_id FROM publications WHERE company = @c AND period = @p");
        Parameter(existing, "@c", revision.Company);
        Parameter(existing, "@p", revision.Period);
        if (existing.ExecuteScalar() is string published)
        {
            transaction.Rollback();
            return StoreResult<Revision>.Refused(published == revision.Id
                ? $"revision {revision.ShortId} is published already."
                : $"{revision.Company} {revision.Period} is published already, as revision {Short(published)}; a published release never changes. " +
                  "A correction goes into the next period's release as a restatement.");
        }
        var at = clock.GetUtcNow();
        using var insert = Command(connection, transaction,
            "INSERT INTO publications (revision_id, company, period, published_at, published_by) VALUES (@id, @c, @p, @at, @by)");
        Parameter(insert, "@id", revision.Id);
        Parameter(insert, "@c", revision.Company);
        Parameter(insert, "@p", revision.Period);
        Parameter(insert, "@at", Timestamp(at));
        Parameter(insert, "@by", by);
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            transaction.Rollback();
            return StoreResult<Revision>.Refused($"{revision.Company} {revision.Period} was published by someone else at the same moment.");
        }
        transaction.Commit();
        return StoreResult<Revision>.Ok(revision with { PublishedAt = ParseTimestamp(Timestamp(at)) });
    }

    /// <inheritdoc/>
    public ImmutableArray<(Revision Revision, StoredFact Fact)> PublishedFacts(string? company, string? concept = null, string? dimensions = null)
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null,
            $"SELECT {FactColumns}, {RevisionColumns} FROM facts f JOIN revisions r ON r.id = f.revision_id " +
            "JOIN publications p ON p.revision_id = r.id " +
            "WHERE (@c IS NULL OR r.company = @c) AND (@concept IS NULL OR f.concept = @concept) AND (@dims IS NULL OR f.dimensions = @dims) " +
            "ORDER BY p.published_at DESC, r.seq DESC, f.ordinal");
        Parameter(query, "@c", company);
        Parameter(query, "@concept", concept);
        Parameter(query, "@dims", dimensions);
        using var reader = query.ExecuteReader();
        var result = ImmutableArray.CreateBuilder<(Revision, StoredFact)>();
        var revisions = new Dictionary<string, Revision>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var fact = ReadFact(reader, 0);
            var id = reader.GetString(13);
            if (!revisions.TryGetValue(id, out var revision))
            {
                revisions[id] = revision = ReadRevision(reader, 13);
            }
            result.Add((revision, fact));
        }
        return result.ToImmutable();
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Verify() => StoreVerifier.Verify(this);

    /// <summary>Every blob's stored hash with its content, for <see cref="StoreVerifier"/>.</summary>
    internal IEnumerable<(string Hash, long Size, byte[] Content)> Blobs()
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null, "SELECT hash, size, content FROM blobs ORDER BY hash");
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), (byte[])reader.GetValue(2));
        }
    }

    /// <summary>A revision's file listing (path and blob hash), for <see cref="StoreVerifier"/>.</summary>
    internal ImmutableArray<(string Path, string Hash)> Listing(Revision revision)
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null, "SELECT path, blob_hash FROM revision_files WHERE revision_id = @id ORDER BY path");
        Parameter(query, "@id", revision.Id);
        using var reader = query.ExecuteReader();
        var listing = ImmutableArray.CreateBuilder<(string, string)>();
        while (reader.Read())
        {
            listing.Add((reader.GetString(0), reader.GetString(1)));
        }
        return listing.ToImmutable();
    }

    /// <summary>The schema version of the store.</summary>
    internal int SchemaVersion()
    {
        using var connection = dialect.Open();
        return Current(connection, null);
    }

    /// <inheritdoc/>
    public void Dispose() => dialect.Dispose();

    private static string? Head(DbConnection connection, DbTransaction transaction, string company, string period)
    {
        using var query = Command(connection, transaction, "SELECT revision_id FROM heads WHERE company = @c AND period = @p");
        Parameter(query, "@c", company);
        Parameter(query, "@p", period);
        return query.ExecuteScalar() as string;
    }

    /// <summary>Moves the head of the company's period from <paramref name="from"/> to <paramref name="to"/>: false when it is no longer <paramref name="from"/>.</summary>
    private static bool MoveHead(DbConnection connection, DbTransaction transaction, string company, string period, string? from, string to)
    {
        using var command = Command(connection, transaction, from is null
            ? "INSERT INTO heads (company, period, revision_id) VALUES (@c, @p, @to) ON CONFLICT (company, period) DO NOTHING"
            : "UPDATE heads SET revision_id = @to WHERE company = @c AND period = @p AND revision_id = @from");
        Parameter(command, "@c", company);
        Parameter(command, "@p", period);
        Parameter(command, "@to", to);
        if (from is not null)
        {
            Parameter(command, "@from", from);
        }
        return command.ExecuteNonQuery() == 1;
    }

    private static void InsertBlobs(DbConnection connection, DbTransaction transaction, PackageSnapshot snapshot)
    {
        using var insert = Command(connection, transaction,
            "INSERT INTO blobs (hash, size, content) VALUES (@h, @s, @c) ON CONFLICT (hash) DO NOTHING");
        foreach (var file in snapshot.Files.DistinctBy(f => f.Hash))
        {
            insert.Parameters.Clear();
            Parameter(insert, "@h", file.Hash);
            Parameter(insert, "@s", (long)file.Content.Length);
            Parameter(insert, "@c", file.Content.ToArray());
            insert.ExecuteNonQuery();
        }
    }

    private static void InsertRevision(DbConnection connection, DbTransaction transaction, string id, ImportRequest request, string? parent,
        DateTimeOffset createdAt, PackageSnapshot snapshot, string factsHash, int factCount)
    {
        using var insert = Command(connection, transaction,
            "INSERT INTO revisions (id, company, period, parent, author, message, created_at, content_hash, facts_hash, fact_count, file_count) " +
            "VALUES (@id, @c, @p, @parent, @a, @m, @at, @content, @facts, @fc, @files)");
        Parameter(insert, "@id", id);
        Parameter(insert, "@c", request.Company);
        Parameter(insert, "@p", request.Period);
        Parameter(insert, "@parent", parent);
        Parameter(insert, "@a", request.Author);
        Parameter(insert, "@m", request.Message);
        Parameter(insert, "@at", Timestamp(createdAt));
        Parameter(insert, "@content", snapshot.ContentHash);
        Parameter(insert, "@facts", factsHash);
        Parameter(insert, "@fc", factCount);
        Parameter(insert, "@files", snapshot.Files.Length);
        insert.ExecuteNonQuery();
    }

    private static void InsertFiles(DbConnection connection, DbTransaction transaction, string id, PackageSnapshot snapshot)
    {
        using var insert = Command(connection, transaction, "INSERT INTO revision_files (revision_id, path, blob_hash) VALUES (@id, @path, @hash)");
        foreach (var file in snapshot.Files)
        {
            insert.Parameters.Clear();
            Parameter(insert, "@id", id);
            Parameter(insert, "@path", file.Path);
            Parameter(insert, "@hash", file.Hash);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The facts, <see cref="SqlDialect.RowsPerInsert"/> rows to a statement: PostgreSQL is a network round trip away, so
    /// a few hundred rows go in one; SQLite is in the process and binds parameters by name in linear time, so one row a
    /// statement, prepared once and run again, is fastest.
    /// </summary>
    private void InsertFacts(DbConnection connection, DbTransaction transaction, string id, ImmutableArray<StoredFact> facts)
    {
        var size = dialect.RowsPerInsert;
        DbCommand? insert = null;
        var rowsOfInsert = 0;
        try
        {
            for (var first = 0; first < facts.Length; first += size)
            {
                var count = Math.Min(size, facts.Length - first);
                if (insert is null || rowsOfInsert != count)
                {
                    insert?.Dispose();
                    rowsOfInsert = count;
                    var rows = Enumerable.Range(0, count).Select(r => string.Join(", ", FactFields.Select(c => $"@{c}{r}")));
                    insert = Command(connection, transaction, $"INSERT INTO facts ({string.Join(", ", FactFields)}) VALUES ({string.Join("), (", rows)})");
                }
                insert.Parameters.Clear();
                for (var r = 0; r < count; r++)
                {
                    var n = first + r;
                    var f = facts[n];
                    object?[] values =
                    [
                        id, n, f.Concept, f.PeriodName, f.Period.IsInstant ? "instant" : "duration", Day(f.Period.Start), Day(f.Period.End), f.Dimensions,
                        f.Unit, StoredFact.StatusName(f.Status), dialect.DecimalParameter(f.Value), f.Precision, f.SourceFile, f.SourceLine, f.SourceColumn,
                    ];
                    for (var c = 0; c < FactFields.Length; c++)
                    {
                        Parameter(insert, $"@{FactFields[c]}{r}", values[c]);
                    }
                }
                insert.ExecuteNonQuery();
            }
        }
        finally
        {
            insert?.Dispose();
        }
    }

    /// <summary>The columns of a stored fact, in the order <see cref="InsertFacts"/> writes them.</summary>
    private static readonly string[] FactFields =
    [
        "revision_id", "ordinal", "concept", "period", "period_type", "period_start", "period_end", "dimensions", "unit", "status", "value",
        "precision", "source_file", "source_line", "source_column",
    ];

    private static ImmutableArray<Revision> ReadRevisions(DbCommand query)
    {
        using var reader = query.ExecuteReader();
        var revisions = ImmutableArray.CreateBuilder<Revision>();
        while (reader.Read())
        {
            revisions.Add(ReadRevision(reader, 0));
        }
        return revisions.ToImmutable();
    }

    private static Revision ReadRevision(DbDataReader r, int at) => new(
        r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), r.IsDBNull(at + 3) ? null : r.GetString(at + 3),
        r.GetString(at + 4), r.GetString(at + 5), ParseTimestamp(r.GetString(at + 6)), r.GetString(at + 7), r.GetString(at + 8),
        Convert.ToInt32(r.GetValue(at + 9), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(at + 10), CultureInfo.InvariantCulture),
        r.IsDBNull(at + 11) ? null : ParseTimestamp(r.GetString(at + 11)));

    private static StoredFact ReadFact(DbDataReader r, int at)
    {
        var start = DateOnly.ParseExact(r.GetString(at + 3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(r.GetString(at + 4), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var period = r.GetString(at + 2) == "instant" ? Period.Instant(end) : Period.Duration(start, end);
        return new StoredFact(r.GetString(at), r.GetString(at + 1), period, r.GetString(at + 5), r.GetString(at + 6),
            StoredFact.ParseStatus(r.GetString(at + 7)), Exact.Read(r.GetValue(at + 8)), r.GetString(at + 9), r.GetString(at + 10),
            Convert.ToInt32(r.GetValue(at + 11), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(at + 12), CultureInfo.InvariantCulture));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset at) => RevisionHeader.Timestamp(at);

    private static DateTimeOffset ParseTimestamp(string text) => RevisionHeader.ParseTimestamp(text);

    private static string Short(string id) => Revision.Short(id);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static string Quote(string text) => new(text.Take(70).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
