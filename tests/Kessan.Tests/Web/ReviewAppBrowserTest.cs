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
    public async Task A_preparer_opens_the_sample_explains_total_revenues_tries_a_change_and_comments_a_reviewer_and_an_approver_sign_off_and_another_company_gets_403()
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
            review.AddUser("rita", Role.Reviewer, ["IIJ"], Password).Error.ShouldBeNull();
            review.AddUser("otto", Role.Approver, ["IIJ"], Password).Error.ShouldBeNull();
        }
        await using var server = await ServedApp.Start(test.Folder, test.Argument);
        var baseUrl = server.Url;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
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

        // A change that breaks the totals is shown with what it breaks, and not saved.
        await panel.Locator("a.edit-fact").First.ClickAsync();
        await alice.FillAsync("input[name=value]", "106,248,487");
        await alice.FillAsync("input[name=message]", "Revenues one thousand yen up");
        await alice.ClickAsync("form.edit >> button[type=submit]");
        (await alice.Locator(".refusal").InnerTextAsync()).ShouldContain("Not saved");
        (await alice.Locator(".diagnostics li.error").CountAsync()).ShouldBeGreaterThan(0);
        await Screenshot(alice, "review-change-refused.png");

        // A comment on the figure, from its explanation.
        await alice.GotoAsync($"{baseUrl}/revisions/{revision}");
        await alice.FrameLocator("iframe.release").Locator("#table-operating-results td[data-figure]").Filter(new LocatorFilterOptions { HasText = "106,248" }).First.ClickAsync();
        await alice.FillAsync("#explanation textarea[name=body]", "Agrees with the ledger's total: please confirm.");
        await alice.ClickAsync("#explanation form.figure-comment button[type=submit]");
        (await alice.Locator(".comments article.open .body").InnerTextAsync()).ShouldBe("Agrees with the ledger's total: please confirm.");

        // The reviewer resolves it and marks the revision reviewed; the approver approves it.
        var rita = await SignIn(browser, baseUrl, "rita");
        await rita.GotoAsync($"{baseUrl}/revisions/{revision}");
        await rita.ClickAsync(".comments article.open form[action*='handler=Resolve'] button");
        await rita.ClickAsync("button.step:has-text('Mark reviewed')");
        (await rita.Locator(".workflow .status").InnerTextAsync()).ShouldBe("reviewed");
        var otto = await SignIn(browser, baseUrl, "otto");
        await otto.GotoAsync($"{baseUrl}/revisions/{revision}");
        await otto.ClickAsync("button.step:has-text('Mark approved')");
        (await otto.Locator(".workflow .status").InnerTextAsync()).ShouldBe("approved");
        await Screenshot(otto, "review-approved.png");

        var bob = await SignIn(browser, baseUrl, "bob");
        var forbidden = await bob.GotoAsync($"{baseUrl}/revisions/{revision}");
        forbidden!.Status.ShouldBe(403);
        (await bob.ContentAsync()).ShouldNotContain("106,248");
    }

    private static async Task<IPage> SignIn(IBrowser browser, string baseUrl, string name)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/signin");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", Password);
        await page.ClickAsync("button[type=submit]");
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("KESSAN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = false });
        }
    }
}
