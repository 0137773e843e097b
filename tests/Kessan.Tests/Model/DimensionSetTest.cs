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
    public void The_empty_set_reads_as_nothing_equals_every_empty_set_and_takes_a_coordinate_with_with()
    {
        var made = DimensionSet.Of([]);

        default(DimensionSet).ToString().ShouldBe("");
        made.ShouldBe(default(DimensionSet));
        made.GetHashCode().ShouldBe(default(DimensionSet).GetHashCode());
        default(DimensionSet).With("Segment", "ATM").ShouldBe(DimensionSet.Of("Segment", "ATM"));
        DimensionSet.Of("Segment", "ATM").ToString().ShouldBe("Segment=ATM");
        DimensionSet.Of("Segment", "ATM").ShouldNotBe(default(DimensionSet));
        default(DimensionSet).ShouldNotBe(DimensionSet.Of("Segment", "ATM"));
    }

    [Fact]
    public void Two_members_on_one_axis_throw() =>
        Should.Throw<ArgumentException>(() => DimensionSet.Of([new("Segment", "ATM"), new("Segment", "SI")]));
}
