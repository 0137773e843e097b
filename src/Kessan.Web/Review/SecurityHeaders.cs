namespace Kessan.Web.Review;

/// <summary>
/// The headers every response carries: a content security policy with no inline script (the app's one script is a
/// file), no framing by other sites, no sniffing, no referrer, and no caching of pages that show figures.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of the app's pages.</summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of a release shown in the app's frame: release.html as it is published (its own inline stylesheet and
    /// SVG charts), no script at all, framed only by the app itself.
    /// </summary>
    public const string ReleasePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>Adds the headers to every response (a page may replace the policy before it starts writing).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        await next(context);
    });
}
