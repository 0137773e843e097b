using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Kessan.Web;

/// <summary>
/// kessan serve: the review app. Kestrel on 127.0.0.1:5080 unless --urls says otherwise; the store as --store names it.
/// A class (not top-level statements) so that in-process tests can host it by name.
/// </summary>
public sealed class Program
{
    /// <summary>Runs the app until it is stopped.</summary>
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddServices(builder);
        var app = builder.Build();
        UsePipeline(app);
        app.Run();
    }

    /// <summary>The store, the release cache, Razor Pages, cookie sign-in, access rules and the sign-in rate limit.</summary>
    private static void AddServices(WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }
        // The server's log says what went wrong, not every request (a path names a revision and a figure; never a value).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(_ => StoreAccess.Open(builder.Configuration["store"]));
        builder.Services.AddSingleton<ReleaseCache>();
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)); // Japanese as itself, not as &#x...;
        builder.Services.AddRazorPages();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "kessan-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // loopback is plain HTTP; behind TLS the cookie is Secure
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/signin";
            options.LogoutPath = "/signout";
            // A signed-in user without the right to a company gets 403 and nothing else (no redirect naming what was asked for).
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = SignInLimit.Create();
        });
    }

    /// <summary>Security headers first, then errors, the sign-in rate limit, sign-in, the pages and their stylesheet and script.</summary>
    private static void UsePipeline(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePages("text/plain", "{0}");
        app.UseRouting();
        app.Use(SignInLimit.ReadFormFirst);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapAssets();
        app.MapGet("/revisions/{id}/release.html", ReleaseEndpoint.Serve);
    }
}
