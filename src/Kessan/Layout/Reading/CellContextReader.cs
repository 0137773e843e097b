using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads what a table, column, row or cell says about the cells it covers, besides their values: the period
/// (KSN005 when it is not one), the members added to their references (<c>dims:</c>, checked against the
/// taxonomy), the display format's name, and a declared sum (<c>total_of:</c>).
/// </summary>
internal sealed class CellContextReader
{
    private readonly ReleasePackage package;
    private readonly DiagnosticBag bag;

    public CellContextReader(ReleasePackage package, DiagnosticBag bag)
    {
        this.package = package;
        this.bag = bag;
    }

    /// <summary>The period at <c>period:</c>, or null when it is absent or not a period of the package's calendar.</summary>
    public Period? ReadPeriod(MappingReader m)
    {
        var text = m.String("period");
        if (text is null)
        {
            return null;
        }
        if (package.Calendar.TryParse(text, out var p))
        {
            return p;
        }
        bag.Error(DiagnosticCodes.InvalidValue, $"'{text.Trim()}' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, ...).", m.LocationOf("period"));
        return null;
    }

    /// <summary>The members at <c>dims:</c> (<c>Axis=Member;...</c>); a member that is malformed, unknown or on an axis already named is left out.</summary>
    public DimensionSet ReadDims(MappingReader m)
    {
        var text = m.String("dims");
        if (text is null)
        {
            return DimensionSet.Empty;
        }
        var values = new List<DimensionValue>();
        foreach (var token in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = token.Split('=', 2, StringSplitOptions.TrimEntries);
            var axis = parts.Length == 2 ? package.Taxonomy.FindAxis(parts[0]) : null;
            if (parts.Length != 2)
            {
                bag.Error(DiagnosticCodes.InvalidValue, $"'{token}' is not a member; write Axis=Member, separated by ';'.", m.LocationOf("dims"));
            }
            else if (axis is null)
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Axis '{parts[0]}' is not defined.{Suggestions.Hint(parts[0], package.Taxonomy.Axes.Select(a => a.Id))}", m.LocationOf("dims"));
            }
            else if (axis.FindMember(parts[1]) is null)
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Axis '{parts[0]}' has no member '{parts[1]}'.{Suggestions.Hint(parts[1], axis.Members.Select(x => x.Id))}", m.LocationOf("dims"));
            }
            else if (values.Exists(v => v.Axis == parts[0]))
            {
                bag.Error(DiagnosticCodes.InvalidValue, $"Axis '{parts[0]}' appears twice.", m.LocationOf("dims"));
            }
            else
            {
                values.Add(new DimensionValue(parts[0], parts[1]));
            }
        }
        return DimensionSet.Of(values);
    }

    /// <summary>
    /// The display format's name at <c>format:</c>, or null. A layout file read later may define it, so it is
    /// checked with the other references (<see cref="LayoutReferences.ToFormatsOf"/>).
    /// </summary>
    public static string? ReadFormatName(MappingReader m) => m.String("format")?.Trim();

    /// <summary>
    /// What cells show where their figure cannot be derived, at <c>unavailable: {text: "-", reason: "..."}</c>; null
    /// when absent or malformed (reported).
    /// </summary>
    public Unavailable? ReadUnavailable(MappingReader m)
    {
        if (!m.Has("unavailable"))
        {
            return null;
        }
        var u = m.Mapping("unavailable", required: true, "text", "reason");
        if (u is null)
        {
            return null;
        }
        var text = u.String("text", required: true, context: "unavailable");
        // Both required and not blank (MappingReader reports either): the reason tells reviewers it is not a mistake.
        var reason = u.String("reason", required: true, context: "unavailable")?.Trim();
        return text is null || reason is null ? null : new Unavailable(text, reason, m.KeyLocationOf("unavailable"));
    }

    /// <summary>A declared sum at <paramref name="key"/>: ids, each with a leading '-' to subtract it.</summary>
    public static ImmutableArray<WeightedId> ReadWeighted(MappingReader m, string key)
    {
        var result = ImmutableArray.CreateBuilder<WeightedId>();
        foreach (var (text, location) in m.StringList(key) ?? [])
        {
            var weight = text.StartsWith('-') ? -1 : 1;
            result.Add(new WeightedId(text.TrimStart('-', '+').Trim(), weight, location));
        }
        return result.ToImmutable();
    }
}
