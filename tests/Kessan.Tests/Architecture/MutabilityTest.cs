using System.Reflection;
using Kessan.Model;

namespace Kessan.Tests.Architecture;

/// <summary>The domain model is immutable: no public setters (only init), no public mutable fields.</summary>
public class MutabilityTest
{
    private static IEnumerable<Type> ModelTypes() =>
        typeof(Fact).Assembly.GetTypes().Where(t => t.IsPublic && t.Namespace == "Kessan.Model" && !t.IsEnum && !t.IsInterface);

    [Fact]
    public void Model_types_have_no_public_setters()
    {
        var offenders = ModelTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Model_types_have_no_public_writable_fields()
    {
        var offenders = ModelTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void There_are_model_types_to_check() => ModelTypes().Count().ShouldBeGreaterThan(20);
}
