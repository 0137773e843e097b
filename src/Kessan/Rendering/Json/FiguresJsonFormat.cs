namespace Kessan.Rendering.Json;

/// <summary><c>figures.json</c>.</summary>
public sealed class FiguresJsonFormat : IOutputFormat
{
    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public string FileName => "figures.json";

    /// <inheritdoc/>
    public string Description => "every figure with its exact value, rule and inputs down to the facts, and every displayed sum";

    /// <inheritdoc/>
    public int Weight => 9;

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output) => null;

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return FiguresJsonWriter.WriteUtf8(output.Package, output.Build);
    }
}
