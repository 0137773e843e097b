using Kessan.Web.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>Signs out (a post, with the anti-forgery token, so that no link can sign a user out).</summary>
public sealed class SignOutModel(StoreAccess store) : PageModel
{
    /// <summary>A GET shows nothing: signing out is a form's post.</summary>
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Signs out and goes to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.Name is { } name)
        {
            store.Review.Audit(name, "sign-out");
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/signin");
    }
}
