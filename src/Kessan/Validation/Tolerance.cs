using Kessan.Model;

namespace Kessan.Validation;

/// <summary>How closely facts must agree in a comparison; see <see cref="ValidationContext.ToleranceFor"/>.</summary>
public enum Tolerance
{
    /// <summary>Each fact stands for the interval its rounding allows (XBRL Calculations 1.1).</summary>
    Rounding = 0,

    /// <summary>Each fact stands for its exact printed value: the statement foots exactly.</summary>
    ExactFooting = 1,
}

/// <summary>Helpers to apply a <see cref="Tolerance"/>.</summary>
public static class ToleranceExtensions
{
    /// <summary>The interval a fact stands for under this tolerance.</summary>
    public static ValueInterval IntervalOf(this Tolerance tolerance, Fact fact) =>
        tolerance == Tolerance.ExactFooting ? ValueInterval.Exact(fact.Value) : fact.Interval;

    /// <summary>The words a diagnostic ends with: "beyond what rounding allows", or that the statement foots exactly.</summary>
    public static string Beyond(this Tolerance tolerance) =>
        tolerance == Tolerance.ExactFooting ? "(the statement foots exactly)" : "beyond what rounding allows";
}
