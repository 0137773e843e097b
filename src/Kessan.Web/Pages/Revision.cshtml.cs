using Kessan.Diagnostics;
using Kessan.Store.Review;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>
/// A revision: its release as it will be published, its diagnostics, every figure explainable with a click, its comments
/// and its sign-off chain (draft → reviewed → approved → published).
/// </summary>
public sealed class RevisionModel(StoreAccess store, ReleaseCache releases) : PageModel
{
    /// <summary>The revision's release.</summary>
    public RevisionRelease? Release { get; private set; }

    /// <summary>The revision, as the store has it now (published or not).</summary>
    public Kessan.Store.Model.Revision? Revision { get; private set; }

    /// <summary>The user looking.</summary>
    public User? Viewer { get; private set; }

    /// <summary>The diagnostics of the revision, errors first.</summary>
    public List<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>The revision's comments, oldest first.</summary>
    public List<Comment> Comments { get; private set; } = [];

    /// <summary>The sign-offs taken, in order.</summary>
    public List<(string Step, string By)> SignOffs { get; private set; } = [];

    /// <summary>Where the revision is in the chain.</summary>
    public ReviewStatus Status { get; private set; }

    /// <summary>Why the last action was refused, or null.</summary>
    public string? Refusal { get; private set; }

    /// <summary>How many errors.</summary>
    public int Errors => Diagnostics.Count(d => d.IsError);

    /// <summary>How many warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>The steps the viewer may take now.</summary>
    public IEnumerable<string> NextSteps => Viewer is null ? [] :
        new[] { "reviewed", "approved", "published" }.Where(s => Workflow.Refusal(s, Viewer, Status, Errors, Comments.Count(c => c.IsOpen)) is null);

    /// <summary>Shows the revision, or 403/404.</summary>
    public IActionResult OnGet(string id)
    {
        if (Load(id) is { } status)
        {
            return status;
        }
        store.Review.Audit(Viewer!.Name, "view", Release!.Revision.Company, Release.Revision.Id, "release");
        return Page();
    }

    /// <summary>Adds a comment (or a reply) on the revision, its figures, tables or sentences.</summary>
    public IActionResult OnPostComment(string id, string target, long? replyTo, string body)
    {
        if (Load(id) is { } status)
        {
            return status;
        }
        if (Status is ReviewStatus.Approved or ReviewStatus.Published)
        {
            return Refuse("the revision is approved and locked: a change starts a new revision.");
        }
        var added = store.Review.AddComment(Release!.Revision.Id, string.IsNullOrWhiteSpace(target) ? "release" : target.Trim(), replyTo, Viewer!.Name, body ?? "");
        if (added.Value is not { } comment)
        {
            return Refuse(added.Error!);
        }
        store.Review.Audit(Viewer.Name, "comment", Release.Revision.Company, Release.Revision.Id, $"#{comment.Sequence} on {comment.Target}");
        return Redirect($"/revisions/{id}#comment-{comment.Sequence}");
    }

    /// <summary>Marks a comment resolved.</summary>
    public IActionResult OnPostResolve(string id, long comment)
    {
        if (Load(id) is { } status)
        {
            return status;
        }
        var resolved = store.Review.Resolve(Release!.Revision.Id, comment, Viewer!.Name);
        if (resolved.Error is { } why)
        {
            return Refuse(why);
        }
        store.Review.Audit(Viewer.Name, "resolve", Release.Revision.Company, Release.Revision.Id, $"#{comment}");
        return Redirect($"/revisions/{id}#comments");
    }

    /// <summary>Takes a step of the sign-off chain (reviewed, approved, published), if the viewer may.</summary>
    public IActionResult OnPostSignOff(string id, string step)
    {
        if (Load(id) is { } status)
        {
            return status;
        }
        if (Workflow.Refusal(step, Viewer!, Status, Errors, Comments.Count(c => c.IsOpen)) is { } why)
        {
            return Refuse(why);
        }
        var (revision, by) = (Revision!, Viewer!.Name);
        var done = step == "published" ? store.Facts.Publish(revision, by).Error : store.Review.SignOff(revision.Id, step, by).Error;
        if (done is not null)
        {
            return Refuse(done);
        }
        store.Review.Audit(by, "sign-off", revision.Company, revision.Id, step);
        releases.Forget(revision.Id); // published: the revision's header changed
        return Redirect($"/revisions/{id}");
    }

    private IActionResult Refuse(string why)
    {
        Refusal = why;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Loads everything the page shows; returns the status to answer instead, or null.</summary>
    private IActionResult? Load(string id)
    {
        var access = RevisionAccess.Find(store, User, id);
        if (!access.Allowed)
        {
            return StatusCode(access.Status);
        }
        Viewer = access.User;
        Revision = access.Revision;
        Release = releases.Get(access.Revision!);
        Diagnostics = [.. Release.Result.Diagnostics.OrderBy(d => d.IsError ? 0 : 1)];
        Comments = [.. store.Review.Comments(id)];
        SignOffs = [.. store.Review.SignOffs(id)];
        Status = Workflow.Status(SignOffs.Select(s => s.Step), access.Revision!.IsPublished);
        return null;
    }
}
