using System.Collections.Immutable;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>
/// Two distinct samples of a type, as factories: calling one twice gives equal but distinct instances. A type
/// whose equality has several components may give more samples, each unequal to <see cref="A"/> in another way.
/// </summary>
/// <param name="A">The first sample; every collection in it has an element and every optional part is set, so
/// that an equal but distinct copy compares its parts element by element.</param>
/// <param name="B">The second sample, unequal to <see cref="A"/>.</param>
/// <param name="More">Further samples unequal to <see cref="A"/>.</param>
public sealed record TypeSamples(Func<object> A, Func<object> B, ImmutableArray<Func<object>> More)
{
    /// <summary>A value equal to <see cref="A"/> made another way (another representation of a number), or null.</summary>
    public Func<object>? EqualToA { get; init; }

    /// <summary>
    /// True when each factory returns one shared instance: the type's equality is reference identity (a class
    /// without value equality), so only the same instance is equal.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>Every sample unequal to <see cref="A"/>: <see cref="B"/>, then <see cref="More"/>.</summary>
    public IEnumerable<object> Unequal() => [B(), .. More.Select(f => f())];
}

/// <summary>
/// The samples the equality tests use: one registry of two distinct samples per type (in
/// <c>EqualitySamples.Registry.cs</c>), and generic rules for the types that need no entry (strings, numbers,
/// booleans, enums, dates, nullables, immutable arrays and dictionaries, key-value pairs and tuples), both for
/// samples and for "a different value" of a property.
/// </summary>
public static partial class EqualitySamples
{
    /// <summary>The types with an entry in the registry.</summary>
    public static IEnumerable<Type> RegisteredTypes => Registry.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>True when <paramref name="type"/> has an entry in the registry.</summary>
    public static bool IsRegistered(Type type) => Registry.ContainsKey(type);

