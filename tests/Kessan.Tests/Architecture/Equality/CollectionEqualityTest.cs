using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kessan.Model;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>
/// A record's generated equality compares a collection by reference, so two equal values holding equal but distinct
/// lists would be unequal. Every public record that holds a collection writes its equality by hand (and so falls under
/// <see cref="HandWrittenEqualityTest"/>, which checks every property takes part in it).
/// </summary>
public class CollectionEqualityTest
{
    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool HasGeneratedEquality(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Any(m => m.Name == nameof(Equals) && m.GetParameters() is [var p] && p.ParameterType == type
                      && m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null);

    /// <summary>Public records whose generated equality would compare one of their collections by reference.</summary>
    public static IEnumerable<string> RecordsComparingACollectionByReference(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsVisible && PropertyChanges.IsRecord(t) && HasGeneratedEquality(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => IsCollection(p.PropertyType))
                .Select(p => $"{t.FullName}.{p.Name} ({p.PropertyType.Name})"))
            .OrderBy(n => n, StringComparer.Ordinal);

    [Fact]
    public void Every_public_record_holding_a_collection_writes_its_equality_by_hand()
    {
        RecordsComparingACollectionByReference(typeof(Fact).Assembly).ShouldBeEmpty();
    }

    [Fact]
    public void A_record_with_generated_equality_over_a_list_is_found()
    {
        RecordsComparingACollectionByReference(typeof(CollectionEqualityTest).Assembly)
            .ShouldContain($"{typeof(GeneratedEqualityOverAList).FullName}.Items (IReadOnlyList`1)");
        RecordsComparingACollectionByReference(typeof(CollectionEqualityTest).Assembly)
            .ShouldNotContain(n => n.StartsWith(typeof(HandWrittenEqualityOverAList).FullName + ".", StringComparison.Ordinal));
    }

    public sealed record GeneratedEqualityOverAList(IReadOnlyList<string> Items);

    public sealed record HandWrittenEqualityOverAList(IReadOnlyList<string> Items)
    {
        public bool Equals(HandWrittenEqualityOverAList? other) => other is not null && Items.SequenceEqual(other.Items);

        public override int GetHashCode() => Items.Count;
    }
}
