using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Kessan.Store.Database;
using Kessan.Store.Model;
using static Kessan.Store.Database.Migrations;

namespace Kessan.Store.Review;

/// <summary>
/// The review app's tables in the fact store's database: users with their companies, and the audit log. Same SQL on
/// SQLite and PostgreSQL; every write in one transaction.
/// </summary>
public sealed class ReviewStore
{
    /// <summary>The longest user name.</summary>
    public const int MaxNameLength = 64;

    // A hash to check a password against when the user does not exist, so that a wrong name takes as long as a wrong password.
    private static readonly Lazy<string> Decoy = new(() => PasswordHash.Of("not a password of anyone"));

    private readonly SqlDialect dialect;
    private readonly TimeProvider clock;

    /// <summary>The review tables of <paramref name="store"/>.</summary>
    public ReviewStore(SqlFactStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        dialect = store.Dialect;
        clock = store.Clock;
    }

    /// <summary>Adds a user with a password and the companies it may see; refused when the name is taken or not valid.</summary>
    public StoreResult<User> AddUser(string name, Role role, IEnumerable<string> companies, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        if (NameProblem(name) is { } badName)
        {
            return StoreResult<User>.Refused($"the user name {badName}");
        }
        if (PasswordHash.Problem(password) is { } badPassword)
        {
            return StoreResult<User>.Refused($"the password {badPassword}");
        }
        var granted = companies.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var hash = PasswordHash.Of(password);
        var at = clock.GetUtcNow();
        using var connection = dialect.Open();
        using var transaction = dialect.BeginWrite(connection);
        using (var exists = Command(connection, transaction, "SELECT COUNT(*) FROM users WHERE name = @n"))
        {
            Parameter(exists, "@n", name);
            if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            {
                transaction.Rollback();
                return StoreResult<User>.Refused($"there is a user {name} already.");
            }
        }
        using (var insert = Command(connection, transaction, "INSERT INTO users (name, password_hash, role, created_at) VALUES (@n, @h, @r, @at)"))
        {
            Parameter(insert, "@n", name);
            Parameter(insert, "@h", hash);
            Parameter(insert, "@r", User.NameOf(role));
            Parameter(insert, "@at", RevisionHeader.Timestamp(at));
            try
            {
                insert.ExecuteNonQuery();
            }
            catch (DbException e) when (dialect.IsUniqueViolation(e))
            {
                transaction.Rollback();
                return StoreResult<User>.Refused($"there is a user {name} already.");
            }
        }
        foreach (var company in granted)
        {
            using var grant = Command(connection, transaction, "INSERT INTO user_companies (user_name, company) VALUES (@n, @c)");
            Parameter(grant, "@n", name);
            Parameter(grant, "@c", company);
            grant.ExecuteNonQuery();
        }
        transaction.Commit();
        return StoreResult<User>.Ok(new User(name, role, granted, RevisionHeader.ParseTimestamp(RevisionHeader.Timestamp(at))));
    }

    /// <summary>The user named <paramref name="name"/>, or null.</summary>
    public User? FindUser(string name)
    {
        using var connection = dialect.Open();
        return Read(connection, name)?.User;
    }

    /// <summary>The user when <paramref name="password"/> is its password; null otherwise (an unknown name takes as long).</summary>
    public User? SignIn(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        (User User, string Hash)? found = null;
        if (NameProblem(name) is null)
        {
            using var connection = dialect.Open();
            found = Read(connection, name);
        }
        var ok = PasswordHash.Verify(password, found?.Hash ?? Decoy.Value);
        return ok && found is { } f ? f.User : null;
    }

