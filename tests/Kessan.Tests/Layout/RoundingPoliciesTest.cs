using Kessan.Layout;

namespace Kessan.Tests.Layout;

/// <summary>The rounding policies are named in one place, for the layout and the command line alike.</summary>
public class RoundingPoliciesTest
{
    [Theory]
    [InlineData("independent", RoundingPolicy.Independent)]
    [InlineData("footed", RoundingPolicy.Footed)]
    public void Each_policy_is_found_by_its_name(string name, RoundingPolicy policy) => RoundingPolicies.Find(name).ShouldBe(policy);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Footed")]
    [InlineData("controlled")]
    public void A_missing_or_unknown_name_finds_no_policy(string? name) => RoundingPolicies.Find(name).ShouldBeNull();

    [Fact]
    public void The_names_are_listed_independent_first()
    {
        RoundingPolicies.Names.ShouldBe(["independent", "footed"]);
        RoundingPolicies.ByName.Keys.ShouldBe(RoundingPolicies.Names);
    }

    [Fact]
    public void Every_policy_has_exactly_one_name()
    {
        foreach (var policy in Enum.GetValues<RoundingPolicy>())
        {
            RoundingPolicies.ByName.Values.Count(p => p == policy).ShouldBe(1, policy.ToString());
        }
    }
}
