using System.Collections.Immutable;
using Kessan.Cli.Output;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Store.Restatements;

namespace Kessan.Cli.Commands.Store;

/// <summary>
/// What <c>check</c> and <c>build</c> find by comparing a package with the store's published releases (KSN602), when
/// there is a store: <c>--store</c>, else <c>KESSAN_STORE</c>, else <c>kessan.db</c> in the working folder if it exists.
/// Without one, nothing is compared and nothing is said.
/// </summary>
internal static class PublishedComparison
{
    public static ImmutableArray<Diagnostic> Check(Terminal terminal, string? storeName, ReleasePackage? package)
    {
        if (package is null)
        {
            return [];
        }
        using var store = StoreOptions.OpenIfAny(terminal, storeName, out var failed);
        if (failed)
        {
            terminal.Error.WriteLine("kessan: comparatives were not compared with published releases.");
        }
        return store is null ? [] : RestatementCheck.Run(package, store);
    }
}
