using Kessan.Model;

namespace Kessan.Tests.Model;

/// <summary>Equality, hashing and ordering are by value.</summary>
public partial class RationalTest
{
    [Fact]
    public void Equal_values_written_differently_are_equal_and_hash_alike()
    {
        var a = Rational.Of(2, 4);
        var b = Rational.Of(-3, -6);

        a.Equals(b).ShouldBeTrue();
        (a == b).ShouldBeTrue();
        (a != b).ShouldBeFalse();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.Equals((object)b).ShouldBeTrue();
    }

    [Fact]
    public void Different_values_are_not_equal()
    {
        (R(1, 2) == R(1, 3)).ShouldBeFalse();
        (R(1, 2) != R(1, 3)).ShouldBeTrue();
        R(1, 2).Equals(R(-1, 2)).ShouldBeFalse();
    }

    [Fact]
    public void A_rational_is_not_equal_to_an_object_of_another_type()
    {
        R(1, 2).Equals((object)0.5m).ShouldBeFalse();
        R(1, 2).Equals(null).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1, 3, 1, 2, -1)]
    [InlineData(1, 2, 1, 3, 1)]
    [InlineData(2, 4, 1, 2, 0)]
    [InlineData(-1, 2, -1, 3, -1)]
    [InlineData(-1, 3, 1, 1000000, -1)]
    [InlineData(0, 1, -1, 1000000, 1)]
    public void CompareTo_orders_by_value(long an, long ad, long bn, long bd, int expected)
    {
        var a = R(an, ad);
        var b = R(bn, bd);

        Math.Sign(a.CompareTo(b)).ShouldBe(expected);
        Math.Sign(b.CompareTo(a)).ShouldBe(-expected);
        (a < b).ShouldBe(expected < 0);
        (a <= b).ShouldBe(expected <= 0);
        (a > b).ShouldBe(expected > 0);
        (a >= b).ShouldBe(expected >= 0);
    }

    [Fact]
    public void Ordering_sorts_a_list_by_value()
    {
        var sorted = new[] { R(1, 2), R(-2, 3), R(1, 3), Rational.Zero, R(7, 5) }.Order().ToArray();

        sorted.ShouldBe([R(-2, 3), Rational.Zero, R(1, 3), R(1, 2), R(7, 5)]);
    }
}
