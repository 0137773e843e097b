using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>The error page: a reference to find the request in the server's log, and nothing of what failed.</summary>
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    /// <summary>The request's trace id.</summary>
    public string Reference => Activity.Current?.Id ?? HttpContext.TraceIdentifier;
}
