using System.Text;
using Kessan.Store.Rollforward;
using Kessan.Store.Snapshots;

namespace Kessan.Web.Review;

/// <summary>
/// A preparer's change to a revision's facts, as the package it makes: one cell of a fact file given a new text, or a fact
/// file replaced by an uploaded one. Nothing is stored here; the change is checked and imported as a new revision.
/// </summary>
public static class FactEdit
{
    /// <summary>The largest fact file accepted from an upload.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The package with the cell at <paramref name="line"/>:<paramref name="column"/> of <paramref name="path"/> set to <paramref name="text"/>.</summary>
    public static (PackageSnapshot? Package, string? Problem) Cell(PackageSnapshot package, string path, int line, int column, string text)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (FactFile(package, path) is not { } file)
        {
            return (null, $"'{path}' is not a fact file (.csv) of this revision.");
        }
        var value = (text ?? "").Trim();
        if (value.Length > 100 || value.Any(char.IsControl))
        {
            return (null, "a value is at most 100 characters on one line.");
        }
        var content = Encoding.UTF8.GetString([.. file.Content]);
        if (CsvCellEditor.CellAt(content, line, column) is null)
        {
            return (null, $"{path} has no cell at line {line}, column {column}.");
        }
        return (With(package, path, CsvCellEditor.Replace(content, [(line, column, value)])), null);
    }

    /// <summary>The package with fact file <paramref name="path"/> replaced by <paramref name="content"/> (UTF-8).</summary>
    public static (PackageSnapshot? Package, string? Problem) File(PackageSnapshot package, string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(content);
        if (FactFile(package, path) is null)
        {
            return (null, $"'{path}' is not a fact file (.csv) of this revision: an upload replaces one of them.");
        }
        if (content.Length > MaxUploadBytes)
        {
            return (null, $"the file is larger than {MaxUploadBytes / 1024 / 1024} MB.");
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the file is not UTF-8 text.");
        }
        return (With(package, path, text), null);
    }

    private static SnapshotFile? FactFile(PackageSnapshot package, string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? package.Files.FirstOrDefault(f => f.Path == path) : null;

    private static PackageSnapshot With(PackageSnapshot package, string path, string text) =>
        new(package.Name, package.Files.Select(f => f.Path == path ? SnapshotFile.Of(path, Encoding.UTF8.GetBytes(text)) : f));
}
