using System.CommandLine;
using Kessan.Cli.Output;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store verify</c>: recompute every hash of the store.</summary>
internal static class VerifyCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var command = options.AddTo(new Command("verify",
            "Check the store's integrity: every file's content against its hash, every revision's files, facts and header against " +
            "the hashes it was stored with, every parent present. Exit code 1 when anything does not match."));
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text"));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string format)
    {
        using var store = StoreOptions.Open(terminal, storeName, create: false);
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        var problems = store.Verify();
        var revisions = store.Log().Length;
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("intact", problems.IsEmpty);
                json.WriteNumber("revisions", revisions);
                StoreOptions.WriteStrings(json, "problems", problems);
                json.WriteEndObject();
            });
        }
        else if (problems.IsEmpty)
        {
            terminal.Out.WriteLine($"The {store.Description} is intact: {revisions} revisions, every hash matches.");
        }
        else
        {
            foreach (var p in problems)
            {
                terminal.Out.WriteLine(terminal.Red("damaged: ") + p);
            }
            terminal.Out.WriteLine($"{problems.Length} problems in the {store.Description}.");
        }
        return problems.IsEmpty ? ExitCodes.Clean : ExitCodes.Errors;
    }
}
