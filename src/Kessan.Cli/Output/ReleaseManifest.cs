using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kessan.Cli.Output;

/// <summary>
/// What an out folder holds and where it came from, written beside the release as <c>manifest.json</c>: the
/// Kessan version, the package's hash, the rounding policy, the formats, and every file with its size and
/// SHA-256. No time: the same package built by the same Kessan gives the same manifest.
/// </summary>
/// <param name="PackageHash">SHA-256 over the package's files, each as its path and its bytes (see <see cref="HashPackage"/>).</param>
/// <param name="Rounding">The rounding policy of the build (<c>independent</c> or <c>footed</c>).</param>
/// <param name="Formats">The formats written, in the order written.</param>
/// <param name="Files">Every file of the release with its bytes and their hash.</param>
internal sealed record ReleaseManifest(string PackageHash, string Rounding, IReadOnlyList<string> Formats, IReadOnlyList<ReleaseFile> Files)
{
    /// <summary>The version of this Kessan with the commit it was built from (<c>1.0.0+&lt;commit&gt;</c>).</summary>
    public static string KessanVersion { get; } =
        typeof(ReleaseManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The manifest as indented UTF-8 JSON.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("kessan_version", KessanVersion);
            json.WriteString("package_sha256", PackageHash);
            json.WriteString("rounding", Rounding);
            json.WriteStartArray("formats");
            foreach (var f in Formats)
            {
                json.WriteStringValue(f);
            }
            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in Files)
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                json.WriteNumber("bytes", file.Content.Length);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// SHA-256 over every file under <paramref name="folder"/>, in ordinal order of their paths (with '/'), each
    /// as its path, a NUL, its length and its bytes: any change to any file of the package changes it.
    /// </summary>
    public static string HashPackage(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        var buffer = new byte[1 << 16];
        foreach (var (path, full) in files)
        {
            // Read in pieces: a build hashes beside its checks, before they may refuse a file as too large.
            using var content = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(BitConverter.GetBytes(content.Length));
            for (int read; (read = content.Read(buffer)) > 0;)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The file names a manifest lists; empty when there is no manifest or it cannot be read as one.</summary>
    public static IReadOnlySet<string> FilesNamedIn(string manifestPath)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            return doc.RootElement.GetProperty("files").EnumerateArray()
                .Select(f => f.GetProperty("name").GetString()).OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
    }
}
