using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = test.Folder };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll"), "serve", "--store", "team.db", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var page = await Poll(client, "/signin", process);

            page.ShouldContain("<h1>Sign in</h1>");
            (await client.GetAsync("/app.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
            File.Exists(Path.Combine(test.Folder, "team.db")).ShouldBeTrue("the store named, relative to where kessan serve runs");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> Poll(HttpClient client, string path, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            process.HasExited.ShouldBeFalse("the review app stopped");
            try
            {
                return await client.GetStringAsync(path);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
