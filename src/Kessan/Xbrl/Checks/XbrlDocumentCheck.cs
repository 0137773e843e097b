using System.Collections.Immutable;
using System.Xml.Linq;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;
using Kessan.Xbrl.Reading;

namespace Kessan.Xbrl.Checks;

/// <summary>
/// Checks an XBRL 2.1 instance or an Inline XBRL 1.1 document with Kessan's own readers and checks
/// (<see cref="XbrlCheck.All"/>), as <c>kessan xbrl check</c> runs them: it reads the document, then the definition
/// linkbase of each extension schema the document refers to by a relative address when the schema is beside it,
/// then checks every fact's dimensions against the hypercubes read, and, given the release package the document
/// was written from, every fact against the package's calculations as Calculations 1.1 does.
/// </summary>
/// <remarks>
/// <para>
/// Kessan loads no taxonomy: schemas referred to by an absolute address (the US-GAAP entry point) are not read,
/// and the locators of a definition linkbase resolve into the schema itself, into schemas it imports, and into the
/// US-GAAP (and SRT) taxonomies Kessan writes (<see cref="UsGaapTaxonomy.All"/>). Only a definition linkbase embedded in the schema
/// is read, as Kessan writes it; linkbases in files of their own (<c>link:linkbaseRef</c>) are not.
/// </para>
/// <para>
/// Calculations come from the calculation linkbase embedded in the schema (Calculations 1.1, a missing item counting as
/// nil), and, given the release package, from the package too: the linkbase holds only the calculations that hold on the
/// published facts (<c>docs/xbrl.md</c>), the package all of them, each checked by its own rule for missing items.
/// </para>
/// <para>
/// A problem is reported once, at its cause: when the document has errors in reading, the checks of its facts do
/// not run (a fact that could not be read would make them fail for the wrong reason), and the dimensions are not
/// checked against a definition linkbase that has errors. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class XbrlDocumentCheck
{
    /// <summary>Checks the document at <paramref name="path"/>, reading the schemas it refers to from its folder.</summary>
    /// <param name="path">The document's path; findings name it so.</param>
    /// <param name="package">The release package the document was written from, for its calculations; null for none.</param>
    /// <exception cref="IOException">The document or a schema beside it cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The document or a schema beside it may not be read.</exception>
    public static XbrlCheckReport Check(string path, ReleasePackage? package = null)
    {
        Preconditions.CheckNotEmpty(path, nameof(path));
        var text = File.ReadAllText(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Check(text, path, href => ReadBeside(folder, href), package);
    }

    /// <summary>
    /// Checks a document given as text; <paramref name="readBeside"/> gives the text of a file the document refers to
    /// by a relative address, or null when there is none beside it.
    /// </summary>
    internal static XbrlCheckReport Check(string text, string path, Func<string, string?> readBeside, ReleasePackage? package)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(readBeside);
        var bag = new DiagnosticBag();
        var kind = Kind(text, path, bag);
        if (kind is null)
        {
            return new XbrlCheckReport
            {
                Path = path,
                Instance = XbrlInstanceReader.Empty(new DiagnosticBag()),
                Outcomes = [.. XbrlCheck.All.Select(c => XbrlCheckOutcome.Skipped(c, "The file is not an XBRL instance or an Inline XBRL document."))],
                Diagnostics = bag.ToImmutable(),
            };
        }
        var instance = kind == XbrlDocumentKind.Instance ? XbrlInstanceReader.Read(text, path) : InlineXbrlReader.Read(text, path);
        bag.AddRange(instance.Diagnostics);
        var read = XbrlCheckOutcome.Done(XbrlCheck.Read, instance.Facts.Length);
        const string ReadingErrors = "The document has errors in reading; its facts are checked once it reads without errors.";

        // The definition linkbases of the schemas beside the document.
        var local = instance.SchemaRefs.Where(IsRelative).Distinct(StringComparer.Ordinal).ToList();
        var missing = new List<string>();
        var schemas = ImmutableArray.CreateBuilder<string>();
        var hypercubes = new List<XbrlHypercube>();
        var linkbaseCalculations = new List<XbrlCalculation>();
        var definitionErrors = false;
        foreach (var href in local)
        {
            if (readBeside(href) is not { } schema)
            {
                missing.Add(href);
                continue;
            }
            var schemaPath = Path.Combine(Path.GetDirectoryName(path) ?? "", href);
            var definitions = XbrlDefinitions.Read(schema, schemaPath, ExternalSchemas(schema, schemaPath));
            schemas.Add(schemaPath);
            hypercubes.AddRange(definitions.Hypercubes);
            linkbaseCalculations.AddRange(definitions.Calculations);
            bag.AddRange(definitions.Diagnostics);
            definitionErrors |= definitions.Diagnostics.Any(d => d.IsError);
        }
        var definitionsOutcome = local.Count == 0
            ? XbrlCheckOutcome.Skipped(XbrlCheck.Definitions, "The document refers to no schema beside it, and Kessan does not load taxonomies from elsewhere.")
            : missing.Count > 0
                ? XbrlCheckOutcome.Skipped(XbrlCheck.Definitions, $"The document refers to {string.Join(", ", missing)}, which is not beside it.")
                : XbrlCheckOutcome.Done(XbrlCheck.Definitions, hypercubes.Count);

        XbrlCheckOutcome dimensions;
        if (!definitionsOutcome.Ran)
        {
            dimensions = XbrlCheckOutcome.Skipped(XbrlCheck.Dimensions, "No definition linkbase was read.");
        }
        else if (instance.HasErrors)
        {
            dimensions = XbrlCheckOutcome.Skipped(XbrlCheck.Dimensions, ReadingErrors);
        }
        else if (definitionErrors)
        {
            dimensions = XbrlCheckOutcome.Skipped(XbrlCheck.Dimensions, "The definition linkbase has errors; the facts are checked against it once it reads without errors.");
        }
        else if (hypercubes.Count == 0)
        {
            dimensions = XbrlCheckOutcome.Skipped(XbrlCheck.Dimensions,
                "The schema states no hypercubes: Kessan reads the definition linkbase embedded in the schema, not linkbases in files of their own.");
        }
        else
        {
            bag.AddRange(XbrlDimensionCheck.Check(instance, hypercubes));
            dimensions = XbrlCheckOutcome.Done(XbrlCheck.Dimensions, instance.Facts.Length);
        }

        return new XbrlCheckReport
        {
            Path = path,
            Kind = kind,
            Instance = instance,
            Schemas = schemas.ToImmutable(),
            Hypercubes = hypercubes.Count,
            Outcomes = [read, definitionsOutcome, dimensions, LinkbaseCalculations(instance, definitionsOutcome.Ran && !definitionErrors, linkbaseCalculations, bag, ReadingErrors),
                Calculations(instance, package, bag, ReadingErrors)],
            Diagnostics = bag.ToImmutable(),
        };
    }

    private static XbrlCheckOutcome LinkbaseCalculations(XbrlInstance instance, bool schemasRead, List<XbrlCalculation> calculations, DiagnosticBag bag, string readingErrors)
    {
        if (!schemasRead)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.CalculationLinkbase, "No extension schema was read without errors.");
        }
        if (instance.HasErrors)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.CalculationLinkbase, readingErrors);
        }
        if (calculations.Count == 0)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.CalculationLinkbase, "The extension schema has no calculation linkbase.");
        }
        var result = XbrlCalculationCheck.Check(instance, calculations);
        bag.AddRange(result.Diagnostics);
        return XbrlCheckOutcome.Done(XbrlCheck.CalculationLinkbase, result.Bindings);
    }

    private static XbrlCheckOutcome Calculations(XbrlInstance instance, ReleasePackage? package, DiagnosticBag bag, string readingErrors)
    {
        if (package is null)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.Calculations,
                "No release package was given: its calculations (those the calculation linkbase leaves out too) are checked with --package.");
        }
        if (instance.HasErrors)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.Calculations, readingErrors);
        }
        var vocabulary = XbrlVocabulary.For(package);
        if (vocabulary.Problem is { } problem)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.Calculations, "The package cannot be named in XBRL: " + problem);
        }
        var result = XbrlCalculationCheck.Check(instance, vocabulary.Calculations, vocabulary.MissingIsNil(instance));
        // A summation the linkbase holds too is reported once, by the linkbase's check.
        var reported = bag.ToImmutable().ToHashSet();
        result = result with { Diagnostics = [.. result.Diagnostics.Where(d => !reported.Contains(d))] };
        if (result.Bindings == 0)
        {
            return XbrlCheckOutcome.Skipped(XbrlCheck.Calculations,
                "No calculation of the package binds in the document (no total is reported with an item in the same context and unit); is it the package the document was written from?");
        }
        bag.AddRange(result.Diagnostics);
        return XbrlCheckOutcome.Done(XbrlCheck.Calculations, result.Bindings);
    }

    /// <summary>What the document is, or null (and a finding) when it is not XBRL.</summary>
    private static XbrlDocumentKind? Kind(string text, string path, DiagnosticBag bag)
    {
        if (XbrlInstanceReader.Parse(text, path, bag)?.Root is not { } root)
        {
            return null;
        }
        if (root.Name == XbrlNamespaces.Xbrli + "xbrl")
        {
            return XbrlDocumentKind.Instance;
        }
        if (root.Descendants(XbrlNamespaces.Ix + "header").Any())
        {
            return XbrlDocumentKind.Inline;
        }
        bag.Error(XbrlCodes.Syntax, "The document is neither an XBRL instance (its root is not xbrli:xbrl) nor an Inline XBRL document (it has no ix:header).",
            XbrlInstanceReader.Location(root, path));
        return null;
    }

    /// <summary>True for an address relative to the document (a file beside it), false for an absolute one (a taxonomy).</summary>
    private static bool IsRelative(string href) =>
        href.Length > 0 && !Uri.TryCreate(href, UriKind.Absolute, out _) && !Path.IsPathRooted(href) && !href.Contains('#', StringComparison.Ordinal);

    /// <summary>The text of a file in <paramref name="folder"/> or below it, or null when there is none.</summary>
    private static string? ReadBeside(string folder, string href)
    {
        var full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(href)));
        var inside = full.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>
    /// The schemas a linkbase's locators may point into besides the schema itself: those the schema imports
    /// (<c>xs:import</c>), and the US-GAAP and SRT taxonomies Kessan writes, by their elements schemas and entry points.
    /// </summary>
    private static Dictionary<string, XNamespace> ExternalSchemas(string schema, string path)
    {
        var result = new Dictionary<string, XNamespace>(StringComparer.Ordinal);
        foreach (var gaap in UsGaapTaxonomy.All)
        {
            result[gaap.ElementsSchema] = gaap.Namespace;
            result[gaap.EntryPoint] = gaap.Namespace;
            result[gaap.ScenarioSchema] = gaap.ScenarioNamespace;
        }
        // A schema that is not well-formed is reported when its definition linkbase is read.
        var root = XbrlInstanceReader.Parse(schema, path, new DiagnosticBag())?.Root;
        foreach (var import in root?.Elements(XbrlNamespaces.Xs + "import") ?? [])
        {
            if ((string?)import.Attribute("schemaLocation") is { Length: > 0 } location && (string?)import.Attribute("namespace") is { Length: > 0 } ns)
            {
                result[location] = ns;
            }
        }
        return result;
    }
}
