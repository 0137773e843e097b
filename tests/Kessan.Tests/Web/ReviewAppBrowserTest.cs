using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kessan.Store.Importing;
using Kessan.Store.Review;
using Kessan.Testing;
using Kessan.Tests.Store;
using Microsoft.Playwright;

namespace Kessan.Tests.Web;

/// <summary>
/// The review app in a real browser: Debian's Chromium driven by Playwright against <c>kessan serve</c> on a free loopback
/// port. With <c>KESSAN_SCREENSHOTS</c> set to a folder, the main pages are saved there as PNG (docs/images holds them).
/// </summary>
public sealed class ReviewAppBrowserTest
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task A_preparer_signs_in_opens_the_sample_and_clicks_total_revenues_to_see_its_facts_and_another_company_gets_403()
    {
        ExternalTools.Require(Tools.Chromium);
        using var test = TestStore.Create("sqlite");
        string revision;
        using (var store = test.Open())
        {
            revision = PackageImport.Run(store, SamplePackages.IijFy2012Path, "alice", "FY2012 release", null).Revision!.Id;
            var review = new ReviewStore(store);
            review.AddUser("alice", Role.Preparer, ["IIJ"], Password).Error.ShouldBeNull();
            review.AddUser("bob", Role.Reviewer, ["Apple"], Password).Error.ShouldBeNull();
        }
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var server = Serve(test, baseUrl);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu"],
            });
            await WaitUntilUp(baseUrl, server);
            var alice = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            await alice.GotoAsync(baseUrl + "/");
            alice.Url.ShouldStartWith(baseUrl + "/signin");
            await Screenshot(alice, "review-sign-in.png");
            await alice.FillAsync("input[name=name]", "alice");
            await alice.FillAsync("input[name=password]", Password);
            await alice.ClickAsync("button[type=submit]");
            await alice.ClickAsync("a[href='/companies/IIJ']");
            await Screenshot(alice, "review-company.png");
            await alice.ClickAsync($"a[href='/revisions/{revision}']");
            (await alice.TitleAsync()).ShouldStartWith("IIJ FY2012");

            var release = alice.FrameLocator("iframe.release");
            var total = release.Locator("#table-operating-results td[data-figure]").Filter(new LocatorFilterOptions { HasText = "106,248" }).First;
            await total.ClickAsync();
            var panel = alice.Locator("#explanation");
            await panel.Locator(".source").First.WaitForAsync();

            (await panel.InnerTextAsync()).ShouldContain("106,248");
            (await panel.Locator(".source").First.InnerTextAsync()).ShouldContain("facts/income-statement.csv:16:23");
            (await release.Locator("[data-figure='highlights/revenues/jpy/1']").CountAsync()).ShouldBe(5);
            (await release.Locator("[data-figure='highlights/revenues/jpy/1']").Last.EvaluateAsync<string>("e => e.style.outlineStyle")).ShouldBe("solid",
                "every place the figure appears is marked");
            await Screenshot(alice, "review-release-explained.png");

            var bob = await browser.NewPageAsync();
            await bob.GotoAsync(baseUrl + "/signin");
            await bob.FillAsync("input[name=name]", "bob");
            await bob.FillAsync("input[name=password]", Password);
            await bob.ClickAsync("button[type=submit]");
            var forbidden = await bob.GotoAsync($"{baseUrl}/revisions/{revision}");
            forbidden!.Status.ShouldBe(403);
            (await bob.ContentAsync()).ShouldNotContain("106,248");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static Process Serve(TestStore test, string url)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = test.Folder };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Kessan.Cli.dll"), "serve", "--store", test.Argument, "--urls", url })
        {
            start.ArgumentList.Add(a);
        }
        return Process.Start(start)!;
    }

    private static async Task WaitUntilUp(string url, Process server)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            server.HasExited.ShouldBeFalse("the review app stopped");
            try
            {
                (await client.GetAsync(url + "/signin")).EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("KESSAN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = false });
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
