using System.Text;
using Kessan.Store.Review;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>The audit log, for admins only: read here, or exported as CSV (the export is audited too).</summary>
public sealed class AuditModel(StoreAccess store) : PageModel
{
    /// <summary>The log, newest first.</summary>
    public List<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Shows the log.</summary>
    public IActionResult OnGet()
    {
        if (Admin() is not { } admin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Entries = [.. store.Review.AuditLog().Reverse()];
        store.Review.Audit(admin.Name, "audit-view");
        return Page();
    }

    /// <summary>Exports the log as CSV.</summary>
    public IActionResult OnGetCsv()
    {
        if (Admin() is not { } admin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        store.Review.Audit(admin.Name, "export", detail: "audit log as CSV");
        return File(Encoding.UTF8.GetBytes(AuditCsv.Of(store.Review.AuditLog())), "text/csv; charset=utf-8", "kessan-audit.csv");
    }

    private User? Admin() => store.UserOf(User) is { Role: Role.Admin } admin ? admin : null;
}