    /// <summary>The samples of <paramref name="type"/>: its registry entry, or the generic rule for it.</summary>
    /// <exception cref="InvalidOperationException">Neither the registry nor a rule gives samples of the type.</exception>
    public static TypeSamples For(Type type)
    {
        if (Registry.TryGetValue(type, out var registered))
        {
            return registered;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying);
        }
        if (type == typeof(string))
        {
            return Pair(() => new string("alpha".AsSpan()), () => new string("beta".AsSpan()));
        }
        if (type == typeof(bool))
        {
            return Pair(() => true, () => false);
        }
        if (type == typeof(int))
        {
            return Pair(() => 1, () => 2);
        }
        if (type == typeof(decimal))
        {
            return Pair(() => 1.5m, () => 2m);
        }
        if (type == typeof(BigInteger))
        {
            return Pair(() => BigInteger.One, () => new BigInteger(2));
        }
        if (type == typeof(DateOnly))
        {
            return Pair(() => new DateOnly(2013, 3, 31), () => new DateOnly(2012, 3, 31));
        }
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length >= 2
                ? new TypeSamples(() => values.GetValue(1)!, () => values.GetValue(0)!, [])
                : throw new InvalidOperationException($"The enum {type.Name} has fewer than two values to sample.");
        }
        if (Generic(type, typeof(ImmutableArray<>)) is [var element])
        {
            return Invoke<TypeSamples>(nameof(ArraySamples), [element]);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(ImmutableDictionary<,>) || definition == typeof(ImmutableSortedDictionary<,>)))
        {
            return Invoke<TypeSamples>(nameof(DictionarySamples), type.GetGenericArguments(), type);
        }
        if (Generic(type, typeof(KeyValuePair<,>)) is [var key, var value])
        {
            return new TypeSamples(
                () => Activator.CreateInstance(type, For(key).A(), For(value).A())!,
                () => Activator.CreateInstance(type, For(key).B(), For(value).B())!, []);
        }
        if (IsValueTuple(type))
        {
            var items = type.GetGenericArguments();
            return new TypeSamples(
                () => Activator.CreateInstance(type, [.. items.Select(t => For(t).A())])!,
                () => Activator.CreateInstance(type, [.. items.Select(t => For(t).B())])!, []);
        }
        throw new InvalidOperationException($"There are no samples of {type.FullName}: add two to the registry (EqualitySamples.Registry.cs).");
    }

    /// <summary>
    /// Values different from <paramref name="value"/>, a value of <paramref name="type"/>, each with how it
    /// differs: null for a set optional value and a value for null, another sample for a registered type, and the
    /// generic rules (a changed string or number, the negated boolean, the next enum value, the next day, an
    /// array or dictionary with an element more, an element fewer or an element changed).
    /// </summary>
    /// <param name="type">The declared type.</param>
    /// <param name="value">The value to differ from.</param>
    /// <param name="nullable">True when null is a valid value of a reference type.</param>
    public static IEnumerable<(string How, object? Value)> Different(Type type, object? value, bool nullable)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
            nullable = true;
        }
        if (value is null)
        {
            return [("a value instead of null", For(type).A())];
        }
        var changes = DifferentNonNull(type, value);
        return nullable ? [("null", null), .. changes] : changes;
    }

    private static IEnumerable<(string How, object? Value)> DifferentNonNull(Type type, object value)
    {
        if (Registry.TryGetValue(type, out var samples))
        {
            var a = samples.A();
            return [("another sample", Equals(a, value) ? samples.B() : a)];
        }
        if (Generic(type, typeof(ImmutableArray<>)) is [var element])
        {
            return Invoke<IEnumerable<(string, object?)>>(nameof(ArrayChanges), [element], value);
        }
        if (type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IImmutableDictionary<,>)) is { } dictionary)
        {
            return Invoke<IEnumerable<(string, object?)>>(nameof(DictionaryChanges), dictionary.GetGenericArguments(), value);
        }
        if (Generic(type, typeof(KeyValuePair<,>)) is [var key, var entry])
        {
            return Invoke<IEnumerable<(string, object?)>>(nameof(PairChanges), [key, entry], value);
        }
        if (IsValueTuple(type))
        {
            var items = type.GetGenericArguments();
            var tuple = (ITuple)value;
            return items.SelectMany((itemType, i) => DifferentNonNull(itemType, tuple[i]!).Select(change =>
            {
                var changed = Enumerable.Range(0, items.Length).Select(k => k == i ? change.Value : tuple[k]).ToArray();
                return ($"item {i + 1} of the tuple changed ({change.How})", Activator.CreateInstance(type, changed));
            })).ToList();
        }
        return [value switch
        {
            string s => ("a changed string", s + " (changed)"),
            bool b => ("the other boolean", !b),
            int i => ("another number", i + 1),
            decimal d => ("another number", d + 1),
            BigInteger n => ("another number", n + 1),
            DateOnly day => ("the next day", day.AddDays(1)),
            Enum e => ("another enum value", NextEnumValue(e)),
            _ => throw new InvalidOperationException(
                $"There is no rule for a value different from a {type.FullName}: add two samples to the registry (EqualitySamples.Registry.cs)."),
        }];
    }

    private static object NextEnumValue(Enum e)
    {
        var values = Enum.GetValues(e.GetType());
        var at = Array.IndexOf(values, e);
        return values.Length >= 2
            ? values.GetValue((at + 1) % values.Length)!
            : throw new InvalidOperationException($"The enum {e.GetType().Name} has no other value.");
    }

    private static TypeSamples ArraySamples<T>() where T : notnull => new(
        () => ImmutableArray.Create((T)For(typeof(T)).A()),
        () => ImmutableArray.Create((T)For(typeof(T)).B()), []);

    private static TypeSamples DictionarySamples<TKey, TValue>(Type type) where TKey : notnull
    {
        IImmutableDictionary<TKey, TValue> Empty() => type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>)
            ? ImmutableSortedDictionary<TKey, TValue>.Empty
            : ImmutableDictionary<TKey, TValue>.Empty;
        var samplesOfKey = For(typeof(TKey));
        var samplesOfValue = For(typeof(TValue));
        return new TypeSamples(
            () => Empty().Add((TKey)samplesOfKey.A(), (TValue)samplesOfValue.A()),
            () => Empty().Add((TKey)samplesOfKey.B(), (TValue)samplesOfValue.B()), []);
    }

    private static IEnumerable<(string, object?)> ArrayChanges<T>(ImmutableArray<T> array) where T : notnull
    {
        if (array.IsDefaultOrEmpty)
        {
            yield return ("one element instead of none", ImmutableArray.Create((T)For(typeof(T)).A()));
            yield break;
        }
        yield return ("its last element left out", array.RemoveAt(array.Length - 1));
        yield return ("one element more", array.Add((T)For(typeof(T)).B()));
        foreach (var (how, changed) in DifferentNonNull(typeof(T), array[^1]))
        {
            yield return ($"its last element changed ({how})", array.SetItem(array.Length - 1, (T)changed!));
        }
    }

    private static IEnumerable<(string, object?)> DictionaryChanges<TKey, TValue>(IImmutableDictionary<TKey, TValue> dictionary) where TKey : notnull
    {
        if (dictionary.Count == 0)
        {
            yield return ("one entry instead of none", dictionary.Add((TKey)For(typeof(TKey)).A(), (TValue)For(typeof(TValue)).A()));
            yield break;
        }
        var (key, value) = dictionary.First();
        yield return ("an entry left out", dictionary.Remove(key));
        foreach (var (how, changed) in DifferentNonNull(typeof(TValue), value!))
        {
            yield return ($"the value of an entry changed ({how})", dictionary.SetItem(key, (TValue)changed!));
        }
        foreach (var (how, changed) in DifferentNonNull(typeof(TKey), key).Where(c => !dictionary.ContainsKey((TKey)c.Value!)))
        {
            yield return ($"an entry under another key ({how})", dictionary.Remove(key).Add((TKey)changed!, value));
        }
    }

    private static IEnumerable<(string, object?)> PairChanges<TKey, TValue>(KeyValuePair<TKey, TValue> pair) where TKey : notnull
    {
        foreach (var (how, changed) in DifferentNonNull(typeof(TKey), pair.Key))
        {
            yield return ($"another key ({how})", new KeyValuePair<TKey, TValue>((TKey)changed!, pair.Value));
        }
        foreach (var (how, changed) in DifferentNonNull(typeof(TValue), pair.Value!))
        {
            yield return ($"another value ({how})", new KeyValuePair<TKey, TValue>(pair.Key, (TValue)changed!));
        }
    }

    private static Type[]? Generic(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition ? type.GetGenericArguments() : null;

    private static bool IsValueTuple(Type type) =>
        type.IsValueType && type.IsGenericType && typeof(ITuple).IsAssignableFrom(type)
        && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);

    private static T Invoke<T>(string method, Type[] typeArguments, params object?[] arguments)
    {
        try
        {
            return (T)typeof(EqualitySamples).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeArguments).Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static TypeSamples Pair<T>(Func<T> a, Func<T> b, params Func<T>[] more) where T : notnull =>
        new(() => a(), () => b(), [.. more.Select(f => (Func<object>)(() => f()))]);

    /// <summary>Samples of a type whose equality is reference identity: each factory returns one shared instance.</summary>
    private static TypeSamples Shared<T>(Func<T> a, Func<T> b) where T : class
    {
        var first = new Lazy<T>(a);
        var second = new Lazy<T>(b);
        return new TypeSamples(() => first.Value, () => second.Value, []) { Shared = true };
    }
}
