using System.CommandLine;
using Kessan.Cli.Output;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store …</c>: the fact store of every package revision (import, log, export, history, publish, verify).</summary>
internal static class StoreCommand
{
    public static Command Create(Terminal terminal) => new("store",
        "The fact store: every revision of every package imported, its files byte for byte and its facts, which revision is the " +
        "published release of each period, and every concept's history across published releases. SQLite by default (kessan.db), " +
        "PostgreSQL for teams (--store postgresql://…). See docs/store.md.")
    {
        ImportCommand.Create(terminal),
        LogCommand.Create(terminal),
        ExportCommand.Create(terminal),
        HistoryCommand.Create(terminal),
        PublishCommand.Create(terminal),
        VerifyCommand.Create(terminal),
    };

    /// <summary>Who runs the command: <c>--author</c>, else <c>KESSAN_AUTHOR</c>, else the operating system's user name.</summary>
    public static string Author(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable("KESSAN_AUTHOR") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Environment.UserName;
}
