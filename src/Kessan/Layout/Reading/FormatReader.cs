using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout.Formats;
using Kessan.Utility;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a display format of a layout's <c>formats:</c>: it starts from its <c>base</c> (a built-in format or one
/// defined before it; <c>units</c> when it names none) and overrides what it names. A base that is not defined
/// (KSN503) or a name that is taken (KSN006) leaves the format out.
/// </summary>
internal sealed class FormatReader
{
    private readonly DiagnosticBag bag;

    public FormatReader(DiagnosticBag bag) => this.bag = bag;

    /// <summary>The formats with the one at <paramref name="node"/> added, or unchanged when it cannot be.</summary>
    public DefinedFormats ReadFormat(YamlFile file, YamlNode node, DefinedFormats formats)
    {
        var f = file.AsMapping(node, "format", "name", "base", "scale", "decimals", "percent", "negative", "zero", "prefix", "suffix", "grouping");
        var name = f?.String("name", required: true)?.Trim();
        if (f is null || name is null)
        {
            return formats;
        }
        var baseFormat = DisplayFormat.BuiltIn["units"];
        if (f.String("base")?.Trim() is { } baseName)
        {
            if (!formats.TryGetValue(baseName, out baseFormat))
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Format '{baseName}' is not defined.{Suggestions.Hint(baseName, formats.Keys)}", f.LocationOf("base"));
                return formats;
            }
        }
        if (formats.ContainsKey(name))
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Format '{name}' is already defined.", f.LocationOf("name"));
            return formats;
        }
        return formats.Add(baseFormat with
        {
            Name = name,
            // Within what a display format can show exactly (a decimal has 28 digits).
            Scale = f.Int("scale", -6, 12) ?? baseFormat.Scale,
            Decimals = f.Int("decimals", 0, 10) ?? baseFormat.Decimals,
            Percent = f.Bool("percent") ?? baseFormat.Percent,
            Negative = f.Choice("negative", NegativeStyleNames.ByName) ?? baseFormat.Negative,
            // 'zero: null' (or ~, or nothing) means no text for zero: the number is shown.
            Zero = f.Raw("zero", false) is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" }
                ? null
                : f.Has("zero") ? f.String("zero") : baseFormat.Zero,
            Prefix = f.String("prefix") ?? baseFormat.Prefix,
            Suffix = f.String("suffix") ?? baseFormat.Suffix,
            Grouping = f.Bool("grouping") ?? baseFormat.Grouping,
        });
    }
}
