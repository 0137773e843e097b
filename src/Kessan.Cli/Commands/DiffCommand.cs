using System.CommandLine;
using System.Text.Json;
using Kessan.Cli.Commands.Store;
using Kessan.Cli.Output;
using Kessan.Model;
using Kessan.Store.Database;
using Kessan.Store.Diffs;
using Kessan.Store.Snapshots;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan diff &lt;a&gt; &lt;b&gt;</c>: what changed between two packages or revisions, down to every figure shown.</summary>
internal static class DiffCommand
{
    public static Command Create(Terminal terminal)
    {
        var options = new StoreOptions();
        var first = new Argument<string>("a") { Description = "The earlier package folder, or a revision of the store." };
        var second = new Argument<string>("b") { Description = "The later package folder, or a revision of the store." };
        var command = options.AddTo(new Command("diff",
            "Compare two releases: facts added, removed and changed (old → new), every displayed figure whose value or text changes as a " +
            "result with the changed facts it is computed from (as explain traces them) and every place it is shown, and the narrative's " +
            "words. This prints figures: use it where the results may be seen.")
        {
            first, second,
        });
        command.SetAction(parse => Run(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text",
            parse.GetValue(first)!, parse.GetValue(second)!));
        return command;
    }

    internal static int Run(Terminal terminal, string? storeName, string format, string a, string b)
    {
        var needsStore = !Directory.Exists(a) || !Directory.Exists(b);
        var failed = false;
        using var store = needsStore ? StoreOptions.OpenIfAny(terminal, storeName, out failed) : null;
        if (failed)
        {
            return ExitCodes.CannotRead;
        }
        var before = Built(terminal, store, a);
        var after = before is null ? null : Built(terminal, store, b);
        if (before is null || after is null)
        {
            return ExitCodes.Errors;
        }
        var diff = ReleaseComparison.Compare(before, after);
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json => WriteJson(json, diff));
        }
        else
        {
            WriteText(terminal, diff, after.Package!.Calendar);
        }
        return ExitCodes.Clean;
    }

    private static PipelineResult? Built(Terminal terminal, Kessan.Store.IFactStore? store, string name)
    {
        var snapshot = StoreOptions.Source(terminal, store, name);
        if (snapshot is null)
        {
            return null;
        }
        var result = ReleasePipeline.Run(new SnapshotPackageSource(snapshot));
        if (!result.Succeeded)
        {
            StoreOptions.WriteProblems(terminal, result.Diagnostics);
            terminal.Error.WriteLine($"kessan: '{name}' does not build (errors above); diff compares two releases that do.");
            return null;
        }
        return result;
    }

    private static void WriteText(Terminal terminal, ReleaseDiff diff, FiscalCalendar calendar)
    {
        var o = terminal.Out;
        if (diff.IsEmpty)
        {
            o.WriteLine("No differences: the same facts, figures and narrative.");
            return;
        }
        o.WriteLine(terminal.Bold($"Facts ({diff.Facts.Length})"));
        foreach (var f in diff.Facts)
        {
            o.WriteLine($"  {DiffText.Kind(f.Kind),-8} {DiffText.Describe(f.Key, f.PeriodName)}: {DiffText.Value(f.Old)} → {DiffText.Value(f.New)} {f.Key.UnitId}   {f.Source}");
        }
        o.WriteLine(terminal.Bold($"Figures ({diff.Figures.Length})"));
        foreach (var f in diff.Figures)
        {
            var texts = f.OldText == f.NewText ? $"{f.NewText} (value moved, text unchanged)" : $"{f.OldText ?? "—"} → {f.NewText ?? "—"}";
            o.WriteLine($"  {DiffText.Kind(f.Kind),-8} {f.Id}  {f.Label}: {texts}");
            if (!f.MovedBy.IsEmpty)
            {
                o.WriteLine($"           moved by {string.Join(", ", f.MovedBy.Select(k => DiffText.Describe(k, calendar.NameOf(k.Period))))}");
            }
            var elsewhere = f.Places.Where(p => p != f.Id).ToList();
            if (elsewhere.Count > 0)
            {
                o.WriteLine($"           also shown at {string.Join(", ", elsewhere)}");
            }
        }
        o.WriteLine(terminal.Bold($"Narrative ({diff.Narrative.Length})"));
        foreach (var t in diff.Narrative)
        {
            o.WriteLine($"  {t.Path}");
            foreach (var change in t.Changes)
            {
                o.WriteLine($"    {change}");
            }
        }
    }

    private static void WriteJson(Utf8JsonWriter json, ReleaseDiff diff)
    {
        json.WriteStartObject();
        json.WriteStartArray("facts");
        foreach (var f in diff.Facts)
        {
            json.WriteStartObject();
            json.WriteString("change", DiffText.Kind(f.Kind));
            json.WriteString("concept", f.Key.ConceptId);
            json.WriteString("period", f.PeriodName);
            json.WriteString("dimensions", f.Key.Dimensions.ToString());
            json.WriteString("unit", f.Key.UnitId);
            json.WriteString("status", f.Key.Status.ToString().ToLowerInvariant());
            WriteValue(json, "old", f.Old);
            WriteValue(json, "new", f.New);
            json.WriteString("source", f.Source.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var f in diff.Figures)
        {
            json.WriteStartObject();
            json.WriteString("change", DiffText.Kind(f.Kind));
            json.WriteString("id", f.Id);
            json.WriteString("label", f.Label);
            json.WriteString("old", f.OldText);
            json.WriteString("new", f.NewText);
            StoreOptions.WriteStrings(json, "places", f.Places);
            StoreOptions.WriteStrings(json, "moved_by", f.MovedBy.Select(k => k.ToString()));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("narrative");
        foreach (var t in diff.Narrative)
        {
            json.WriteStartObject();
            json.WriteString("file", t.Path);
            StoreOptions.WriteStrings(json, "changes", t.Changes);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteString(name, Exact.Text(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
