using System.Collections.Frozen;

namespace Kessan.Web.Review;

/// <summary>The app's stylesheet and script, from its assembly (anonymous: they hold no figure).</summary>
public static class Assets
{
    private static readonly FrozenDictionary<string, (string Type, byte[] Content)> Files = new[] { ("app.css", "text/css"), ("app.js", "text/javascript") }
        .ToFrozenDictionary(f => f.Item1, f => (f.Item2, Read(f.Item1)), StringComparer.Ordinal);

    /// <summary>Maps <c>/app.css</c> and <c>/app.js</c>.</summary>
    public static void MapAssets(this IEndpointRouteBuilder app)
    {
        foreach (var (name, (type, content)) in Files)
        {
            app.MapGet("/" + name, () => Results.Bytes(content, type + "; charset=utf-8")).AllowAnonymous();
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Kessan.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The review app is built without its {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
