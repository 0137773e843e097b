using Kessan.Diagnostics;
using Kessan.Store.Importing;
using Kessan.Store.Model;
using Kessan.Store.Review;
using Kessan.Store.Rollforward;
using Kessan.Store.Snapshots;
using Kessan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kessan.Web.Pages;

/// <summary>
/// A preparer changes a fact (a cell, or a whole fact file uploaded): the change is checked, shown with what it breaks and
/// not saved when it has errors, else imported as a new revision on top of this one — refused when someone else saved
/// another revision of the period first (no lost update).
/// </summary>
public sealed class EditModel(StoreAccess store) : PageModel
{
    /// <summary>The revision changed.</summary>
    public Revision? Revision { get; private set; }

    /// <summary>The fact file.</summary>
    [BindProperty(Name = "file", SupportsGet = true)]
    public string FactFile { get; set; } = "";

    /// <summary>The cell's line.</summary>
    [BindProperty(SupportsGet = true)]
    public int Line { get; set; }

    /// <summary>The cell's column.</summary>
    [BindProperty(SupportsGet = true)]
    public int Column { get; set; }

    /// <summary>The new text of the cell.</summary>
    [BindProperty]
    public string Value { get; set; } = "";

    /// <summary>Why (the new revision's message).</summary>
    [BindProperty]
    public string Message { get; set; } = "";

    /// <summary>The cell's text now, or null.</summary>
    public string? Current { get; private set; }

    /// <summary>What the change would break (not saved), when it would.</summary>
    public List<Diagnostic> Problems { get; private set; } = [];

    /// <summary>Why the change was not saved, or null.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Shows the form for a cell.</summary>
    public IActionResult OnGet(string id) => Load(id, out _) ?? Page();

    /// <summary>Changes one cell.</summary>
    public IActionResult OnPost(string id)
    {
        if (Load(id, out var package) is { } status)
        {
            return status;
        }
        var (changed, problem) = FactEdit.Cell(package!, FactFile, Line, Column, Value);
        return Save(changed, problem, $"cell {FactFile}:{Line}:{Column}");
    }

    /// <summary>Replaces a fact file with an uploaded one.</summary>
    public async Task<IActionResult> OnPostUploadAsync(string id, IFormFile? upload)
    {
        if (Load(id, out var package) is { } status)
        {
            return status;
        }
        if (upload is null || upload.Length > FactEdit.MaxUploadBytes)
        {
            return Refuse($"give a CSV file of at most {FactEdit.MaxUploadBytes / 1024 / 1024} MB.");
        }
        using var content = new MemoryStream();
        await upload.CopyToAsync(content, HttpContext.RequestAborted);
        var (changed, problem) = FactEdit.File(package!, FactFile, content.ToArray());
        return Save(changed, problem, $"file {FactFile}");
    }

    private IActionResult Save(PackageSnapshot? changed, string? problem, string what)
    {
        if (changed is null)
        {
            return Refuse(problem!);
        }
        var user = store.UserOf(User)!;
        var outcome = PackageImport.Run(store.Facts, changed, user.Name, string.IsNullOrWhiteSpace(Message) ? $"Changed {what}" : Message.Trim(), Revision!.Id);
        if (outcome.Revision is not { } saved)
        {
            Problems = [.. outcome.Diagnostics.OrderBy(d => d.IsError ? 0 : 1)];
            store.Review.Audit(user.Name, "edit-refused", Revision.Company, Revision.Id, what);
            return Refuse(Problems.Any(d => d.IsError) ? "the change breaks the release (below); nothing was saved." : outcome.Refusal!);
        }
        store.Review.Audit(user.Name, "edit", saved.Company, saved.Id, $"{what}, on top of {Revision.ShortId}");
        return Redirect($"/revisions/{saved.Id}");
    }

    private IActionResult Refuse(string why)
    {
        Refusal = why;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Finds the revision for a preparer of its company; returns the status to answer instead, or null.</summary>
    private IActionResult? Load(string id, out PackageSnapshot? package)
    {
        package = null;
        var access = RevisionAccess.Find(store, User, id);
        if (!access.Allowed)
        {
            return StatusCode(access.Status);
        }
        if (access.User!.Role != Role.Preparer)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Revision = access.Revision;
        package = store.Facts.Files(Revision!);
        var file = package.Files.FirstOrDefault(f => f.Path == FactFile);
        Current = file is null || Line < 1 || Column < 1 ? null : CsvCellEditor.CellAt(System.Text.Encoding.UTF8.GetString([.. file.Content]), Line, Column);
        return null;
    }
}
