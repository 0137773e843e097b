using Kessan.Store.Model;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>A figure's explanation (the page the release view loads into its side panel when a figure is clicked).</summary>
public sealed class FigureModel(StoreAccess store, ReleaseCache releases) : PageModel
{
    /// <summary>The revision.</summary>
    public Revision? Revision { get; private set; }

    /// <summary>True when the viewer may change the figure's facts (a preparer).</summary>
    public bool MayEdit { get; private set; }

    /// <summary>The figure's explanation.</summary>
    public FigureExplanation? Explanation { get; private set; }

    /// <summary>Explains the figure (by its id or any place it appears in), or 403/404.</summary>
    public IActionResult OnGet(string id, string figure)
    {
        var access = RevisionAccess.Find(store, User, id);
        if (!access.Allowed)
        {
            return StatusCode(access.Status);
        }
        var release = releases.Get(access.Revision!);
        var build = release.Result.Build;
        var found = build?.FindFigure(figure) ?? build?.Figures.FirstOrDefault(f => f.AppearsIn.Contains(figure));
        if (found is null)
        {
            return NotFound();
        }
        Revision = access.Revision;
        MayEdit = access.User!.Role == Kessan.Store.Review.Role.Preparer;
        Explanation = FigureExplanation.Of(found, release.Result.Package!);
        store.Review.Audit(access.User!.Name, "explain", Revision!.Company, Revision.Id, found.Id);
        return Page();
    }
}
