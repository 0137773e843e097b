using System.Text;

namespace Kessan.Rendering.Html;

/// <summary><c>release.html</c>.</summary>
public sealed class HtmlFormat : IOutputFormat
{
    /// <inheritdoc/>
    public string Name => "html";

    /// <inheritdoc/>
    public string FileName => "release.html";

    /// <inheritdoc/>
    public string Description => "the release as one standalone HTML page with print CSS and charts";

    /// <inheritdoc/>
    public int Weight => 4;

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output) => null;

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Encoding.UTF8.GetBytes(output.Html);
    }
}
