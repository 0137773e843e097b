using System.Collections.Immutable;

namespace Kessan.Utility;

/// <summary>Equality by content for the collections that value types hold (records compare them by reference).</summary>
public static class ContentEquality
{
    /// <summary>True when both are null, or both hold the same keys with equal values.</summary>
    public static bool Same<TKey, TValue>(IImmutableDictionary<TKey, TValue>? a, IImmutableDictionary<TKey, TValue>? b)
        where TKey : notnull
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }
        var values = EqualityComparer<TValue>.Default;
        return a.All(entry => b.TryGetValue(entry.Key, out var other) && values.Equals(entry.Value, other));
    }

    /// <summary>A hash code that agrees with <see cref="Same{TKey,TValue}"/>: independent of the entries' order.</summary>
    public static int HashOf<TKey, TValue>(IImmutableDictionary<TKey, TValue>? dictionary) where TKey : notnull
    {
        if (dictionary is null)
        {
            return 0;
        }
        var hash = dictionary.Count;
        foreach (var (key, value) in dictionary)
        {
            hash ^= HashCode.Combine(key, value);
        }
        return hash;
    }
}
