using System.Net;

namespace Kessan.Tests.Web;

/// <summary>
/// The review app in-process: sign-in (anti-forgery, rate limit, audit), who sees what (each role, another company's user,
/// signed out), the release with its diagnostics, a figure's explanation down to its facts, escaping and security headers.
/// </summary>
public sealed class ReviewAppTest(ReviewApp app) : IClassFixture<ReviewApp>
{
    private string[] RevisionPaths => [$"/revisions/{app.Sample.Id}", $"/revisions/{app.Sample.Id}/release.html",
        $"/revisions/{app.Sample.Id}/figures/highlights/revenues/jpy/1", "/companies/IIJ"];

    [Fact]
    public async Task Signed_out_every_page_sends_to_sign_in_and_shows_no_figure()
    {
        using var client = app.Client();
        foreach (var path in RevisionPaths.Append("/"))
        {
            var response = await client.GetAsync(path);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldStartWith("http://localhost/signin?ReturnUrl=");
            (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_audited_and_the_right_one_signs_in()
    {
        using var client = app.Client();

        var wrong = await ReviewApp.SignIn(client, "rita", "not the password at all");
        var right = await ReviewApp.SignIn(client, "rita", ReviewApp.Password);

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("The name or the password is not right.");
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.ToString().ShouldBe("/");
        var log = app.AuditLog();
        log.ShouldContain(e => e.User == "rita" && e.Action == "sign-in-failed");
        log.ShouldContain(e => e.User == "rita" && e.Action == "sign-in");
        (await client.GetStringAsync("/")).ShouldContain("<a href=\"/companies/IIJ\">IIJ</a>");
    }

    [Fact]
    public async Task A_sign_in_without_the_forms_anti_forgery_token_is_refused()
    {
        using var client = app.Client();

        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "alice",
            ["password"] = ReviewApp.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_name_are_rate_limited()
    {
        using var client = app.Client();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            codes.Add((await ReviewApp.SignIn(client, "nobody-" + nameof(Sign_in_attempts_for_one_name_are_rate_limited), "wrong password again")).StatusCode);
        }

        codes.Take(5).ShouldAllBe(c => c == HttpStatusCode.OK);
        codes.Skip(5).ShouldAllBe(c => c == HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("ada")]
    public async Task A_user_without_the_company_gets_403_and_nothing_else(string name)
    {
        using var client = await app.SignedIn(name);
        foreach (var path in RevisionPaths)
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            body.ShouldBe("403", path);
        }
        (await client.GetStringAsync("/")).ShouldNotContain("IIJ");
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("rita")]
    [InlineData("otto")]
    public async Task Every_role_granted_the_company_sees_its_release_and_diagnostics(string name)
    {
        using var client = await app.SignedIn(name);

        var company = await client.GetStringAsync("/companies/IIJ");
        var page = await client.GetStringAsync($"/revisions/{app.Sample.Id}");
        var release = await client.GetAsync($"/revisions/{app.Sample.Id}/release.html");

        company.ShouldContain($"<a href=\"/revisions/{app.Sample.Id}\"><code>{app.Sample.ShortId}</code></a>");
        page.ShouldContain($"<title>IIJ FY2012 · {app.Sample.ShortId} · Kessan review</title>");
        page.ShouldContain("0 errors, 0 warnings");
        page.ShouldContain($"<iframe class=\"release\" title=\"The release\" src=\"/revisions/{app.Sample.Id}/release.html\"></iframe>");
        release.StatusCode.ShouldBe(HttpStatusCode.OK);
        release.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        release.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(Kessan.Web.Review.SecurityHeaders.ReleasePolicy);
        var html = await release.Content.ReadAsStringAsync();
        html.ShouldContain("data-figure=\"highlights/revenues/jpy/1\">106,248");
        app.AuditLog().ShouldContain(e => e.User == name && e.Action == "view" && e.Revision == app.Sample.Id);
    }

    [Fact]
    public async Task A_figure_is_explained_down_to_its_facts_with_file_line_and_revision_and_every_place_it_appears()
    {
        using var client = await app.SignedIn("rita");

        var page = await client.GetStringAsync($"/revisions/{app.Sample.Id}/figures/operating-results/revenues/FY2012");

        page.ShouldContain("<h2>Total revenues <span class=\"dim\">FY2012</span></h2>");
        page.ShouldContain("<dt>Shown</dt><dd class=\"shown\">106,248</dd>");
        page.ShouldContain("<dt>Exact</dt><dd class=\"exact\">106248486000 JPY</dd>");
        page.ShouldContain("<span class=\"rule\">fact</span> <code>Revenues</code> @ FY2012 = <span class=\"value\">JPY 106,248,486 thousand</span>");
        page.ShouldContain($"from facts/income-statement.csv:16:23 in revision <code>{app.Sample.ShortId}</code>");
        foreach (var place in new[] { "highlights/revenues/jpy/1", "operating-results/revenues/FY2012", "segment-results/revenues/FY2012", "tanshin-results/FY2012/revenues" })
        {
            page.ShouldContain($"<li><code>{place}</code></li>");
        }
        app.AuditLog().ShouldContain(e => e.User == "rita" && e.Action == "explain" && e.Detail == "highlights/revenues/jpy/1");
        (await client.GetAsync($"/revisions/{app.Sample.Id}/figures/no/such/figure")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/revisions/{new string('0', 64)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_of_a_revision_is_shown_line_by_line_where_diagnostics_point()
    {
        using var rita = await app.SignedIn("rita");
        using var bob = await app.SignedIn("bob");
        var path = $"/revisions/{app.Sample.Id}/files/facts/segments.csv";

        var page = await rita.GetStringAsync(path);

        page.ShouldContain("<li id=\"L7\"><code>OperatingIncome,Segment=ATMOperation,(194),239</code></li>");
        (await bob.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await rita.GetAsync($"/revisions/{app.Sample.Id}/files/no/such.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rita.GetStringAsync($"/revisions/{app.Markup.Id}/files/narrative/about.md")).ShouldContain("&lt;script&gt;alert(&#x27;about&#x27;)&lt;/script&gt;");
    }

    [Fact]
    public async Task Markup_in_a_narrative_or_a_message_is_shown_as_text()
    {
        using var client = await app.SignedIn("alice");

        var company = await client.GetStringAsync("/companies/IIJ");
        var release = await client.GetStringAsync($"/revisions/{app.Markup.Id}/release.html");

        company.ShouldContain("&lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(&#x27;message&#x27;)&lt;/script&gt;");
        company.ShouldNotContain("<script>alert");
        release.ShouldNotContain("<script");
        release.ShouldContain("alert(");
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task The_apps_script_and_stylesheet_are_served_to_anyone(string path, string type)
    {
        using var client = app.Client();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(500);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = await app.SignedIn("alice");
        foreach (var path in new[] { "/", "/signin", "/companies/IIJ", $"/revisions/{app.Sample.Id}" })
        {
            var response = await client.GetAsync(path);

            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            csp.ShouldContain("script-src 'self'");
            csp.ShouldContain("frame-ancestors 'none'");
            csp.ShouldNotContain("unsafe-inline");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        }
    }
}
