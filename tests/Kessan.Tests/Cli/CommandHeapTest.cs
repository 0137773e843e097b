using System.Runtime;
using Kessan.Cli;

namespace Kessan.Tests.Cli;

/// <summary>The memory of a command: collection paused for its first allocations (see docs/architecture.md).</summary>
public sealed class CommandHeapTest
{
    [Fact]
    public void A_command_starts_with_collection_paused_for_its_first_allocations()
    {
        CommandHeap.Prepare();
        try
        {
            GCSettings.LatencyMode.ShouldBe(GCLatencyMode.NoGCRegion);
        }
        finally
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Another test's allocations ended the region already: collection is back as usual either way.
            }
        }
    }
}
