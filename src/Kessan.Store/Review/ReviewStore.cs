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
            insert.ExecuteNonQuery();
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
