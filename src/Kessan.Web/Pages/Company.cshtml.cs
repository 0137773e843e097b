using Kessan.Store.Model;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>A company's revisions, by period (latest first).</summary>
public sealed class CompanyModel(StoreAccess store) : PageModel
{
    /// <summary>The company's short name.</summary>
    public string Company { get; private set; } = "";

    /// <summary>The revisions, grouped by period, newest first.</summary>
    public List<IGrouping<string, Revision>> Periods { get; private set; } = [];

    /// <summary>Lists them, or 403 for a company not granted to the user.</summary>
    public IActionResult OnGet(string company)
    {
        if (store.UserOf(User) is not { } user || !user.MaySee(company))
        {
            return Forbid();
        }
        Company = company;
        Periods = [.. store.Facts.Log(company).GroupBy(r => r.Period, StringComparer.Ordinal)];
        return Page();
    }
}
