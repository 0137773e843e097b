using System.Text;
using Kessan.Store.Model;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>A file of a revision, line by line (each line an anchor, <c>#L16</c>), where a diagnostic's place is.</summary>
public sealed class FileModel(StoreAccess store) : PageModel
{
    /// <summary>The largest file shown.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The revision.</summary>
    public Revision? Revision { get; private set; }

    /// <summary>The file's path in the package.</summary>
    public string Path { get; private set; } = "";

    /// <summary>The file's lines, or null when it is not shown.</summary>
    public string[]? Lines { get; private set; }

    /// <summary>Why the file is not shown.</summary>
    public string Why { get; private set; } = "";

    /// <summary>Shows the file, or 403/404.</summary>
    public IActionResult OnGet(string id, string path)
    {
        var access = RevisionAccess.Find(store, User, id);
        if (!access.Allowed)
        {
            return StatusCode(access.Status);
        }
        Revision = access.Revision!;
        var file = store.Facts.Files(Revision).Files.FirstOrDefault(f => f.Path == path);
        if (file is null)
        {
            return NotFound();
        }
        Path = path;
        if (file.Content.Length > MaxBytes)
        {
            Why = $"The file holds {file.Content.Length:N0} bytes: too large to show here ('kessan store export' writes it).";
            return Page();
        }
        Lines = Encoding.UTF8.GetString([.. file.Content]).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        store.Review.Audit(access.User!.Name, "view", Revision.Company, Revision.Id, path);
        return Page();
    }
}
