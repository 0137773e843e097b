namespace Kessan.Layout;

/// <summary>The names of <see cref="RowStyle"/> values as layouts write them (<c>style: total</c>).</summary>
public static class RowStyleNames
{
    /// <summary>Every row style by its name: <c>normal</c>, <c>heading</c>, <c>subtotal</c>, <c>total</c>.</summary>
    public static IReadOnlyDictionary<string, RowStyle> ByName { get; } = new Dictionary<string, RowStyle>(StringComparer.Ordinal)
    {
        ["normal"] = RowStyle.Normal,
        ["heading"] = RowStyle.Heading,
        ["subtotal"] = RowStyle.Subtotal,
        ["total"] = RowStyle.Total,
    };
}
