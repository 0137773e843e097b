using System.Collections.Immutable;

namespace Kessan.Layout;

/// <summary>
/// The names of the rounding policies, as a layout (<c>rounding: footed</c>) and the command line
/// (<c>--rounding footed</c>) write them: the one place a name is tied to its <see cref="RoundingPolicy"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class RoundingPolicies
{
    /// <summary>Every policy by name, in listing order (<c>independent</c>, then <c>footed</c>); names are case-sensitive.</summary>
    public static IReadOnlyDictionary<string, RoundingPolicy> ByName { get; } = new Dictionary<string, RoundingPolicy>(StringComparer.Ordinal)
    {
        ["independent"] = RoundingPolicy.Independent,
        ["footed"] = RoundingPolicy.Footed,
    };

    /// <summary>The names, in listing order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. ByName.Keys];

    /// <summary>The policy a name stands for, or null when <paramref name="name"/> is null or names no policy.</summary>
    public static RoundingPolicy? Find(string? name) => name is not null && ByName.TryGetValue(name, out var policy) ? policy : null;
}
