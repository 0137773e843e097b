using System.Reflection;
using Kessan.Model;

namespace Kessan.Tests.Architecture;

/// <summary>
/// Every public type of the library is immutable from outside: no public setters (only init), no public
/// writable fields. Renderers and builders that hold output while they work keep it private.
/// </summary>
public class MutabilityTest
{
    private static IEnumerable<Type> PublicTypes() =>
        typeof(Fact).Assembly.GetTypes().Where(t => t.IsVisible && !t.IsEnum && !t.IsInterface);

    private static IEnumerable<Type> ModelTypes() => PublicTypes().Where(t => t.Namespace == "Kessan.Model");

    [Fact]
    public void Public_types_have_no_public_setters()
    {
        var offenders = PublicTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.DeclaringType!.FullName + "." + p.Name)
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Public_types_have_no_public_writable_fields()
    {
        var offenders = PublicTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.DeclaringType!.FullName + "." + f.Name)
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void There_are_types_to_check_in_every_stage()
    {
        ModelTypes().Count().ShouldBeGreaterThan(20);
        foreach (var stage in StagesArchitectureTest.Stages.Take(StagesArchitectureTest.Stages.Length - 1).Where(s => s.Name != "utility"))
        {
            PublicTypes().Count(t => stage.Holds(t.Namespace ?? "")).ShouldBeGreaterThan(0, stage.Name);
        }
    }
}