    /// <summary>Every user, by name.</summary>
    public ImmutableArray<User> Users()
    {
        using var connection = dialect.Open();
        var names = new List<string>();
        using (var query = Command(connection, null, "SELECT name FROM users ORDER BY name"))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }
        return [.. names.Select(n => Read(connection, n)!.Value.User)];
    }

    /// <summary>Appends a line to the audit log.</summary>
    public void Audit(string user, string action, string company = "", string revision = "", string detail = "")
    {
        using var connection = dialect.Open();
        using var transaction = dialect.BeginWrite(connection);
        using var insert = Command(connection, transaction,
            "INSERT INTO audit_log (at, user_name, action, company, revision_id, detail) VALUES (@at, @u, @a, @c, @r, @d)");
        Parameter(insert, "@at", RevisionHeader.Timestamp(clock.GetUtcNow()));
        Parameter(insert, "@u", user);
        Parameter(insert, "@a", action);
        Parameter(insert, "@c", company);
        Parameter(insert, "@r", revision);
        Parameter(insert, "@d", detail);
        insert.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The audit log, oldest first; only a company's lines when <paramref name="company"/> is given.</summary>
    public ImmutableArray<AuditEntry> AuditLog(string? company = null)
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null,
            "SELECT seq, at, user_name, action, company, revision_id, detail FROM audit_log WHERE (@c IS NULL OR company = @c) ORDER BY seq");
        Parameter(query, "@c", company);
        using var reader = query.ExecuteReader();
        var entries = ImmutableArray.CreateBuilder<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), RevisionHeader.ParseTimestamp(reader.GetString(1)),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }
        return entries.ToImmutable();
    }

    /// <summary>The longest comment.</summary>
    public const int MaxCommentLength = 10_000;

    /// <summary>Adds a comment (or a reply) on a revision; refused when empty, too long, or a reply to nothing of it.</summary>
    public StoreResult<Comment> AddComment(string revision, string target, long? replyTo, string author, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0 || text.Length > MaxCommentLength || text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return StoreResult<Comment>.Refused($"a comment is 1 to {MaxCommentLength:N0} characters of text.");
        }
        if (replyTo is { } parent && !Comments(revision).Any(c => c.Sequence == parent))
        {
            return StoreResult<Comment>.Refused("the comment replied to is not one of this revision.");
        }
        var at = RevisionHeader.Timestamp(clock.GetUtcNow());
        using var connection = dialect.Open();
        using var transaction = dialect.BeginWrite(connection);
        using var insert = Command(connection, transaction,
            "INSERT INTO comments (revision_id, target, reply_to, author, at, body) VALUES (@r, @t, @p, @a, @at, @b) RETURNING seq");
        Parameter(insert, "@r", revision);
        Parameter(insert, "@t", target);
        Parameter(insert, "@p", replyTo, System.Data.DbType.Int64);
        Parameter(insert, "@a", author);
        Parameter(insert, "@at", at);
        Parameter(insert, "@b", text);
        var sequence = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        transaction.Commit();
        return StoreResult<Comment>.Ok(new Comment(sequence, revision, target, replyTo, author, RevisionHeader.ParseTimestamp(at), text, null));
    }

    /// <summary>Marks a comment of <paramref name="revision"/> resolved (once).</summary>
    public StoreResult<Comment> Resolve(string revision, long comment, string by)
    {
        if (Comments(revision).FirstOrDefault(c => c.Sequence == comment) is not { } found)
        {
            return StoreResult<Comment>.Refused("no such comment on this revision.");
        }
        if (!found.IsOpen)
        {
            return StoreResult<Comment>.Refused($"the comment was resolved by {found.ResolvedBy} already.");
        }
        var inserted = InsertOnce("INSERT INTO comment_resolutions (comment_seq, resolved_by, at) VALUES (@k, @b, @at)", comment, by);
        return inserted ? StoreResult<Comment>.Ok(found with { ResolvedBy = by }) : StoreResult<Comment>.Refused("the comment was resolved by someone else just now.");
    }

    /// <summary>A revision's comments, oldest first, with their resolutions.</summary>
    public ImmutableArray<Comment> Comments(string revision)
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null,
            "SELECT c.seq, c.revision_id, c.target, c.reply_to, c.author, c.at, c.body, r.resolved_by FROM comments c " +
            "LEFT JOIN comment_resolutions r ON r.comment_seq = c.seq WHERE c.revision_id = @r ORDER BY c.seq");
        Parameter(query, "@r", revision);
        using var reader = query.ExecuteReader();
        var comments = ImmutableArray.CreateBuilder<Comment>();
        while (reader.Read())
        {
            comments.Add(new Comment(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture), reader.GetString(4),
                RevisionHeader.ParseTimestamp(reader.GetString(5)), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return comments.ToImmutable();
    }

    /// <summary>Records a sign-off step of a revision (once per step: a second is refused).</summary>
    public StoreResult<string> SignOff(string revision, string step, string by)
    {
        if (SignOffs(revision).FirstOrDefault(s => s.Step == step) is { By: { } signer })
        {
            return StoreResult<string>.Refused($"the revision was marked {step} by {signer} already.");
        }
        var inserted = InsertOnce("INSERT INTO sign_offs (revision_id, step, signed_by, at) VALUES (@k, @s, @b, @at)", revision, by, ("@s", step));
        return inserted ? StoreResult<string>.Ok(step) : StoreResult<string>.Refused($"the revision was marked {step} by someone else just now.");
    }

    /// <summary>
    /// Inserts one row keyed by <c>@k</c> (with <c>@b</c> the user and <c>@at</c> now); false when a row with that key
    /// exists already (another request won the race: the unique key decides, on both backends).
    /// </summary>
    private bool InsertOnce(string sql, object key, string by, params (string Name, object Value)[] more)
    {
        using var connection = dialect.Open();
        using var transaction = dialect.BeginWrite(connection);
        using var insert = Command(connection, transaction, sql);
        Parameter(insert, "@k", key);
        Parameter(insert, "@b", by);
        Parameter(insert, "@at", RevisionHeader.Timestamp(clock.GetUtcNow()));
        foreach (var (name, value) in more)
        {
            Parameter(insert, name, value);
        }
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            transaction.Rollback();
            return false;
        }
        transaction.Commit();
        return true;
    }

    /// <summary>A revision's sign-offs: step and who signed it, in the order they were taken.</summary>
    public ImmutableArray<(string Step, string By)> SignOffs(string revision)
    {
        using var connection = dialect.Open();
        using var query = Command(connection, null, "SELECT step, signed_by FROM sign_offs WHERE revision_id = @r ORDER BY at, step DESC");
        Parameter(query, "@r", revision);
        using var reader = query.ExecuteReader();
        var steps = ImmutableArray.CreateBuilder<(string, string)>();
        while (reader.Read())
        {
            steps.Add((reader.GetString(0), reader.GetString(1)));
        }
        return steps.ToImmutable();
    }

    /// <summary>Why a user name cannot be used, or null: 1 to 64 letters, digits, '.', '-', '_' or '@'.</summary>
    public static string? NameProblem(string name) =>
        name.Length is 0 or > MaxNameLength ? $"must be 1 to {MaxNameLength} characters."
        : !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@') ? "may hold only letters, digits, '.', '-', '_' and '@'."
        : null;

    private static (User User, string Hash)? Read(DbConnection connection, string name)
    {
        string hash;
        Role role;
        DateTimeOffset created;
        using (var query = Command(connection, null, "SELECT password_hash, role, created_at FROM users WHERE name = @n"))
        {
            Parameter(query, "@n", name);
            using var reader = query.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            hash = reader.GetString(0);
            role = User.ParseRole(reader.GetString(1)) ?? Role.Preparer;
            created = RevisionHeader.ParseTimestamp(reader.GetString(2));
        }
        var companies = ImmutableArray.CreateBuilder<string>();
        using (var grants = Command(connection, null, "SELECT company FROM user_companies WHERE user_name = @n ORDER BY company"))
        {
            Parameter(grants, "@n", name);
            using var reader = grants.ExecuteReader();
            while (reader.Read())
            {
                companies.Add(reader.GetString(0));
            }
        }
        return (new User(name, role, companies.ToImmutable(), created), hash);
    }
}
