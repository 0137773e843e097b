using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Kessan.Store.Database;
using Kessan.Store.Importing;
using Kessan.Store.Review;

/// <summary>
/// The review app under load: a number of signed-in reviewers at once, each browsing the sample's revision
/// (the page, its release, three figure explanations at random, again and again) for a fixed time, against the app on
/// SQLite on a loopback port. Reports requests, failures and the p50/p99/max latency. Bounded: loopback only, a fixed
/// duration, one release.
/// </summary>
internal static partial class ReviewLoad
{
    private const string Password = "a long enough password";

    public static void Run(string root, string work, int seconds, int reviewers, Action<string[]> dotnet)
    {
        dotnet(["build", Path.Combine(root, "src", "Kessan.Web", "Kessan.Web.csproj"), "-c", "Release", "--artifacts-path", Path.Combine(work, "web")]);
        var app = Directory.EnumerateFiles(Path.Combine(work, "web"), "Kessan.Web.dll", SearchOption.AllDirectories).First(p => p.Contains("/bin/", StringComparison.Ordinal));
        var storePath = Path.Combine(work, "review.db");
        string revision;
        using (var store = SqlFactStore.Open(new StoreLocation(StoreKind.Sqlite, storePath), create: true).Value!)
        {
            revision = PackageImport.Run(store, Path.Combine(root, "samples", "iij-fy2012"), "bench", "load test", null).Revision!.Id;
            var review = new ReviewStore(store);
            for (var i = 1; i <= reviewers; i++)
            {
                review.AddUser(Name(i), Role.Reviewer, ["IIJ"], Password);
            }
        }
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { app, "--store", storePath, "--urls", url })
        {
            start.ArgumentList.Add(a);
        }
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            Measure(url, revision, seconds, reviewers).GetAwaiter().GetResult();
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static async Task Measure(string url, string revision, int seconds, int reviewers)
    {
        await WaitUntilUp(url);
        var clients = new List<HttpClient>();
        for (var i = 1; i <= reviewers; i++)
        {
            clients.Add(await SignedIn(url, Name(i)));
        }
        var release = await clients[0].GetStringAsync($"/revisions/{revision}/release.html"); // built once, before the clock starts
        var figures = FigureIds().Matches(release).Select(m => m.Groups[1].Value).Distinct().ToArray();
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(clients.Select((client, n) => Task.Run(async () =>
        {
            var random = new Random(n);
            while (deadline.Elapsed < limit)
            {
                var paths = new List<string> { $"/revisions/{revision}", $"/revisions/{revision}/release.html" };
                paths.AddRange(Enumerable.Range(0, 3).Select(_ => $"/revisions/{revision}/figures/{figures[random.Next(figures.Length)]}"));
                foreach (var path in paths)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        using var response = await client.GetAsync(path);
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    catch (TaskCanceledException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        })));
        var elapsed = deadline.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine();
        Console.WriteLine($"review app, {reviewers} reviewers for {seconds} s on SQLite (loopback; page, release and 3 explanations a round):");
        Console.WriteLine("| requests | failed | requests/s | p50 | p99 | max |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {sorted.Length} | {failures} | {sorted.Length / elapsed:F1} | {At(0.50):F1} ms | {At(0.99):F1} ms | {sorted[^1]:F1} ms |"));
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    private static async Task<HttpClient> SignedIn(string url, string name)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var form = await client.GetStringAsync("/signin");
        var token = Token().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{name} could not sign in ({(int)response.StatusCode}).");
        }
        return client;
    }

    private static async Task WaitUntilUp(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                (await client.GetAsync(url + "/signin")).EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        throw new InvalidOperationException("The review app did not start.");
    }

    private static string Name(int i) => "reviewer" + i.ToString("00", CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-figure=\"([^\"]+)\"")]
    private static partial Regex FigureIds();
}
