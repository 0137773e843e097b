using System.Globalization;
using Npgsql;

namespace Kessan.Store.Database;

/// <summary>The two kinds of store.</summary>
public enum StoreKind
{
    /// <summary>A single SQLite file, embedded: the default.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL database, for teams.</summary>
    PostgreSql = 1,
}

/// <summary>
/// Where the store is, as the user names it (<c>--store</c>, else <c>KESSAN_STORE</c>, else <c>kessan.db</c> in the
/// working folder): a file path is a SQLite store; a <c>postgresql://</c> URL or an Npgsql connection string
/// (<c>Host=…;Database=…</c>) is a PostgreSQL store.
/// </summary>
/// <param name="Kind">SQLite or PostgreSQL.</param>
/// <param name="Target">The SQLite file's full path, or the PostgreSQL connection string.</param>
public sealed record StoreLocation(StoreKind Kind, string Target)
{
    /// <summary>The environment variable naming the store when <c>--store</c> does not.</summary>
    public const string EnvironmentVariable = "KESSAN_STORE";

    /// <summary>The SQLite file used when nothing names a store.</summary>
    public const string DefaultFile = "kessan.db";

    /// <summary>The store named by <paramref name="option"/>, else by the environment, else the default file.</summary>
    public static StoreLocation Resolve(string? option) =>
        Parse(!string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultFile);

    /// <summary>Reads a store's name.</summary>
    /// <exception cref="ArgumentException">A URL or connection string that cannot be read (the message quotes no password).</exception>
    public static StoreLocation Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(StoreKind.PostgreSql, FromUrl(text));
        }
        if (text.Contains('=', StringComparison.Ordinal) && text.Contains("host", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new StoreLocation(StoreKind.PostgreSql, new NpgsqlConnectionStringBuilder(text).ConnectionString);
            }
            catch (ArgumentException)
            {
                throw new ArgumentException("The PostgreSQL connection string cannot be read (Host=…;Database=…;Username=…).");
            }
        }
        return new StoreLocation(StoreKind.Sqlite, Path.GetFullPath(text));
    }

    /// <summary>The store in words, for messages: never a password.</summary>
    public string Description => Kind == StoreKind.Sqlite
        ? "SQLite store " + Target
        : Described(new NpgsqlConnectionStringBuilder(Target));

    private static string Described(NpgsqlConnectionStringBuilder b) =>
        string.Create(CultureInfo.InvariantCulture, $"PostgreSQL store {b.Database} on {b.Host}:{b.Port}");

    private static string FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("The PostgreSQL URL cannot be read: write postgresql://user:password@host:port/database.");
        }
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            b.Port = uri.Port;
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            b.Database = database;
        }
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                b[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (ArgumentException)
            {
                throw new ArgumentException("The PostgreSQL URL names a setting Npgsql does not know: " + Uri.UnescapeDataString(kv[0]) + ".");
            }
        }
        return b.ConnectionString;
    }
}
