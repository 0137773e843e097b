using System.Collections.Immutable;
using Kessan.Ingest;
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
    internal static readonly IReadOnlyDictionary<string, RoundingPolicy> Policies = new Dictionary<string, RoundingPolicy>(StringComparer.Ordinal)
    {
        ["independent"] = RoundingPolicy.Independent,
        ["footed"] = RoundingPolicy.Footed,
    };

    /// <summary>The settings a template can name with <c>{{ setting:name }}</c>.</summary>
    public static ImmutableArray<string> Settings { get; } =
    [
        "company.name", "company.short_name", "company.address", "company.url", "company.ir_url", "company.ir_email",
        "company.telephone", "company.telephone_domestic", "company.representative.name", "company.representative.title", "company.contact.name",
        "company.contact.title", "company.founded", "listing.1.exchange", "listing.1.code", "listing.2.exchange", "listing.2.code",
        "release_date", "reporting.framework",
        "reporting.current_year", "reporting.prior_year", "translation.rate", "translation.rate_date", "translation.wording",
        "translation.short_wording", "split.ratio", "split.date", "ads_per_share", "filing.shareholders_meeting",
        "filing.dividend_payment_start", "filing.annual_report_filing", "filing.supplemental_material", "filing.presentation",
        "filing.disclosure.1", "filing.disclosure.2", "filing.disclosure.3", "filing.disclosure.4", "filing.disclosure.5",
        "largest_shareholder.name", "largest_shareholder.relationship", "largest_shareholder.as_of", "largest_shareholder.exchanges",
    ];

    /// <summary>Text formats a figure placeholder can use besides the display formats.</summary>
    public static ImmutableArray<string> PhraseFormats { get; } = ["yoy_phrase", "updown", "incdec", "sign", "number"];

    /// <summary>Reads the package's layout files. Returns null when the package names none.</summary>
    public static ReleaseLayout? Read(IPackageSource source, ReleasePackage package, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(package);
        if (package.LayoutFiles.IsEmpty)
        {
            return null;
        }
        var checker = new CrossReferenceChecker(package, bag);
        var files = new LayoutFileReader(package, checker, bag);
        var draft = LayoutDraft.Empty;
        foreach (var (path, location) in package.LayoutFiles)
        {
            if (!source.Exists(path))
            {
                bag.Error(DiagnosticCodes.FileMissing, $"File '{path}' does not exist.", location);
                draft = draft with { Unreadable = true };
                continue;
            }
            draft = files.ReadFile(draft, path, source.ReadAllText(path));
        }
        checker.Check(draft);
        return draft.ToLayout();
    }
}
