using System.Net;
using Kessan.Store.Review;

namespace Kessan.Tests.Web;

/// <summary>Comments and the sign-off chain in the review app: draft → reviewed → approved → published, each by its role.</summary>
public sealed class SignOffTest(ReviewApp app) : IClassFixture<ReviewApp>
{
    [Fact]
    public async Task A_revision_goes_through_the_chain_each_step_by_its_role_and_approval_waits_for_open_comments()
    {
        var path = $"/revisions/{app.Workflow.Id}";
        using var alice = await app.SignedIn("alice");
        using var rita = await app.SignedIn("rita");
        using var otto = await app.SignedIn("otto");

        (await ReviewApp.Post(alice, path, "SignOff", new() { ["step"] = "reviewed" })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a preparer does not review");
        var comment = await ReviewApp.Post(rita, path, "Comment", new() { ["target"] = "highlights/revenues/jpy/1", ["body"] = "Check <b>this</b> against the ledger." });
        comment.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewApp.Post(rita, path, "SignOff", new() { ["step"] = "reviewed" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await ReviewApp.Post(otto, path, "SignOff", new() { ["step"] = "approved" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Not done: 1 comment is still open: resolve it first.");

        var page = await alice.GetStringAsync(path);
        page.ShouldContain("Check &lt;b&gt;this&lt;/b&gt; against the ledger.");
        var number = app.AuditLog().Last(e => e.Action == "comment" && e.Revision == app.Workflow.Id).Detail.Split(' ')[0].TrimStart('#');
        (await ReviewApp.Post(alice, path, "Comment", new() { ["target"] = "highlights/revenues/jpy/1", ["replyTo"] = number, ["body"] = "Agreed to the ledger." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewApp.Post(alice, path, "Resolve", new() { ["comment"] = number })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewApp.Post(otto, path, "Resolve", new() { ["comment"] = (long.Parse(number, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewApp.Post(rita, path, "SignOff", new() { ["step"] = "approved" })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a reviewer does not approve");
        (await ReviewApp.Post(otto, path, "SignOff", new() { ["step"] = "approved" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var approved = await alice.GetStringAsync(path);
        approved.ShouldContain("<span class=\"status status-approved\">approved</span>");
        approved.ShouldContain("<li>reviewed by rita</li>");
        approved.ShouldContain("<li>approved by otto</li>");
        approved.ShouldNotContain("name=\"body\"", customMessage: "an approved revision is locked: no more comments");
        (await ReviewApp.Post(rita, $"/revisions/{app.Sample.Id}", "Comment", new() { ["body"] = "fine" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // A change after approval is a new revision, whose chain starts again; the approved one stays approved.
        var edit = await ReviewApp.Post(alice, $"{path}/edit?file=facts/segments.csv&line=7&column=44", "", new()
        {
            ["file"] = "facts/segments.csv", ["line"] = "7", ["column"] = "44", ["value"] = "240", ["message"] = "After approval",
        });
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = await alice.GetStringAsync(edit.Headers.Location!.ToString());
        changed.ShouldContain("<span class=\"status status-draft\">draft</span>");
        changed.ShouldNotContain("reviewed by rita");
        (await ReviewApp.Post(otto, path, "SignOff", new() { ["step"] = "published" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await alice.GetStringAsync(path)).ShouldContain("<span class=\"status status-published\">published</span>");
        app.AuditLog().Where(e => e.Action == "sign-off" && e.Revision == app.Workflow.Id).Select(e => (e.User, e.Detail))
            .ShouldBe([("rita", "reviewed"), ("otto", "approved"), ("otto", "published")]);
    }

    [Fact]
    public async Task A_user_of_another_company_can_neither_comment_nor_sign_off()
    {
        using var bob = await app.SignedIn("bob");
        using var alice = await app.SignedIn("alice");
        var path = $"/revisions/{app.Sample.Id}";
        var token = await ReviewApp.Token(alice, path); // bob cannot even load the form: use alice's token and see it refused too
        var response = await bob.PostAsync($"{path}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["body"] = "let me in",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden);
        (await bob.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("reviewed", Role.Reviewer, ReviewStatus.Draft, 0, 0, null)]
    [InlineData("reviewed", Role.Preparer, ReviewStatus.Draft, 0, 0, "only a reviewer may mark a revision reviewed")]
    [InlineData("approved", Role.Approver, ReviewStatus.Draft, 0, 0, "it must be reviewed to be marked approved")]
    [InlineData("approved", Role.Approver, ReviewStatus.Reviewed, 1, 0, "a release with errors is never approved")]
    [InlineData("approved", Role.Approver, ReviewStatus.Reviewed, 0, 2, "2 comments are still open")]
    [InlineData("approved", Role.Approver, ReviewStatus.Reviewed, 0, 0, null)]
    [InlineData("published", Role.Approver, ReviewStatus.Reviewed, 0, 0, "it must be approved to be marked published")]
    [InlineData("published", Role.Admin, ReviewStatus.Approved, 0, 0, "only an approver may mark a revision published")]
    [InlineData("deleted", Role.Admin, ReviewStatus.Approved, 0, 0, "not a step of the sign-off chain")]
    public void Each_step_is_taken_by_its_role_in_order(string step, Role role, ReviewStatus status, int errors, int open, string? refusal)
    {
        var user = new User("u", role, ["IIJ"], DateTimeOffset.UnixEpoch);

        var why = Workflow.Refusal(step, user, status, errors, open);

        if (refusal is null)
        {
            why.ShouldBeNull();
        }
        else
        {
            why!.ShouldContain(refusal);
        }
    }
}
