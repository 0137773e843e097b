using System.Reflection;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>
/// The equality contract of a value type, checked in one place (Noda Time's <c>TestHelper.TestEqualsClass</c>
/// and <c>TestEqualsStruct</c> in one): given a value, an equal but distinct value and values unequal to it,
/// <see cref="IEquatable{T}.Equals(T)"/> agrees both ways, <see cref="object.Equals(object)"/> agrees, the
/// <c>==</c> and <c>!=</c> operators agree where the type declares them, equal values have equal hash codes,
/// and nothing equals null.
/// </summary>
public static class EqualityContract
{
    /// <summary>Checks the contract of <typeparamref name="T"/>; a failure says which part of it broke.</summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to it; for a reference type, another instance.</param>
    /// <param name="unequalValues">Values unequal to <paramref name="value"/>.</param>
    public static void Check<T>(T value, T equalValue, params T[] unequalValues) where T : notnull
    {
        var name = typeof(T).Name;
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equalValue).ShouldBeFalse($"{name}: the equal value must be another instance, or the check proves nothing");
        }
        unequalValues.ShouldNotBeEmpty($"{name}: the contract needs at least one unequal value");

        // Equal values.
        Equatable(value, value).ShouldBeTrue($"{name}: a value equals itself");
        Equatable(value, equalValue).ShouldBeTrue($"{name}: IEquatable<T>.Equals of equal values");
        Equatable(equalValue, value).ShouldBeTrue($"{name}: IEquatable<T>.Equals of equal values, the other way round");
        value.Equals((object)equalValue).ShouldBeTrue($"{name}: Equals(object) of equal values");
        equalValue.Equals((object)value).ShouldBeTrue($"{name}: Equals(object) of equal values, the other way round");
        equalValue.GetHashCode().ShouldBe(value.GetHashCode(), $"{name}: equal values have equal hash codes");

        // Null.
        value.Equals(null).ShouldBeFalse($"{name}: Equals(object) of null");
        if (!typeof(T).IsValueType)
        {
            Equatable(value, default!).ShouldBeFalse($"{name}: IEquatable<T>.Equals of null");
        }

        // Unequal values.
        for (var i = 0; i < unequalValues.Length; i++)
        {
            var other = unequalValues[i];
            var which = $"{name}: unequal value #{i + 1} ({other})";
            Equatable(value, other).ShouldBeFalse($"{which}: IEquatable<T>.Equals");
            Equatable(other, value).ShouldBeFalse($"{which}: IEquatable<T>.Equals, the other way round");
            value.Equals((object)other).ShouldBeFalse($"{which}: Equals(object)");
            other.Equals((object)value).ShouldBeFalse($"{which}: Equals(object), the other way round");
        }

        // Operators, where declared.
        if (Operator<T>("op_Equality") is { } equality)
        {
            equality(value, equalValue).ShouldBeTrue($"{name}: == of equal values");
            equality(equalValue, value).ShouldBeTrue($"{name}: == of equal values, the other way round");
            foreach (var other in unequalValues)
            {
                equality(value, other).ShouldBeFalse($"{name}: == of unequal values ({other})");
            }
            if (!typeof(T).IsValueType)
            {
                equality(value, default!).ShouldBeFalse($"{name}: == null");
                equality(default!, value).ShouldBeFalse($"{name}: null ==");
                equality(default!, default!).ShouldBeTrue($"{name}: null == null");
            }
        }
        if (Operator<T>("op_Inequality") is { } inequality)
        {
            inequality(value, equalValue).ShouldBeFalse($"{name}: != of equal values");
            inequality(equalValue, value).ShouldBeFalse($"{name}: != of equal values, the other way round");
            foreach (var other in unequalValues)
            {
                inequality(value, other).ShouldBeTrue($"{name}: != of unequal values ({other})");
            }
            if (!typeof(T).IsValueType)
            {
                inequality(value, default!).ShouldBeTrue($"{name}: != null");
                inequality(default!, value).ShouldBeTrue($"{name}: null !=");
            }
        }
    }

    /// <summary>
    /// <see cref="Check{T}"/> for a type known only at run time (an open generic type is checked as the
    /// constructed type of <paramref name="value"/>).
    /// </summary>
    public static void Check(Type type, object value, object equalValue, IEnumerable<object> unequalValues)
    {
        var closed = type.IsGenericTypeDefinition ? value.GetType() : type;
        var others = unequalValues.ToArray();
        var typed = Array.CreateInstance(closed, others.Length);
        Array.Copy(others, typed, others.Length);
        try
        {
            typeof(EqualityContract).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == nameof(Check) && m.IsGenericMethodDefinition)
                .MakeGenericMethod(closed)
                .Invoke(null, [value, equalValue, typed]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }

    private static bool Equatable<T>(T left, T right) => left is IEquatable<T> equatable
        ? equatable.Equals(right)
        : throw new ShouldAssertException($"{typeof(T).Name} does not implement IEquatable<{typeof(T).Name}>");

    /// <summary>The operator declared for two <typeparamref name="T"/> on the type or a base type, most specific first; null when none.</summary>
    private static Func<T, T, bool>? Operator<T>(string name)
    {
        for (var type = typeof(T); type is not null; type = type.BaseType)
        {
            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [type, type]);
            if (method is not null && method.GetParameters().All(p => p.ParameterType.IsAssignableFrom(typeof(T))))
            {
                return (a, b) => (bool)method.Invoke(null, [a, b])!;
            }
        }
        return null;
    }
}
