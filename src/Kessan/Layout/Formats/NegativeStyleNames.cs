namespace Kessan.Layout.Formats;

/// <summary>The names of <see cref="NegativeStyle"/> values as layouts write them (<c>negative: minus</c>).</summary>
public static class NegativeStyleNames
{
    /// <summary>Every negative style by its name: <c>parentheses</c>, <c>minus</c>.</summary>
    public static IReadOnlyDictionary<string, NegativeStyle> ByName { get; } = new Dictionary<string, NegativeStyle>(StringComparer.Ordinal)
    {
        ["parentheses"] = NegativeStyle.Parentheses,
        ["minus"] = NegativeStyle.Minus,
    };
}
