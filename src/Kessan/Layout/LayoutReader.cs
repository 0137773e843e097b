using Kessan.Ingest;
using Kessan.Layout.Expressions;
using Kessan.Layout.Reading;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Layout;

/// <summary>
/// Reads a package's layout files (see docs/layout.md) into a <see cref="ReleaseLayout"/>, reporting every
/// problem with file, line and column: YAML problems as KSN0xx, expressions and templates as KSN5xx, and
/// names that do not exist (concepts, axes, members, rules, formats, tables, narratives, rows, and the
/// sections, tables, rows and columns charts name) as KSN503.
/// </summary>
/// <remarks>
/// Reading is a short list of steps (<c>Layout/Reading/</c>), each handing an immutable <see cref="LayoutDraft"/> to
/// the next: each file in turn is read into the draft (<see cref="LayoutFileReader"/>, with a reader for formats,
/// blocks, tables and their columns, rows and cells, and charts), checking expressions and templates as they are
/// read (<see cref="NameChecker"/>); then the names the files refer to are checked (<see cref="CrossReferenceChecker"/>)
/// and the draft becomes the layout. Problems are reported in the order they are read.
/// </remarks>
public static class LayoutReader
{
    /// <summary>
    /// Reads the package's layout files. Returns null when the package names none. A function an expression calls
    /// must be one of <paramref name="functions"/> (the derivation stage's catalog).
    /// </summary>
    public static ReleaseLayout? Read(IPackageSource source, ReleasePackage package, IFunctionCatalog functions, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Read(new YamlReadAhead(source), package, functions, bag);
    }

    /// <summary>Reads the package's layout files, taking them from <paramref name="ahead"/> (which may have parsed them already).</summary>
    internal static ReleaseLayout? Read(YamlReadAhead ahead, ReleasePackage package, IFunctionCatalog functions, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(functions);
        if (package.LayoutFiles.IsEmpty)
        {
            return null;
        }
        var checker = new CrossReferenceChecker(package, bag);
        var files = new LayoutFileReader(package, functions, checker, bag);
        var draft = LayoutDraft.Empty;
        foreach (var (path, location) in package.LayoutFiles)
        {
            draft = ahead.Take(path, location, bag) is ({ } file, { } root) ? files.ReadFile(draft, file, root) : draft with { Unreadable = true };
        }
        checker.Check(draft);
        return draft.ToLayout();
    }
}
