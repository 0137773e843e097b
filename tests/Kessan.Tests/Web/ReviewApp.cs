using System.Net;
using System.Text.RegularExpressions;
using Kessan.Store.Importing;
using Kessan.Store.Model;
using Kessan.Store.Review;
using Kessan.Testing;
using Kessan.Tests.Cli;
using Kessan.Tests.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kessan.Tests.Web;

/// <summary>
/// The review app hosted in-process on a store of its own: the IIJ sample imported (and a second revision whose narrative
/// and message hold markup), and users of every role: alice and paul prepare IIJ, rita reviews IIJ, otto approves IIJ, bob reviews
/// Apple only, ada is an admin of no company.
/// </summary>
public sealed class ReviewApp : WebApplicationFactory<Kessan.Web.Program>
{
    /// <summary>Every test user's password.</summary>
    public const string Password = "a long enough password";

    private readonly TestStore store = TestStore.Create("sqlite");
    private readonly CliRun files = new();

    public ReviewApp()
    {
        using var facts = store.Open();
        Sample = PackageImport.Run(facts, SamplePackages.IijFy2012Path, "alice", "FY2012 release", null).Revision!;
        var sample = SamplePackages.IijFy2012();
        var marked = files.Write(sample.With("narrative/about.md", sample.Files["narrative/about.md"] + "\n<script>alert('about')</script>\n"));
        var markup = PackageImport.Run(facts, marked, "alice", "<b>bold</b> <script>alert('message')</script>", Sample.Id);
        Markup = markup.Revision ?? throw new InvalidOperationException(markup.Refusal + string.Join('\n', markup.Diagnostics));
        Workflow = PackageImport.Run(facts, SamplePackages.IijFy2012Path, "alice", "For the sign-off chain", Markup.Id).Revision!;
        var review = new ReviewStore(facts);
        review.AddUser("alice", Role.Preparer, ["IIJ"], Password).Error.ShouldBeNull();
        review.AddUser("paul", Role.Preparer, ["IIJ"], Password).Error.ShouldBeNull();
        review.AddUser("rita", Role.Reviewer, ["IIJ"], Password).Error.ShouldBeNull();
        review.AddUser("otto", Role.Approver, ["IIJ"], Password).Error.ShouldBeNull();
        review.AddUser("bob", Role.Reviewer, ["Apple"], Password).Error.ShouldBeNull();
        review.AddUser("ada", Role.Admin, [], Password).Error.ShouldBeNull();
    }

    /// <summary>The sample's revision.</summary>
    public Revision Sample { get; }

    /// <summary>The revision with markup in its narrative and message.</summary>
    public Revision Markup { get; }

    /// <summary>A revision of the sample that the sign-off tests take through the chain.</summary>
    public Revision Workflow { get; }

    /// <summary>The store's revisions of a company, newest first.</summary>
    public System.Collections.Immutable.ImmutableArray<Revision> Log(string company)
    {
        using var facts = store.Open();
        return facts.Log(company);
    }

    /// <summary>The store's audit log as it is now.</summary>
    public System.Collections.Immutable.ImmutableArray<AuditEntry> AuditLog()
    {
        using var facts = store.Open();
        return new ReviewStore(facts).AuditLog();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("store", store.Argument);

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="name"/>.</summary>
    public async Task<HttpClient> SignedIn(string name)
    {
        var client = Client();
        var response = await SignIn(client, name, Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{name} signs in");
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would (with the anti-forgery token of the form).</summary>
    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password)
    {
        var token = await Token(client, "/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Posts a form of the page at <paramref name="path"/> to its handler, with the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Token(client, path);
        var to = handler.Length == 0 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await client.PostAsync(to, new FormUrlEncodedContent(fields));
    }

    /// <summary>The anti-forgery token of the form on <paramref name="path"/>.</summary>
    public static async Task<string> Token(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeNullOrEmpty();
        return token;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            store.Dispose();
            files.Dispose();
        }
    }
}
