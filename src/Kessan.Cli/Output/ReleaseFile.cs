using System.Security.Cryptography;

namespace Kessan.Cli.Output;

/// <summary>
/// A file of a release as written: its name, its bytes and their SHA-256 (for <c>manifest.json</c>), taken when the
/// file is made, so that each format's file is hashed beside the others rather than all at the end.
/// </summary>
/// <param name="Name">The file's name in the out folder.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record ReleaseFile(string Name, byte[] Content)
{
    /// <summary>The SHA-256 of <see cref="Content"/>, in lowercase hexadecimal.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));
}
