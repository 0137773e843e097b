using System.CommandLine;
using System.Globalization;
using Kessan.Cli.Output;
using Kessan.Store.Importing;
using Kessan.Store.Model;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store import &lt;package&gt;</c>: check a package and store it as a new revision.</summary>
internal static class ImportCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var package = new Argument<DirectoryInfo>("package") { Description = "The release package folder." };
        var message = new Option<string?>("--message", "-m") { Description = "Why this revision (default: \"Import of <folder>\")." };
        var author = new Option<string?>("--author") { Description = "Who imports it (default: KESSAN_AUTHOR, else your user name)." };
        var parent = new Option<string?>("--parent")
        {
            Description = "The revision your package was made from. When someone has imported on top of it since, the import is refused " +
                "instead of hiding their change.",
        };
        var command = options.AddTo(new Command("import",
            "Check a package (as 'kessan check' does) and store it as a new revision of its company's period: every file byte for byte " +
            "and every fact. A package with errors is refused. Prints the new revision's id alone on the last line.")
        {
            package, message, author, parent,
        });
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text",
            parse.GetValue(package)!, parse.GetValue(message), StoreCommand.Author(parse.GetValue(author)), parse.GetValue(parent)));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string format, DirectoryInfo folder, string? message, string author, string? parent)
    {
        if (!folder.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such folder: {folder.FullName}");
            return ExitCodes.CannotRead;
        }
        using var store = StoreOptions.Open(terminal, storeName, create: true);
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        string? expected = null;
        if (parent is not null)
        {
            var named = StoreOptions.FindRevision(terminal, store, parent);
            if (named is null)
            {
                return ExitCodes.Errors;
            }
            expected = named.Id;
        }
        var outcome = PackageImport.Run(store, folder.FullName, author, message ?? "Import of " + folder.Name, expected);
        if (!outcome.Diagnostics.IsEmpty)
        {
            StoreOptions.WriteProblems(terminal, outcome.Diagnostics);
        }
        if (outcome.Revision is not { } r)
        {
            terminal.Error.WriteLine("kessan: " + outcome.Refusal);
            return ExitCodes.Errors;
        }
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json => StoreOptions.WriteRevision(json, r));
            return ExitCodes.Clean;
        }
        var onTop = r.Parent is null ? "the period's first revision." : $"on top of {Revision.Short(r.Parent)}.";
        terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported {r.Company} {r.Period}: {r.FileCount:N0} files, {r.FactCount:N0} facts, {onTop}"));
        terminal.Out.WriteLine(r.Id);
        return ExitCodes.Clean;
    }
}
