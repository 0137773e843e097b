using System.CommandLine;
using Kessan.Cli.Output;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store publish &lt;revision&gt;</c>: mark a revision as the published release of its period.</summary>
internal static class PublishCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var revision = new Argument<string>("revision") { Description = "The revision: its id or a unique prefix." };
        var author = new Option<string?>("--author") { Description = "Who publishes it (default: KESSAN_AUTHOR, else your user name)." };
        var command = options.AddTo(new Command("publish",
            "Mark a revision as the published release of its company's period. Once only: a published release never changes, and its " +
            "facts become the published values that later releases compare with and roll forward from.")
        {
            revision, author,
        });
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text",
            parse.GetValue(revision)!, StoreCommand.Author(parse.GetValue(author))));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string format, string name, string author)
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
        var published = store.Publish(r, author);
        if (published.Value is not { } p)
        {
            terminal.Error.WriteLine("kessan: " + published.Error);
            return ExitCodes.Errors;
        }
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json => StoreOptions.WriteRevision(json, p));
        }
        else
        {
            terminal.Out.WriteLine($"Published {p.Company} {p.Period}: revision {p.ShortId}.");
        }
        return ExitCodes.Clean;
    }
}
