using System.CommandLine;
using Kessan.Cli.Output;
using Kessan.Store.Snapshots;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store export &lt;revision&gt; --out &lt;dir&gt;</c>: a revision's package, byte for byte as imported.</summary>
internal static class ExportCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var revision = new Argument<string>("revision") { Description = "The revision: its id or a unique prefix (4 digits or more)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "A new (or empty) folder to write the package into.", Required = true };
        var command = options.AddTo(new Command("export",
            "Write a revision's package into a folder, every file byte for byte as imported. The folder is written whole or not at all.")
        {
            revision, output,
        });
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(revision)!, parse.GetValue(output)!,
            parse.GetValue(options.Format) ?? "text"));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string name, DirectoryInfo folder, string format = "text")
    {
        using var store = StoreOptions.Open(terminal, storeName, create: false);
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        var r = StoreOptions.FindRevision(terminal, store, name);
        if (r is null)
        {
            return ExitCodes.Errors;
        }
        var snapshot = store.Files(r);
        if (PackageSnapshotReader.Write(snapshot, folder.FullName) is { } problem)
        {
            terminal.Error.WriteLine("kessan: " + problem);
            return ExitCodes.CannotRead;
        }
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json =>
            {
                json.WriteStartObject();
                json.WritePropertyName("revision");
                StoreOptions.WriteRevision(json, r);
                json.WriteString("folder", folder.FullName);
                json.WriteNumber("files", snapshot.Files.Length);
                json.WriteEndObject();
            });
            return ExitCodes.Clean;
        }
        terminal.Out.WriteLine($"Exported revision {r.ShortId} ({r.Company} {r.Period}, {snapshot.Files.Length} files) to {folder.FullName}.");
        return ExitCodes.Clean;
    }
}
