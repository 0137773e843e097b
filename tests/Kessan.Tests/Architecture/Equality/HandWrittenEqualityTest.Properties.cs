using System.Collections.Immutable;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>Every property of a record with hand-written equality takes part in it, unless listed as left out with a reason.</summary>
public partial class HandWrittenEqualityTest
{
    /// <summary>A property that a type's equality deliberately leaves out, and why.</summary>
    /// <param name="Type">The type.</param>
    /// <param name="Property">The property's name.</param>
    /// <param name="Reason">Why equality does without it (a cached or derived value, for example).</param>
    public sealed record Exclusion(Type Type, string Property, string Reason);

    /// <summary>
    /// The one table of properties left out of a hand-written equality on purpose. Every other property left out
    /// is a bug in the type's <c>Equals</c>. Today every property counts.
    /// </summary>
    public static readonly ImmutableArray<Exclusion> Exclusions = [];

    public static TheoryData<string, string> RecordProperties()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in HandWrittenEquality.Types().Where(PropertyChanges.IsRecord))
        {
            foreach (var property in PropertyChanges.Of(type).Where(p => !Exclusions.Any(e => e.Type == type && e.Property == p.Name)))
            {
                data.Add(type.FullName!, property.Name);
            }
        }
        return data;
    }

    [Fact]
    public void The_records_with_hand_written_equality_have_properties_to_check()
    {
        RecordProperties().Count.ShouldBeGreaterThan(200);
    }

    [Theory]
    [MemberData(nameof(RecordProperties))]
    public void Every_property_of_a_record_with_hand_written_equality_takes_part_in_it(string type, string property)
    {
        var sample = EqualitySamples.For(TypeNamed(type)).A();

        PropertyChanges.Problems(sample, TypeNamed(type).GetProperty(property)!).ShouldBeEmpty($"{type}.{property}");
    }

    [Fact]
    public void Every_excluded_property_exists_and_is_really_left_out_of_equality()
    {
        foreach (var exclusion in Exclusions)
        {
            var name = $"{exclusion.Type.Name}.{exclusion.Property}";
            exclusion.Reason.Trim().ShouldNotBeEmpty(name);
            var property = PropertyChanges.Of(exclusion.Type).SingleOrDefault(p => p.Name == exclusion.Property);
            property.ShouldNotBeNull($"{name} is not a property that equality could use");
            var sample = EqualitySamples.For(exclusion.Type).A();
            foreach (var (how, value) in EqualitySamples.Different(property.PropertyType, property.GetValue(sample), nullable: true))
            {
                PropertyChanges.With(sample, property, value).ShouldBe(sample, $"{name} changed to {how} is listed as left out, but changes equality");
            }
        }
    }
}
