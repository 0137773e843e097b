using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kessan.Testing;

namespace Kessan.Tests.Web;

/// <summary>
/// A preparer changes a fact in the browser: checked before anything is saved, saved as a new revision on top of the one
/// changed, and the second of two people editing the same revision is refused.
/// </summary>
public sealed class EditTest(ReviewApp app) : IClassFixture<ReviewApp>
{
    // facts/segments.csv line 7: OperatingIncome,Segment=ATMOperation,(194),239 — the FY2012 cell starts at column 44.
    private static readonly Dictionary<string, string> AtmOperatingIncome = new() { ["file"] = "facts/segments.csv", ["line"] = "7", ["column"] = "44" };

    [Fact]
    public async Task A_change_that_breaks_a_total_is_shown_and_not_saved()
    {
        using var alice = await app.SignedIn("alice");
        var path = $"/revisions/{app.Workflow.Id}/edit";
        var before = app.Log("IIJ").Length;

        var response = await ReviewApp.Post(alice, path + "?file=facts/income-statement.csv&line=16&column=23", "", new()
        {
            ["file"] = "facts/income-statement.csv", ["line"] = "16", ["column"] = "23", ["value"] = "106,248,487", ["message"] = "Revenues up by one",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Not saved: the change breaks the release (below); nothing was saved.");
        page.ShouldContain("KSN301");
        page.ShouldContain("<h2>The change gives ");
        app.Log("IIJ").Length.ShouldBe(before, "nothing was stored");
        app.AuditLog().ShouldContain(e => e.User == "alice" && e.Action == "edit-refused");
    }

    [Fact]
    public async Task A_consistent_change_is_a_new_revision_and_the_second_editor_of_the_same_revision_is_refused()
    {
        using var alice = await app.SignedIn("alice");
        using var paul = await app.SignedIn("paul");
        var head = app.Log("IIJ")[0];
        var path = $"/revisions/{head.Id}/edit?file=facts/segments.csv&line=7&column=44";
        var form = (await alice.GetStringAsync(path));
        form.ShouldContain("Now: <code class=\"current\">239</code>");
        var aliceToken = await ReviewApp.Token(alice, path);
        var paulToken = await ReviewApp.Token(paul, path);

        var first = await alice.PostAsync(path, Form(aliceToken, "240", "ATM operating income corrected"));
        var second = await paul.PostAsync(path, Form(paulToken, "241", "ATM operating income, my way"));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = app.Log("IIJ")[0];
        saved.Parent.ShouldBe(head.Id);
        saved.Author.ShouldBe("alice");
        first.Headers.Location!.ToString().ShouldBe($"/revisions/{saved.Id}");
        (await alice.GetStringAsync($"/revisions/{saved.Id}/figures/segment-results/oi-atm/FY2012"))
            .ShouldContain("<dt>Shown</dt><dd class=\"shown\">240</dd>");
        var diff = await alice.GetStringAsync($"/revisions/{saved.Id}/diff?against=parent");
        diff.ShouldContain("<td>changed</td><td>OperatingIncome[Segment=ATMOperation] @ FY2012</td><td class=\"num\">239,000,000</td><td class=\"num\">240,000,000 JPY</td>");
        diff.ShouldContain("<td class=\"num\">239</td>\n        <td class=\"num\">240</td>");
        (await alice.GetStringAsync($"/revisions/{saved.Id}/diff?against=prior")).ShouldContain("No release of the prior period is published in the store.");
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain($"revision {head.ShortId} is no longer the latest of IIJ FY2012: {saved.ShortId} was imported since.");
        app.Log("IIJ")[0].Id.ShouldBe(saved.Id, "the second save did not replace the first");
    }

    [Fact]
    public async Task A_changed_fact_file_can_be_uploaded()
    {
        using var alice = await app.SignedIn("alice");
        var head = app.Log("IIJ")[0];
        var path = $"/revisions/{head.Id}/edit";
        var changed = File.ReadAllText(Path.Combine(SamplePackages.IijFy2012Path, "facts", "segments.csv"))
            .Replace("OperatingIncome,Segment=ATMOperation,(194),239", "OperatingIncome,Segment=ATMOperation,(194),238", StringComparison.Ordinal);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await ReviewApp.Token(alice, path)), "__RequestVerificationToken" },
            { new StringContent("facts/segments.csv"), "file" },
            { new StringContent("Uploaded from the ledger"), "message" },
        };
        var upload = new ByteArrayContent(Encoding.UTF8.GetBytes(changed));
        upload.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(upload, "upload", "segments.csv");

        var response = await alice.PostAsync(path + "?handler=Upload", content);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = app.Log("IIJ")[0];
        saved.Parent.ShouldBe(head.Id);
        saved.Message.ShouldBe("Uploaded from the ledger");
    }

    [Fact]
    public async Task Only_a_preparer_changes_facts()
    {
        using var rita = await app.SignedIn("rita");

        (await rita.GetAsync($"/revisions/{app.Workflow.Id}/edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static FormUrlEncodedContent Form(string token, string value, string message) => new(new Dictionary<string, string>(AtmOperatingIncome)
    {
        ["value"] = value,
        ["message"] = message,
        ["__RequestVerificationToken"] = token,
    });
}
