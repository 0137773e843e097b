using System.Threading.RateLimiting;

namespace Kessan.Web.Review;

/// <summary>
/// Sign-in attempts are rate-limited: five a minute for one user name from one address, then 429 until the minute is
/// over. Every other request is not limited here.
/// </summary>
public static class SignInLimit
{
    /// <summary>The attempts allowed in a window for one name from one address.</summary>
    public const int Attempts = 5;

    /// <summary>A limiter for one app: partitions sign-in posts by address and name.</summary>
    public static PartitionedRateLimiter<HttpContext> Create() => PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        if (!IsSignIn(context.Request))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var name = context.Request.HasFormContentType ? context.Request.Form["name"].ToString().Trim().ToLowerInvariant() : "";
        var key = $"{context.Connection.RemoteIpAddress}|{name}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Attempts,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    });

    /// <summary>Reads a sign-in post's form before the limiter looks at its name (the limiter cannot wait for it).</summary>
    public static async Task ReadFormFirst(HttpContext context, Func<Task> next)
    {
        if (IsSignIn(context.Request) && context.Request.HasFormContentType)
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }
        await next();
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/signin", StringComparison.OrdinalIgnoreCase);
}
