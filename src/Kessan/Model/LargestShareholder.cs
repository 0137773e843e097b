using System.Collections.Immutable;

namespace Kessan.Model;

/// <summary>The largest shareholder disclosure the exchange asks for (the ownership figures are facts).</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record LargestShareholder
{
    /// <summary>Name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>Relationship to the company, as printed.</summary>
    public required string Relationship { get; init; }

    /// <summary>Date the disclosure is as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Exchanges where the shareholder's own shares are listed.</summary>
    public ImmutableArray<string> Exchanges { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(LargestShareholder? other) =>
        other is not null && Name == other.Name && Relationship == other.Relationship && AsOf == other.AsOf
        && Exchanges.SequenceEqual(other.Exchanges);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Relationship, AsOf);
}
