namespace Kessan.Web.Review;

/// <summary>
/// <c>/revisions/{id}/release.html</c>: the revision's release.html exactly as <c>kessan build</c> writes it, for the
/// app's frame: no script may run in it, and only the app may frame it.
/// </summary>
public static class ReleaseEndpoint
{
    /// <summary>Serves the release, or 403/404.</summary>
    public static IResult Serve(string id, HttpContext context, StoreAccess store, ReleaseCache releases)
    {
        var access = RevisionAccess.Find(store, context.User, id);
        if (!access.Allowed)
        {
            return Results.StatusCode(access.Status);
        }
        var release = releases.Get(access.Revision!);
        if (release.Html is null)
        {
            return Results.StatusCode(StatusCodes.Status409Conflict); // the revision page lists why
        }
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReleasePolicy;
        context.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.Content(release.Html, "text/html; charset=utf-8");
    }
}
