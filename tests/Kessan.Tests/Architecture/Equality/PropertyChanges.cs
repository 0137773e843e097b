using System.Reflection;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>
/// Checks that every property of a record takes part in its equality: a copy of a sample (the record's
/// <c>&lt;Clone&gt;$</c>, as <c>with</c> makes it) with one property changed must not equal the sample.
/// </summary>
public static class PropertyChanges
{
    /// <summary>True for a record class: it has the compiler's clone method.</summary>
    public static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    /// <summary>
    /// The properties a record's equality must use: every public instance property with a setter (init-only
    /// included) or, for a get-only auto-property set by a constructor, a backing field; inherited ones included.
    /// Computed properties have neither and are left out.
    /// </summary>
    public static IEnumerable<PropertyInfo> Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod is { IsPublic: true } || BackingField(p) is not null))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>A copy of <paramref name="record"/> with <paramref name="property"/> set to <paramref name="value"/>.</summary>
    public static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)!.Invoke(record, null)!;
        if (property.SetMethod is { IsPublic: true })
        {
            property.SetValue(copy, value);
        }
        else
        {
            BackingField(property)!.SetValue(copy, value);
        }
        return copy;
    }

    /// <summary>
    /// What is wrong with <paramref name="property"/> in the equality of <paramref name="sample"/>'s type, one line
    /// per different value tried: a copy with the property changed that still equals the sample, or two equal
    /// but distinct such copies that are unequal or hash differently. Empty when the property counts.
    /// </summary>
    public static IEnumerable<string> Problems(object sample, PropertyInfo property)
    {
        var nullable = new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
        var current = property.GetValue(sample);
        var changes = EqualitySamples.Different(property.PropertyType, current, nullable).ToList();
        var again = EqualitySamples.Different(property.PropertyType, current, nullable).ToList();
        if (changes.Count == 0)
        {
            yield return $"{property.Name}: no different value to try";
        }
        for (var i = 0; i < changes.Count; i++)
        {
            var (how, value) = changes[i];
            var changed = With(sample, property, value);
            var copy = With(sample, property, again[i].Value);
            if (sample.Equals(changed) || changed.Equals(sample))
            {
                yield return $"{property.Name} changed to {how}: the copy still equals the original";
            }
            else if (!changed.Equals(copy))
            {
                yield return $"{property.Name} changed to {how}: two equal but distinct copies are unequal";
            }
            else if (changed.GetHashCode() != copy.GetHashCode())
            {
                yield return $"{property.Name} changed to {how}: two equal copies have different hash codes";
            }
        }
    }

    private static FieldInfo? BackingField(PropertyInfo property) =>
        property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance);
}
