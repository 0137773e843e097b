using System.Collections.Immutable;
using Kessan.Layout.Formats;

namespace Kessan.Layout.Reading;

/// <summary>
/// The display formats defined so far: the built-in ones, then the layout's own in the order they are defined.
/// The order is kept because it is the order "did you mean" hints consider the names in.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
internal sealed class DefinedFormats : IEquatable<DefinedFormats>
{
    private readonly ImmutableDictionary<string, DisplayFormat> byName;

    private DefinedFormats(ImmutableDictionary<string, DisplayFormat> byName, ImmutableArray<string> keys)
    {
        this.byName = byName;
        Keys = keys;
    }

    /// <summary>The built-in formats only (<see cref="DisplayFormat.BuiltIn"/>).</summary>
    public static DefinedFormats BuiltIn { get; } =
        new(DisplayFormat.BuiltIn.WithComparers(StringComparer.Ordinal), [.. DisplayFormat.BuiltIn.Keys]);

    /// <summary>The names, built-in ones first, then in the order defined.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>True when a format has the name (case-sensitive).</summary>
    public bool ContainsKey(string name) => byName.ContainsKey(name);

    /// <summary>The format with the name, if there is one.</summary>
    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out DisplayFormat format) =>
        byName.TryGetValue(name, out format);

    /// <summary>These formats and <paramref name="format"/>, whose name must be new.</summary>
    /// <exception cref="ArgumentException">A format has its name already.</exception>
    public DefinedFormats Add(DisplayFormat format) =>
        byName.ContainsKey(format.Name)
            ? throw new ArgumentException($"A format is named '{format.Name}' already.", nameof(format))
            : new(byName.Add(format.Name, format), Keys.Add(format.Name));

    /// <summary>The formats by name, as the layout holds them.</summary>
    public ImmutableDictionary<string, DisplayFormat> ToImmutableDictionary() => byName;

    /// <inheritdoc/>
    public bool Equals(DefinedFormats? other) =>
        other is not null && Keys.SequenceEqual(other.Keys) && Keys.All(k => byName[k].Equals(other.byName[k]));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DefinedFormats);

    /// <inheritdoc/>
    public override int GetHashCode() => Keys.Length;
}
