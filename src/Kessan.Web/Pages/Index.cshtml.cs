using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>The companies the user may see that have revisions in the store.</summary>
public sealed class IndexModel(StoreAccess store) : PageModel
{
    /// <summary>Each company with how many revisions it has.</summary>
    public List<(string Company, int Revisions)> Companies { get; } = [];

    /// <summary>Lists them.</summary>
    public IActionResult OnGet()
    {
        if (store.UserOf(User) is not { } user)
        {
            return Forbid();
        }
        foreach (var company in user.Companies)
        {
            var count = store.Facts.Log(company).Length;
            if (count > 0)
            {
                Companies.Add((company, count));
            }
        }
        return Page();
    }
}
