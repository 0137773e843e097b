using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Kessan.Model;

namespace Kessan.Xbrl.Writing;

/// <summary>
/// Writes a package's facts (its primary facts, as stored: statements, breakdowns, operating data, targets
/// and forecasts) as an XBRL 2.1 instance: one item per fact, in its concept's element, with a context for
/// its period, dimensions and status, its unit, <c>decimals</c> from its precision (thousands -3, millions
/// -6, exact INF) and its value in the unit's base (yen, not thousands of yen), after the cover facts (<see cref="CoverFacts"/>). Derived figures (totals
/// the package does not store, translations, ratios, year-on-year changes) are not facts and are not written.
/// </summary>
/// <remarks>Facts are written in concept order, then by period, dimensions, status and unit. Thread-safe.</remarks>
public static class XbrlInstanceWriter
{
    // The instance of a vocabulary's own package, written once: release.xbrl is that instance, and the calculation
    // linkbase of release.xsd is chosen by reading it back (CalculationNetworks), in formats written side by side.
    private static readonly ConditionalWeakTable<XbrlVocabulary, Lazy<byte[]>> Written = [];

    /// <summary>The instance as UTF-8 bytes (a new array each call).</summary>
    /// <exception cref="InvalidOperationException">The vocabulary reports a <see cref="XbrlVocabulary.Problem"/>.</exception>
    public static byte[] WriteUtf8(ReleasePackage package, XbrlVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (!ReferenceEquals(package, vocabulary.Package))
        {
            return XbrlText.Utf8(Document(package, vocabulary));
        }
        var written = Written.GetValue(vocabulary, v => new Lazy<byte[]>(() => XbrlText.Utf8(Document(v.Package, v))));
        return written.Value.AsSpan().ToArray();
    }

    /// <summary>The instance as text.</summary>
    /// <exception cref="InvalidOperationException">The vocabulary reports a <see cref="XbrlVocabulary.Problem"/>.</exception>
    public static string Write(ReleasePackage package, XbrlVocabulary vocabulary) => System.Text.Encoding.UTF8.GetString(WriteUtf8(package, vocabulary));

    private static XDocument Document(ReleasePackage package, XbrlVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (vocabulary.Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        var order = package.Taxonomy.Concepts.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var facts = package.Facts.All
            .OrderBy(f => order[f.ConceptId])
            .ThenBy(f => f.Period)
            .ThenBy(f => f.Dimensions.ToString(), StringComparer.Ordinal)
            .ThenBy(f => f.Status)
            .ThenBy(f => f.Key.UnitId, StringComparer.Ordinal)
            .ToList();
        var cover = CoverFacts.ContextPeriod(package);
        var contexts = XbrlContexts.Of(vocabulary, facts.Select(f => (f.Key, f.Unit)), cover);
        var coverContext = XbrlContexts.ContextId(cover, DimensionSet.Empty, FactStatus.Actual);
        var link = XbrlNamespaces.Link;
        var root = new XElement(XbrlNamespaces.Xbrli + "xbrl",
            XbrlText.Declarations(vocabulary.Namespaces),
            new XComment($" {package.Company.Name}: the facts of the release package of {package.Calendar.NameOf(package.Reporting.CurrentYear)}, as stored. ".Replace("--", "- -", StringComparison.Ordinal)),
            SchemaRef(vocabulary.UsGaap.EntryPoint),
            SchemaRef(vocabulary.UsGaap.DeiSchema),
            SchemaRef(XbrlVocabulary.SchemaFileName),
            contexts.ContextElements(),
            contexts.UnitElements(),
            CoverFacts.Of(package, vocabulary).Select(c => new XElement(c.Name, new XAttribute("contextRef", coverContext), c.Text)),
            facts.Select(f => new XElement(vocabulary.Concept(f.ConceptId),
                new XAttribute("contextRef", XbrlContexts.ContextId(f.Key)),
                new XAttribute("unitRef", contexts.UnitId(f.Unit)),
                new XAttribute("decimals", XbrlText.Decimals(f.Precision)),
                XbrlText.Decimal(f.Value))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);

        XElement SchemaRef(string href) =>
            new(link + "schemaRef", new XAttribute(XbrlNamespaces.XLink + "type", "simple"), new XAttribute(XbrlNamespaces.XLink + "href", href));
    }
}
