using System.Reflection;
using System.Runtime.CompilerServices;
using Kessan.Model;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>Finds the library's types whose equality is written by hand rather than generated for a record.</summary>
public static class HandWrittenEquality
{
    /// <summary>
    /// Every type of the library that declares <c>Equals(T)</c> or overrides <c>Equals(object)</c> without the
    /// compiler having generated it.
    /// </summary>
    public static IEnumerable<Type> Types() =>
        typeof(Fact).Assembly.GetTypes()
            .Where(t => !t.IsInterface && !t.IsEnum && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(m => m.Name == nameof(Equals) && m.GetParameters() is [var p]
                          && (p.ParameterType == t || p.ParameterType == typeof(object))
                          && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
