namespace Kessan.Tests.Architecture.Equality;

/// <summary>
/// Every type of the library whose equality is written by hand keeps the equality contract, and every type is
/// covered: a new hand-written equality cannot be added without samples, so without its contract being tested.
/// </summary>
public partial class HandWrittenEqualityTest
{
    public static TheoryData<string> HandWrittenTypes() => [.. HandWrittenEquality.Types().Select(t => t.FullName!)];

    public static TheoryData<string> RegisteredTypes() => [.. EqualitySamples.RegisteredTypes.Select(t => t.FullName!)];

    [Fact]
    public void The_library_has_hand_written_equalities_to_check()
    {
        var types = HandWrittenEquality.Types().ToList();

        types.Count.ShouldBeGreaterThanOrEqualTo(50);
        types.Count(PropertyChanges.IsRecord).ShouldBeGreaterThanOrEqualTo(45);
        types.Count(t => t.IsValueType).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Every_type_with_hand_written_equality_has_samples_in_the_registry()
    {
        var missing = HandWrittenEquality.Types().Where(t => !EqualitySamples.IsRegistered(t)).Select(t => t.FullName).ToList();

        missing.ShouldBeEmpty("Add two samples of each to EqualitySamples.Registry.cs");
    }

    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public void The_two_samples_of_a_registered_type_are_unequal_and_each_factory_repeats_its_value(string name)
    {
        var samples = EqualitySamples.For(TypeNamed(name));
        var a = samples.A();
        var again = samples.A();

        again.Equals(a).ShouldBeTrue($"{name}: A() twice gives equal values");
        if (!a.GetType().IsValueType)
        {
            ReferenceEquals(a, again).ShouldBe(samples.Shared,
                $"{name}: A() twice gives distinct instances, unless the type's samples are shared because its equality is identity");
        }
        samples.B().Equals(samples.B()).ShouldBeTrue($"{name}: B() twice gives equal values");
        if (samples.EqualToA is { } equalToA)
        {
            equalToA().Equals(a).ShouldBeTrue($"{name}: the value made another way equals A");
        }
        foreach (var other in samples.Unequal())
        {
            a.Equals(other).ShouldBeFalse($"{name}: A differs from {other}");
        }
    }

    [Theory]
    [MemberData(nameof(HandWrittenTypes))]
    public void A_hand_written_equality_keeps_the_equality_contract(string name)
    {
        var type = TypeNamed(name);
        var samples = EqualitySamples.For(type);

        EqualityContract.Check(type, samples.A(), samples.EqualToA?.Invoke() ?? samples.A(), samples.Unequal());
    }

    internal static Type TypeNamed(string name) =>
        typeof(Kessan.Model.Fact).Assembly.GetType(name)
        ?? EqualitySamples.RegisteredTypes.Single(t => t.FullName == name);
}
