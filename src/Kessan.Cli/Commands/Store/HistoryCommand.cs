using System.CommandLine;
using System.Globalization;
using Kessan.Cli.Output;
using Kessan.Model;
using Kessan.Store.Database;
using Kessan.Store.Model;
using Kessan.Store.Queries;

namespace Kessan.Cli.Commands.Store;

/// <summary><c>kessan store history &lt;concept&gt;</c>: the concept's published value for every period.</summary>
internal static class HistoryCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var concept = new Argument<string>("concept") { Description = "The concept id, as in the package's concepts (Revenues, OperatingIncome)." };
        var dimension = new Option<string[]>("--dimension")
        {
            Description = "A dimension of the fact as Axis=Member (Segment=ATMOperation); repeat for several. Without it: the total.",
            AllowMultipleArgumentsPerToken = false,
        };
        var company = new Option<string?>("--company") { Description = "Only this company (its short name)." };
        var command = options.AddTo(new Command("history",
            "The concept's value for every period across all published releases: a time series, in the unit's base (yen, not " +
            "thousands), each with the release it comes from. A period an earlier release stated differently is marked restated. " +
            "Only published releases are read: nothing unreleased is printed.")
        {
            concept, dimension, company,
        });
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text",
            parse.GetValue(concept)!, parse.GetValue(dimension) ?? [], parse.GetValue(company)));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string format, string concept, string[] dimensions, string? company)
    {
        if (!DimensionSet.TryParse(string.Join(';', dimensions), out var coordinates) || coordinates.Count != dimensions.Length)
        {
            terminal.Error.WriteLine("kessan: --dimension takes Axis=Member, one member per axis.");
            return ExitCodes.CannotRead;
        }
        using var store = StoreOptions.Open(terminal, storeName, create: false);
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        var points = ConceptHistory.Of(store, concept, coordinates, company);
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json =>
            {
                json.WriteStartArray();
                foreach (var p in points)
                {
                    json.WriteStartObject();
                    json.WriteString("company", p.Company);
                    json.WriteString("period", p.PeriodName);
                    json.WriteString("start", p.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    json.WriteString("end", p.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    json.WriteBoolean("instant", p.Period.IsInstant);
                    json.WriteString("status", StoredFact.StatusName(p.Status));
                    json.WriteString("unit", p.Unit);
                    json.WriteString("value", Exact.Text(p.Value)); // a string: exact, whatever the reader's number type
                    json.WriteString("precision", p.Precision);
                    json.WriteString("revision", p.Revision);
                    json.WriteString("release", p.ReleasePeriod);
                    if (p.EarlierValue is { } earlier)
                    {
                        json.WriteString("restated_from", Exact.Text(earlier));
                        json.WriteString("restated_from_revision", p.EarlierRevision);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
            return ExitCodes.Clean;
        }
        if (points.IsEmpty)
        {
            terminal.Out.WriteLine($"No published value of {concept}" + (coordinates.IsEmpty ? "" : $" [{coordinates}]") + ".");
            return ExitCodes.Clean;
        }
        foreach (var p in points)
        {
            var status = p.Status == FactStatus.Actual ? "" : " (" + StoredFact.StatusName(p.Status) + ")";
            var restated = p.EarlierValue is { } e ? $"  restated; was {Exact.Grouped(e)} in {Revision.Short(p.EarlierRevision!)}" : "";
            terminal.Out.WriteLine($"{p.Company} {p.PeriodName + status,-24} {Exact.Grouped(p.Value),22} {p.Unit}  from {p.ReleasePeriod} {Revision.Short(p.Revision)}{restated}");
        }
        return ExitCodes.Clean;
    }
}
