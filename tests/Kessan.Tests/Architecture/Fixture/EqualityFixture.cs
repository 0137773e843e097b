// Value types whose equality is broken in one way each, for HandWrittenEqualityTest: the contract check and
// the property check must catch every one of them.
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Kessan.Tests.Architecture.Fixture.Equality;

/// <summary>Leaves an init property out of its equality.</summary>
public sealed record ForgetsAProperty(string Kept, string Forgotten)
{
    public bool Equals(ForgetsAProperty? other) => other is not null && Kept == other.Kept;

    public override int GetHashCode() => Kept.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Leaves a get-only property, set by its constructor, out of its equality.</summary>
public sealed record ForgetsAConstructorProperty
{
    public ForgetsAConstructorProperty(string kept, string forgotten)
    {
        Kept = kept;
        Forgotten = forgotten;
    }

    public string Kept { get; }

    public string Forgotten { get; }

    public bool Equals(ForgetsAConstructorProperty? other) => other is not null && Kept == other.Kept;

    public override int GetHashCode() => Kept.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Every property counts; the array is compared element by element.</summary>
public sealed record CountsEveryProperty(string Name, int Count, ImmutableArray<string> Items)
{
    public bool Equals(CountsEveryProperty? other) => other is not null && Name == other.Name && Count == other.Count && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Name, Count, Items.Length);
}

/// <summary>The compiler's equality: the array is compared by reference, so equal values are unequal.</summary>
public sealed record ComparesItsArrayByReference(ImmutableArray<string> Items);

/// <summary>Equal values with different hash codes.</summary>
public sealed class HashesByIdentity(int value) : IEquatable<HashesByIdentity>
{
    public int Value { get; } = value;

    public bool Equals(HashesByIdentity? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as HashesByIdentity);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>An <c>==</c> that disagrees with <see cref="Equals(OperatorDisagrees)"/>.</summary>
public readonly struct OperatorDisagrees(int value) : IEquatable<OperatorDisagrees>
{
    public int Value { get; } = value;

    public bool Equals(OperatorDisagrees other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is OperatorDisagrees other && Equals(other);

    public override int GetHashCode() => Value;

    public static bool operator ==(OperatorDisagrees left, OperatorDisagrees right) => left.Value != right.Value;

    public static bool operator !=(OperatorDisagrees left, OperatorDisagrees right) => left.Value == right.Value;
}
