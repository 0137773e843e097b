using System.Security.Claims;
using Kessan.Store.Review;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>Sign-in with a local account (<c>kessan users add</c>); every attempt is audited, failures by the name tried.</summary>
[AllowAnonymous]
public sealed class SignInModel(StoreAccess store) : PageModel
{
    /// <summary>The name typed.</summary>
    [BindProperty]
    public string Name { get; set; } = "";

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Where to go once signed in (a path of this app only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>True after a failed attempt.</summary>
    public bool Failed { get; private set; }

    /// <summary>Signs in, or shows the form again.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var name = (Name ?? "").Trim();
        var user = store.Review.SignIn(name, Password ?? "");
        if (user is null)
        {
            store.Review.Audit(ReviewStore.NameProblem(name) is null ? name : "(not a user name)", "sign-in-failed");
            Failed = true;
            Password = "";
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, Kessan.Store.Review.User.NameOf(user.Role))],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        store.Review.Audit(user.Name, "sign-in");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
