using Kessan.Tests.Architecture.Fixture.Equality;

namespace Kessan.Tests.Architecture.Equality;

/// <summary>The checks themselves catch each kind of broken equality (the fixture breaks one thing per type).</summary>
public partial class HandWrittenEqualityTest
{
    [Fact]
    public void The_contract_check_passes_an_equality_that_keeps_it()
    {
        EqualityContract.Check(new CountsEveryProperty("a", 1, ["x"]), new CountsEveryProperty("a", 1, ["x"]),
            new CountsEveryProperty("b", 1, ["x"]), new CountsEveryProperty("a", 2, ["x"]), new CountsEveryProperty("a", 1, []));
    }

    [Fact]
    public void The_contract_check_catches_equal_values_with_different_hash_codes()
    {
        var failure = Should.Throw<ShouldAssertException>(() => EqualityContract.Check(new HashesByIdentity(1), new HashesByIdentity(1), new HashesByIdentity(2)));

        failure.Message.ShouldContain("equal values have equal hash codes");
    }

    [Fact]
    public void The_contract_check_catches_an_array_compared_by_reference()
    {
        var failure = Should.Throw<ShouldAssertException>(() => EqualityContract.Check(
            new ComparesItsArrayByReference(["x"]), new ComparesItsArrayByReference(["x"]), new ComparesItsArrayByReference(["y"])));

        failure.Message.ShouldContain("IEquatable<T>.Equals of equal values");
    }

    [Fact]
    public void The_contract_check_catches_an_equality_operator_that_disagrees_with_Equals()
    {
        var failure = Should.Throw<ShouldAssertException>(() => EqualityContract.Check(new OperatorDisagrees(1), new OperatorDisagrees(1), new OperatorDisagrees(2)));

        failure.Message.ShouldContain("== of equal values");
    }

    [Fact]
    public void The_property_check_names_an_init_property_left_out_of_equality()
    {
        var sample = new ForgetsAProperty("kept", "forgotten");

        PropertyChanges.Of(typeof(ForgetsAProperty)).Select(p => p.Name).ShouldBe(["Forgotten", "Kept"]);
        PropertyChanges.Problems(sample, typeof(ForgetsAProperty).GetProperty("Kept")!).ShouldBeEmpty();
        PropertyChanges.Problems(sample, typeof(ForgetsAProperty).GetProperty("Forgotten")!)
            .ShouldBe(["Forgotten changed to a changed string: the copy still equals the original"]);
    }

    [Fact]
    public void The_property_check_names_a_constructor_set_property_left_out_of_equality()
    {
        var sample = new ForgetsAConstructorProperty("kept", "forgotten");

        PropertyChanges.Of(typeof(ForgetsAConstructorProperty)).Select(p => p.Name).ShouldBe(["Forgotten", "Kept"]);
        PropertyChanges.Problems(sample, typeof(ForgetsAConstructorProperty).GetProperty("Kept")!).ShouldBeEmpty();
        PropertyChanges.Problems(sample, typeof(ForgetsAConstructorProperty).GetProperty("Forgotten")!).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_property_check_tries_an_array_with_an_element_fewer_one_more_and_one_changed()
    {
        var sample = new CountsEveryProperty("a", 1, ["x"]);
        var items = typeof(CountsEveryProperty).GetProperty("Items")!;

        EqualitySamples.Different(items.PropertyType, items.GetValue(sample), nullable: false).Select(c => c.How)
            .ShouldBe(["its last element left out", "one element more", "its last element changed (a changed string)"]);
        PropertyChanges.Of(typeof(CountsEveryProperty)).SelectMany(p => PropertyChanges.Problems(sample, p)).ShouldBeEmpty();
    }

    [Fact]
    public void The_property_check_catches_two_equal_copies_that_compare_an_array_by_reference()
    {
        var sample = new ComparesItsArrayByReference(["x"]);

        PropertyChanges.Problems(sample, typeof(ComparesItsArrayByReference).GetProperty("Items")!)
            .ShouldContain(p => p.Contains("two equal but distinct copies are unequal", StringComparison.Ordinal));
    }
}
