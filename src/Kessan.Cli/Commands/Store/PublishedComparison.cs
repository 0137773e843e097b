using System.Collections.Immutable;
using Kessan.Cli.Output;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Store.Database;
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
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(storeName);
        }
        catch (ArgumentException e)
        {
            terminal.Error.WriteLine("kessan: " + e.Message + " Comparatives were not compared with published releases.");
            return [];
        }
        if (storeName is null && location.Kind == StoreKind.Sqlite && !File.Exists(location.Target))
        {
            return [];
        }
        using var store = StoreOptions.Open(terminal, storeName, create: false);
        if (store is null)
        {
            terminal.Error.WriteLine("kessan: comparatives were not compared with published releases.");
            return [];
        }
        return RestatementCheck.Run(package, store);
    }
}
