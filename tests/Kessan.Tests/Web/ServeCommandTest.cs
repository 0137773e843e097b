using System.Net;
using Kessan.Tests.Cli;
using Kessan.Tests.Store;

namespace Kessan.Tests.Web;

/// <summary><c>kessan serve</c> starts the review app beside kessan, on the address and store it is given.</summary>
public sealed class ServeCommandTest
{
    [Fact]
    public async Task Serve_starts_the_review_app_on_the_address_and_store_given()
    {
        using var test = TestStore.Create("sqlite");
        await using var app = await ServedApp.Start(test.Folder, "team.db");
        using var client = new HttpClient { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromSeconds(5) };

        var page = await client.GetStringAsync("/signin");

        page.ShouldContain("<h1>Sign in</h1>");
        (await client.GetAsync("/app.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        File.Exists(Path.Combine(test.Folder, "team.db")).ShouldBeTrue("the store named, relative to where kessan serve runs");
    }

    [Fact]
    public void Without_the_review_app_serve_says_how_to_install_it()
    {
        Environment.SetEnvironmentVariable(Kessan.Cli.Commands.ServeCommand.Variable, "/nonexistent/Kessan.Web.dll");
        try
        {
            var (code, _, error) = CliRun.Run("serve");

            code.ShouldBe(2);
            error.ShouldContain("the review app is not installed beside kessan");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Kessan.Cli.Commands.ServeCommand.Variable, null);
        }
    }
}
