using System.Runtime.InteropServices;

namespace Kessan.Ingest;

/// <summary>
/// What the operating system says of a package file before Kessan reads it: where it really is once every link
/// is followed, whether it is a regular file (not a device, a pipe or a folder), and its size. Linux only
/// (<c>realpath</c> and <c>statx</c>); elsewhere every file counts as regular and where it is written.
/// </summary>
internal static class PackageFileSystem
{
    /// <summary>The largest fact file (<c>.csv</c>) Kessan reads: generous for any real package (a fact file of a large group is a few MB).</summary>
    public const long MaxFactFileBytes = 100L * 1024 * 1024;

    /// <summary>The largest narrative (<c>.md</c>): some hundred pages of text.</summary>
    public const long MaxNarrativeBytes = 1L * 1024 * 1024;

    /// <summary>The largest settings, concepts or layout file (<c>.yaml</c> and any other).</summary>
    public const long MaxSettingsBytes = 10L * 1024 * 1024;

    /// <summary>The most Kessan reads of the package file at <paramref name="path"/>, by its kind.</summary>
    public static long MaxBytes(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => MaxFactFileBytes,
        ".md" => MaxNarrativeBytes,
        _ => MaxSettingsBytes,
    };

    /// <summary>The path with every link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
        }
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    /// <summary>True when <paramref name="path"/> (links followed) is a regular file, with its size.</summary>
    public static bool IsRegularFile(string path, out long size)
    {
        size = 0;
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            size = info.Exists ? info.Length : 0;
            return info.Exists;
        }
        // struct statx has one layout on every Linux architecture: stx_mode (u16) at byte 28, stx_size (u64) at 40.
        var buffer = new byte[256];
        const int AtCurrentDirectory = -100, StatxType = 0x1, StatxSize = 0x200;
        if (statx(AtCurrentDirectory, path, 0, StatxType | StatxSize, buffer) != 0)
        {
            return false;
        }
        var mode = BitConverter.ToUInt16(buffer, 28);
        size = BitConverter.ToInt64(buffer, 40);
        const int TypeMask = 0xF000, Regular = 0x8000;
        return (mode & TypeMask) == Regular;
    }

#pragma warning disable SA1300, IDE1006 // the C library's names
    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, string path, int flags, int mask, byte[] buffer);
#pragma warning restore SA1300, IDE1006
}

/// <summary>A package file Kessan will not read, and why (in words that quote nothing from the package).</summary>
public sealed class PackageFileRefusedException(string reason) : IOException(reason);
