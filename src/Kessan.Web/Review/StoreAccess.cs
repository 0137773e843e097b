using Kessan.Store.Database;
using Kessan.Store.Review;

namespace Kessan.Web.Review;

/// <summary>The store the app serves: its revisions and facts, and the review tables (users, audit log).</summary>
public sealed class StoreAccess : IDisposable
{
    private StoreAccess(SqlFactStore facts)
    {
        Facts = facts;
        Review = new ReviewStore(facts);
    }

    /// <summary>Revisions, files and facts.</summary>
    public SqlFactStore Facts { get; }

    /// <summary>Users and the audit log.</summary>
    public ReviewStore Review { get; }

    /// <summary>
    /// Opens (creating) the store named as <c>--store</c> names it (null: <c>KESSAN_STORE</c>, else <c>kessan.db</c> in the
    /// working folder). A store that cannot be opened stops the app with the store's own message, which names no secret.
    /// </summary>
    public static StoreAccess Open(string? name)
    {
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(name);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException("kessan serve: " + e.Message, e);
        }
        var opened = SqlFactStore.Open(location, create: true);
        return opened.Value is { } store ? new StoreAccess(store) : throw new InvalidOperationException("kessan serve: " + opened.Error);
    }

    /// <summary>The user signed in on <paramref name="principal"/>, as the store has it now (a removed grant counts at once).</summary>
    public User? UserOf(System.Security.Claims.ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, Name: { } name } ? Review.FindUser(name) : null;

    /// <inheritdoc/>
    public void Dispose() => Facts.Dispose();
}
