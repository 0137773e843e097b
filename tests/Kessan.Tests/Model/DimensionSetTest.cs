using Kessan.Model;

namespace Kessan.Tests.Model;

public partial class DimensionSetTest
{
    [Fact]
    public void The_default_is_the_empty_set() => default(DimensionSet).ShouldBe(DimensionSet.Empty);

    [Fact]
    public void Coordinates_are_kept_sorted_so_order_of_writing_does_not_matter()
    {
        var a = DimensionSet.Of([new("Segment", "ATM"), new("Brand", "OEM")]);
        var b = DimensionSet.Of([new("Brand", "OEM"), new("Segment", "ATM")]);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ToString().ShouldBe("Brand=OEM;Segment=ATM");
    }

    [Fact]
    public void With_replaces_and_without_removes_a_coordinate()
    {
        var set = DimensionSet.Of("Segment", "ATM").With("Segment", "SI").With("Brand", "OEM");

        set.MemberOf("Segment").ShouldBe("SI");
        set.Without("Segment").ShouldBe(DimensionSet.Of("Brand", "OEM"));
        set.Without("Segment").Without("Brand").IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Two_members_on_one_axis_throw() =>
        Should.Throw<ArgumentException>(() => DimensionSet.Of([new("Segment", "ATM"), new("Segment", "SI")]));
}
