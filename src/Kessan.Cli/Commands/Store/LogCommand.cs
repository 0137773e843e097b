using System.CommandLine;
using System.Globalization;
using Kessan.Cli.Output;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store log</c>: the store's revisions, newest first.</summary>
internal static class LogCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var company = new Option<string?>("--company") { Description = "Only this company (its short name, as company.short_name)." };
        var period = new Option<string?>("--period") { Description = "Only this period (as the package names it: FY2012, 1Q13)." };
        var command = options.AddTo(new Command("log",
            "List the store's revisions, newest first: id, time, company, period, whether published, author and message. No figures.")
        {
            company, period,
        });
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text",
            parse.GetValue(company), parse.GetValue(period)));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string format, string? company, string? period)
    {
        using var store = StoreOptions.Open(terminal, storeName, create: false);
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        var revisions = store.Log(company, period);
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json =>
            {
                json.WriteStartArray();
                foreach (var r in revisions)
                {
                    StoreOptions.WriteRevision(json, r);
                }
                json.WriteEndArray();
            });
            return ExitCodes.Clean;
        }
        if (revisions.IsEmpty)
        {
            terminal.Out.WriteLine("No revisions" + (company is null && period is null ? "" : " of that company and period") + ".");
        }
        foreach (var r in revisions)
        {
            terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{terminal.Bold(r.ShortId)}  {r.CreatedAt:yyyy-MM-dd HH:mm}Z  {r.Company} {r.Period}  {(r.IsPublished ? terminal.Green("published") : "draft    ")}  {r.Author}: {r.Subject}"));
        }
        return ExitCodes.Clean;
    }
}
