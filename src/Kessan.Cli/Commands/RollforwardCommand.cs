using System.CommandLine;
using Kessan.Cli.Commands.Store;
using Kessan.Cli.Output;
using Kessan.Store.Rollforward;
using Kessan.Store.Snapshots;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan rollforward &lt;package-or-revision&gt; --to &lt;period&gt; --out &lt;dir&gt;</c>: the next period's package.</summary>
internal static class RollforwardCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var from = new Argument<string>("package-or-revision") { Description = "A package folder, or a revision of the store (its id or a unique prefix)." };
        var to = new Option<string>("--to") { Description = "The period to roll to, as the package's calendar names it (FY2013).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "A new (or empty) folder for the new package.", Required = true };
        var command = new Command("rollforward",
            "Write the next period's package: settings, concepts, layout and narrative carried over with every period they name shifted " +
            "by the calendar; comparative facts filled from the store's published releases; the new period's facts left empty and listed " +
            "in to-fill.csv, which 'kessan check' reports as a to-do. A roll to another kind of release (FY2012 → 1Q13) is modelled on " +
            "the latest published release of that kind (1Q12). Prints counts, never figures.")
        {
            from, to, output, options.Store,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(output)!));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string from, string to, DirectoryInfo folder)
    {
        using var store = StoreOptions.OpenIfAny(terminal, storeName, out var failed);
        if (failed)
        {
            return ExitCodes.CannotRead;
        }
        var source = StoreOptions.Source(terminal, store, from);
        if (source is null)
        {
            return ExitCodes.CannotRead;
        }
        var outcome = PackageRollforward.Run(source, store, to);
        if (outcome.Package is null)
        {
            StoreOptions.WriteProblems(terminal, outcome.Diagnostics);
            terminal.Error.WriteLine("kessan: " + outcome.Refusal);
            return ExitCodes.Errors;
        }
        if (PackageSnapshotReader.Write(outcome.Package, folder.FullName) is { } problem)
        {
            terminal.Error.WriteLine("kessan: " + problem);
            return ExitCodes.CannotRead;
        }
        var storeNote = store is null ? " (no store: nothing could be filled from published releases)" : "";
        var model = outcome.ModelledOn is null ? "" : $" (a change of kind: modelled on {outcome.ModelledOn}, the latest published release of {outcome.To}'s kind)";
        terminal.Out.WriteLine($"Rolled {outcome.From} forward to {outcome.To}{model} in {folder.FullName}{storeNote}.");
        terminal.Out.WriteLine($"{outcome.Filled} fact cells filled from published releases; {outcome.ToFill} left to fill in, listed in {PackageRollforward.ToFillFile}: " +
            $"'kessan check {folder.FullName}' names each. Review the narrative's wording too: periods were shifted, words were not.");
        return ExitCodes.Clean;
    }
}
