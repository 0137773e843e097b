namespace Kessan.Model;

/// <summary>The periods relative period names stand for in a release.</summary>
/// <param name="Current">The release's current period (a quarter, a half or the year).</param>
/// <param name="CurrentYear">The fiscal year it is in.</param>
/// <param name="PriorYear">The fiscal year it is compared with.</param>
public sealed record RelativePeriods(Period Current, Period CurrentYear, Period PriorYear);
