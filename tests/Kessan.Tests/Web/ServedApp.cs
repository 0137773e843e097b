using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kessan.Tests.Web;

/// <summary>
/// The review app as a user starts it: <c>kessan serve --store S --urls http://127.0.0.1:PORT</c> in its own process, on a
/// free loopback port, from a folder of the test's; ready once its sign-in page answers. Stopped (with its child) on dispose.
/// </summary>
internal sealed class ServedApp(Process process, string url) : IAsyncDisposable
{
    /// <summary>Where it listens.</summary>
    public string Url { get; } = url;

    /// <summary>Starts it and waits (up to a minute) until it answers.</summary>
    public static async Task<ServedApp> Start(string folder, string store)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = folder };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll"), "serve", "--store", store, "--urls", url })
        {
            start.ArgumentList.Add(a);
        }
        var started = Process.Start(start)!;
        var app = new ServedApp(started, url);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            started.HasExited.ShouldBeFalse("the review app stopped");
            try
            {
                (await client.GetAsync(url + "/signin")).EnsureSuccessStatusCode();
                return app;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
