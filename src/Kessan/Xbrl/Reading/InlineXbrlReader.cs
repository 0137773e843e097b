using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Xbrl.Reading;

/// <summary>
/// Reads the numeric facts of an Inline XBRL 1.1 document: the schema references, contexts and units of its
/// <c>ix:header</c>, and every <c>ix:nonFraction</c> with its transformation applied (Transformation Registry
/// 4: <c>ixt:num-dot-decimal</c>, <c>ixt:fixed-zero</c>, or no format), then its <c>scale</c> and
/// <c>sign</c>: the fact's value is the number shown × 10^scale, negated when <c>sign="-"</c>.
/// </summary>
/// <remarks>
/// <para>
/// The result is the XBRL instance the document stands for (its numeric part), so the same checks run on
/// it as on an instance. Non-numeric facts (<c>ix:nonNumeric</c>) are read as their text content (no format,
/// escape or continuation applied: Kessan writes its cover facts as plain text); fractions, tuples, footnotes,
/// continuations and document sets are not read.
/// </para>
/// <para>Thread-safe: it keeps no state between calls. DTDs are ignored, never resolved.</para>
/// </remarks>
public static partial class InlineXbrlReader
{
    /// <summary>Reads a document from its text; <paramref name="path"/> names it in locations.</summary>
    public static XbrlInstance Read(string xhtml, string path)
    {
        ArgumentNullException.ThrowIfNull(xhtml);
        Preconditions.CheckNotEmpty(path, nameof(path));
        var bag = new DiagnosticBag();
        var document = XbrlInstanceReader.Parse(xhtml, path, bag);
        if (document?.Root is not { } root)
        {
            return XbrlInstanceReader.Empty(bag);
        }
        var headers = root.Descendants(XbrlNamespaces.Ix + "header").ToList();
        if (headers.Count == 0)
        {
            bag.Error(XbrlCodes.Syntax, "The document is not Inline XBRL: it has no ix:header.", XbrlInstanceReader.Location(root, path));
            return XbrlInstanceReader.Empty(bag);
        }
        var schemaRefs = XbrlInstanceReader.SchemaRefs(headers.SelectMany(h => h.Elements(XbrlNamespaces.Ix + "references"))
            .SelectMany(r => r.Elements(XbrlNamespaces.Link + "schemaRef")));
        var resources = headers.SelectMany(h => h.Elements(XbrlNamespaces.Ix + "resources")).ToList();
        var contexts = XbrlInstanceReader.Contexts(resources.SelectMany(r => r.Elements(XbrlNamespaces.Xbrli + "context")), path, bag);
        var units = XbrlInstanceReader.Units(resources.SelectMany(r => r.Elements(XbrlNamespaces.Xbrli + "unit")), path, bag);
        var facts = ImmutableArray.CreateBuilder<XbrlFact>();
        foreach (var e in root.Descendants(XbrlNamespaces.Ix + "nonFraction"))
        {
            if (ReadNonFraction(e, path, bag) is { } fact)
            {
                facts.Add(fact);
            }
        }
        foreach (var e in root.Descendants(XbrlNamespaces.Ix + "nonNumeric"))
        {
            if (XbrlInstanceReader.ResolveQName(e, (string?)e.Attribute("name"), path, bag) is { } name)
            {
                facts.Add(new XbrlFact
                {
                    Concept = name,
                    ContextRef = ((string?)e.Attribute("contextRef"))?.Trim() ?? "",
                    IsNil = XbrlInstanceReader.IsNil(e),
                    Text = e.Value,
                    Location = XbrlInstanceReader.Location(e, path),
                });
            }
        }
        return XbrlInstanceReader.Complete(schemaRefs, contexts, units, facts.ToImmutable(), bag);
    }

    private static XbrlFact? ReadNonFraction(XElement e, string path, DiagnosticBag bag)
    {
        var location = XbrlInstanceReader.Location(e, path);
        var name = XbrlInstanceReader.ResolveQName(e, (string?)e.Attribute("name"), path, bag);
        if (name is null)
        {
            return null;
        }
        var nil = XbrlInstanceReader.IsNil(e);
        var format = e.Attribute("format") is { } f ? XbrlInstanceReader.ResolveQName(e, f.Value, path, bag) : null;
        var scaleText = ((string?)e.Attribute("scale"))?.Trim();
        var scale = 0;
        if (scaleText is not null
            && !(int.TryParse(scaleText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out scale)
                 && scale is >= Precision.MinDecimals and <= Precision.MaxDecimals))
        {
            bag.Error(XbrlCodes.ValueError, $"scale '{scaleText}' is not an integer from {Precision.MinDecimals} to {Precision.MaxDecimals}.", location);
            return null;
        }
        var sign = ((string?)e.Attribute("sign"))?.Trim();
        if (sign is not null and not "-")
        {
            bag.Error(XbrlCodes.ValueError, $"sign '{sign}' is not '-'.", location);
            return null;
        }
        var displayed = e.Value;
        decimal? value = null;
        if (!nil && Transform(displayed, format, location, bag) is { } shown)
        {
            try
            {
                var v = shown * Precision.Pow10(scale);
                value = sign == "-" ? -v : v;
            }
            catch (OverflowException)
            {
                bag.Error(XbrlCodes.ValueError, "The number shown, scaled, is too large.", location);
            }
        }
        return new XbrlFact
        {
            Concept = name,
            ContextRef = ((string?)e.Attribute("contextRef"))?.Trim() ?? "",
            UnitRef = ((string?)e.Attribute("unitRef"))?.Trim() ?? "",
            Value = value,
            Precision = XbrlInstanceReader.ReadPrecision(e, !nil, location, bag),
            IsNil = nil,
            Displayed = displayed,
            Scale = scale,
            Negated = sign == "-",
            Format = format,
            Location = location,
        };
    }

    /// <summary>The number a transformation reads from the text shown, or null (and a diagnostic).</summary>
    private static decimal? Transform(string text, XName? format, SourceLocation location, DiagnosticBag bag)
    {
        if (format is null)
        {
            return XbrlInstanceReader.ParseDecimal(text, location, bag);
        }
        if (format.Namespace == XbrlNamespaces.Ixt)
        {
            switch (format.LocalName)
            {
                case "fixed-zero":
                    return 0m;
                case "num-dot-decimal":
                    var t = text.Trim();
                    if (NumDotDecimal().IsMatch(t))
                    {
                        return XbrlInstanceReader.ParseDecimal(Separators().Replace(t, ""), location, bag);
                    }
                    bag.Error(XbrlCodes.InvalidTransformation, $"'{t}' is not a number in the format ixt:num-dot-decimal.", location);
                    return null;
            }
        }
        bag.Error(XbrlCodes.InvalidTransformation, $"The format {format} is not one Kessan reads (ixt:num-dot-decimal, ixt:fixed-zero).", location);
        return null;
    }

    /// <summary>Transformation Registry 4 <c>num-dot-decimal</c>: digits grouped by commas, spaces or no-break
    /// spaces, and an optional fraction after a dot.</summary>
    [GeneratedRegex("^[0-9]{1,3}([, \u00A0]?[0-9]{3})*(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumDotDecimal();

    [GeneratedRegex("[, \u00A0]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
