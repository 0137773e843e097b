using Kessan.Diagnostics;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>A revision: its release as it will be published, its diagnostics, and every figure explainable with a click.</summary>
public sealed class RevisionModel(StoreAccess store, ReleaseCache releases) : PageModel
{
    /// <summary>The revision's release.</summary>
    public RevisionRelease? Release { get; private set; }

    /// <summary>The diagnostics of the revision, errors first.</summary>
    public List<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>How many errors.</summary>
    public int Errors => Diagnostics.Count(d => d.IsError);

    /// <summary>How many warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Shows the revision, or 403/404.</summary>
    public IActionResult OnGet(string id)
    {
        var access = RevisionAccess.Find(store, User, id);
        if (!access.Allowed)
        {
            return StatusCode(access.Status);
        }
        Release = releases.Get(access.Revision!);
        Diagnostics = [.. Release.Result.Diagnostics.OrderBy(d => d.IsError ? 0 : 1)];
        store.Review.Audit(access.User!.Name, "view", access.Revision!.Company, access.Revision.Id, "release");
        return Page();
    }
}
