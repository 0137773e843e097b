using System.Text;

namespace Kessan.Rendering.Markdown;

/// <summary><c>release.md</c>.</summary>
public sealed class MarkdownFormat : IOutputFormat
{
    /// <inheritdoc/>
    public string Name => "md";

    /// <inheritdoc/>
    public string FileName => "release.md";

    /// <inheritdoc/>
    public string Description => "the release as Markdown, for review and for diffs between drafts";

    /// <inheritdoc/>
    public int Weight => 2;

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output) => null;

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Encoding.UTF8.GetBytes(MarkdownRenderer.Render(output.Build.Document!, output.Build.Charts));
    }
}
