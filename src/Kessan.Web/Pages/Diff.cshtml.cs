using Kessan.Model;
using Kessan.Store.Diffs;
using Kessan.Store.Model;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>
/// What changed from another release to this revision (<c>kessan diff</c>): against the revision it was made on top of
/// (<c>?against=parent</c>) or the published release of the prior period (<c>?against=prior</c>). Facts, every figure
/// they moved (through provenance) and the narrative's words.
/// </summary>
public sealed class DiffModel(StoreAccess store, ReleaseCache releases) : PageModel
{
    /// <summary>The revision.</summary>
    public Revision? Revision { get; private set; }

    /// <summary>The release compared with, or null when there is none.</summary>
    public Revision? Against { get; private set; }

    /// <summary>What is compared with, in words.</summary>
    public string AgainstWhat { get; private set; } = "";

    /// <summary>The differences, or null when there is nothing to compare with or one side does not build.</summary>
    public ReleaseDiff? Diff { get; private set; }

    /// <summary>Why there is no diff, or null.</summary>
    public string? Missing { get; private set; }

    /// <summary>The calendar, to name periods.</summary>
    public FiscalCalendar? Calendar { get; private set; }

    /// <summary>Compares, or 403/404.</summary>
    public IActionResult OnGet(string id, string? against)
    {
        var access = RevisionAccess.Find(store, User, id);
        if (!access.Allowed)
        {
            return StatusCode(access.Status);
        }
        Revision = access.Revision!;
        var after = releases.Get(Revision);
        Calendar = after.Result.Package?.Calendar;
        if (against == "prior")
        {
            AgainstWhat = "the published release of the prior period";
            Against = Calendar is { } calendar && calendar.TryParse(Revision.Period, out var period) && period is not null
                ? store.Facts.Log(Revision.Company, calendar.NameOf(calendar.Shift(period, -1))).FirstOrDefault(r => r.IsPublished)
                : null;
        }
        else
        {
            AgainstWhat = "the revision it was made on top of";
            Against = Revision.Parent is { } parent ? store.Facts.Find(parent).Value : null;
        }
        if (Against is null)
        {
            Missing = against == "prior" ? "No release of the prior period is published in the store." : "The revision was the first of its period: there is none before it.";
            return Page();
        }
        var before = releases.Get(Against);
        if (!before.Result.Succeeded || !after.Result.Succeeded)
        {
            Missing = "One of the two does not build (see its diagnostics): a diff compares two releases that do.";
            return Page();
        }
        Diff = ReleaseComparison.Compare(before.Result, after.Result);
        store.Review.Audit(access.User!.Name, "diff", Revision.Company, Revision.Id, $"against {Against.Id}");
        return Page();
    }

    /// <summary>A fact's name with its dimensions, period and status, as <c>kessan diff</c> prints it.</summary>
    public string Describe(FactKey key) => DiffText.Describe(key, Calendar?.NameOf(key.Period) ?? key.Period.ToString());
}
