namespace Kessan.Model;

/// <summary>The names of <see cref="FactStatus"/> values as packages write them (<c>status: target</c>).</summary>
public static class FactStatusNames
{
    /// <summary>Every status by its name: <c>actual</c>, <c>target</c>, <c>forecast</c>.</summary>
    public static IReadOnlyDictionary<string, FactStatus> ByName { get; } = new Dictionary<string, FactStatus>(StringComparer.Ordinal)
    {
        ["actual"] = FactStatus.Actual,
        ["target"] = FactStatus.Target,
        ["forecast"] = FactStatus.Forecast,
    };
}
