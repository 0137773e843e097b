using System.Security.Claims;
using Kessan.Store.Model;
using Kessan.Store.Review;

namespace Kessan.Web.Review;

/// <summary>A revision a signed-in user asked for, once found and allowed; or the status to answer instead.</summary>
/// <param name="User">The user.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Status">200 when allowed; 404 when there is no such revision; 403 when the user may not see its company.</param>
public sealed record RevisionAccess(User? User, Revision? Revision, int Status)
{
    /// <summary>True when the user may see the revision.</summary>
    public bool Allowed => Status == StatusCodes.Status200OK;

    /// <summary>
    /// Finds revision <paramref name="id"/> (its full id) for <paramref name="principal"/>: a user without the right to its
    /// company learns nothing of it but 403.
    /// </summary>
    public static RevisionAccess Find(StoreAccess store, ClaimsPrincipal principal, string id)
    {
        var user = store.UserOf(principal);
        if (user is null)
        {
            return new(null, null, StatusCodes.Status403Forbidden);
        }
        if (id.Length != 64 || !id.All(char.IsAsciiHexDigitLower) || store.Facts.Find(id).Value is not { } revision)
        {
            return new(user, null, StatusCodes.Status404NotFound);
        }
        return user.MaySee(revision.Company) ? new(user, revision, StatusCodes.Status200OK) : new(user, null, StatusCodes.Status403Forbidden);
    }
}
