using System.Runtime.InteropServices;

namespace Kessan.Cli;

/// <summary>
/// The memory of one kessan command. A command is a short process that keeps nearly all it allocates until it ends
/// (the package, its figures, the documents it writes), so a garbage collection during it finds little to free and
/// copies the rest; and where kessan runs on a virtual machine, every fresh 4 KiB page of memory costs a trap to the
/// hypervisor. So a command starts with collection paused for its first <see cref="SmallObjects"/> of small objects
/// and <see cref="LargeObjects"/> of large ones (<see cref="GC.TryStartNoGCRegion(long, long)"/>: a bigger package is
/// collected as usual once past that), and on Linux the heap asks the kernel for transparent huge pages (madvise), so
/// that its memory arrives 2 MiB at a time. bench/README.md has the measurements. Nothing here changes what a command
/// computes or writes.
/// </summary>
internal static partial class CommandHeap
{
    /// <summary>Small objects allocated before the first collection: a build of the sample allocates about 60 MiB of them.</summary>
    public const long SmallObjects = 112L << 20;

    /// <summary>Large objects (85,000 bytes and more) allocated before the first collection: a build of the sample, 8 to 16 MiB.</summary>
    public const long LargeObjects = 16L << 20;

    // The span of address space from the heap's first region that is advised; the heap reserves far more, and takes
    // its regions, small and large, from the start of its reservation.
    private const long AdvisedSpan = 1L << 30;

    private const int HugePageAdvice = 14; // MADV_HUGEPAGE

    private const long HugePage = 2L << 20;

    /// <summary>Prepares the heap for a command; does nothing where the runtime or the system refuses.</summary>
    public static void Prepare()
    {
        if (OperatingSystem.IsLinux())
        {
            AdviseHugePages();
        }
        try
        {
            GC.TryStartNoGCRegion(SmallObjects + LargeObjects, LargeObjects);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than a heap with a hard limit (a container's memory) may give: collected as usual.
        }
    }

    private static void AdviseHugePages()
    {
        var probe = GCHandle.Alloc(new byte[1], GCHandleType.Pinned);
        try
        {
            var start = probe.AddrOfPinnedObject() & ~(nint)(HugePage - 1);
            // Advice only: a kernel without transparent huge pages, or with them off, says no and nothing changes.
            _ = Madvise(start, (nuint)AdvisedSpan, HugePageAdvice);
        }
        finally
        {
            probe.Free();
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
