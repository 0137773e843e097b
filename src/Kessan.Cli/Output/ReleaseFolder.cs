using System.Runtime.InteropServices;

namespace Kessan.Cli.Output;

/// <summary>
/// Publishes a build into its out folder as one unit: the files and their manifest are written into a private
/// staging folder beside the out folder (same file system, mode 0700 while written), which then takes the out
/// folder's place in one atomic exchange (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>; two renames where the
/// file system cannot exchange). Afterwards the out folder holds exactly that build's files and
/// <c>manifest.json</c>; the earlier build is removed whole. An out folder holding files that no manifest names
/// (files Kessan did not write) is refused unless forced. Staging and old folders an interrupted build left
/// behind are recognised by name and removed by the next build; a lock file keeps two builds into one out
/// folder from publishing at once.
/// </summary>
internal sealed class ReleaseFolder
{
    /// <summary>The name of the manifest every published out folder holds.</summary>
    public const string ManifestName = "manifest.json";

    private const string StagingMark = ".kessan-build-";
    private const string OldMark = ".kessan-old-";
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    private readonly string target;
    private readonly string parent;
    private readonly string name;

    /// <summary>The out folder's full path.</summary>
    public override string ToString() => target;

    /// <summary>A release folder at <paramref name="directory"/> (which need not exist).</summary>
    public ReleaseFolder(string directory)
    {
        target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        parent = Path.GetDirectoryName(target) ?? throw new IOException($"{directory} has no parent folder.");
        name = Path.GetFileName(target);
    }

    /// <summary>
    /// The files in the out folder that its manifest does not name (none when the folder does not exist or is
    /// empty): files Kessan did not write, which a build must not remove unless forced.
    /// </summary>
    public IReadOnlyList<string> ForeignFiles()
    {
        if (!Directory.Exists(target))
        {
            return [];
        }
        var present = Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var written = ReleaseManifest.FilesNamedIn(Path.Combine(target, ManifestName));
        return [.. present.Where(p => p != ManifestName && !written.Contains(p))];
    }

    /// <summary>Publishes <paramref name="files"/> with <paramref name="manifest"/> as the whole content of the out folder.</summary>
    /// <exception cref="IOException">The folder could not be written or exchanged; the out folder is as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written; the out folder is as it was.</exception>
    public void Publish(IReadOnlyList<ReleaseFile> files, ReleaseManifest manifest)
    {
        Directory.CreateDirectory(parent);
        using var held = Lock();
        RemoveLeftovers();
        var staging = Path.Combine(parent, "." + name + StagingMark + Guid.NewGuid().ToString("N"));
        using var removeOnSignal = Kessan.Utility.Interruption.Folder(staging);
        try
        {
            CreatePrivate(staging);
            foreach (var (fileName, content) in files)
            {
                WritePrivate(Path.Combine(staging, fileName), content);
            }
            WritePrivate(Path.Combine(staging, ManifestName), manifest.ToJson());
            StageProbe.Enter("staged");
            MakeReadable(staging);
            // A build stopped by a signal while it ran publishes nothing: the out folder keeps the earlier build.
            if (Kessan.Utility.Interruption.Stopping)
            {
                throw new OperationCanceledException("The build was stopped; nothing was published.");
            }
            SwapIn(staging);
        }
        finally
        {
            // After a successful exchange the staging name holds the earlier build; after a failure, the new one.
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Creates a folder only its owner can enter (0700), so that nobody reads a release while it is written.</summary>
    private static void CreatePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Writes a file of the release only its owner can read (0600) while the release is staged.</summary>
    private static void WritePrivate(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        stream.Write(content);
    }

    /// <summary>Opens a finished release to readers like any folder (0755, its files 0644), once it is whole.</summary>
    private static void MakeReadable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(path))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private void SwapIn(string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (RenameExchange(staging, target))
        {
            return;
        }
        // No atomic exchange here: move the earlier build aside, the new one in, and the earlier one back on failure.
        var old = Path.Combine(parent, "." + name + OldMark + Guid.NewGuid().ToString("N"));
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the staging and old folders of builds into this out folder that did not finish.</summary>
    private void RemoveLeftovers()
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, "." + name + ".kessan-*"))
        {
            var leaf = Path.GetFileName(dir);
            if (leaf.StartsWith("." + name + StagingMark, StringComparison.Ordinal) || leaf.StartsWith("." + name + OldMark, StringComparison.Ordinal))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>An exclusive lock on <c>.&lt;name&gt;.kessan-lock</c> beside the out folder, waited for up to 30 seconds.</summary>
    private FileStream Lock()
    {
        var path = Path.Combine(parent, "." + name + ".kessan-lock");
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // FileShare.None takes an advisory lock (flock) that the kernel releases when the process ends.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new IOException($"another build is writing to {target} (it holds {path}).", e);
            }
        }
    }

    private const uint RenameExchangeFlag = 2;

    [DllImport("libc", SetLastError = true, EntryPoint = "renameat2")]
    private static extern int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    /// <summary>Exchanges two paths atomically; false where the system or file system cannot (then nothing changed).</summary>
    private static bool RenameExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        const int AtCurrentDirectory = -100;
        try
        {
            if (RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchangeFlag) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        const int ENOSYS = 38, EINVAL = 22, ENOTSUP = 95;
        return errno is ENOSYS or EINVAL or ENOTSUP
            ? false
            : throw new IOException($"cannot exchange {b} with the new build (error {errno}).");
    }
}
