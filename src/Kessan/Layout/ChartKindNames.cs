namespace Kessan.Layout;

/// <summary>The names of <see cref="ChartKind"/> values as layouts write them (<c>kind: grouped_bar</c>).</summary>
public static class ChartKindNames
{
    /// <summary>Every chart kind by its name: <c>bar</c>, <c>grouped_bar</c>, <c>waterfall</c>.</summary>
    public static IReadOnlyDictionary<string, ChartKind> ByName { get; } = new Dictionary<string, ChartKind>(StringComparer.Ordinal)
    {
        ["bar"] = ChartKind.Bar,
        ["grouped_bar"] = ChartKind.GroupedBar,
        ["waterfall"] = ChartKind.Waterfall,
    };
}
