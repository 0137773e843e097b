using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kessan.Cli.Output;
using Kessan.Store;
using Kessan.Store.Database;
using Kessan.Diagnostics;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Cli.Commands.Store;

/// <summary>The options every store command takes (<c>--store</c>, <c>--format</c>), and opening the store they name.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Store { get; } = new("--store")
    {
        Description = "The store: a SQLite file (default: KESSAN_STORE, else kessan.db in the working folder), " +
            "or a PostgreSQL database as a postgresql://user:password@host:port/database URL or an Npgsql connection string.",
    };

    public Option<string> Format { get; } = CreateFormat();

    /// <summary>Adds the options to <paramref name="command"/> and returns it.</summary>
    public Command AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(Format);
        return command;
    }

    /// <summary>
    /// Opens the store named on the command line; on failure writes why to standard error and returns null. Only an
    /// import creates a store that does not exist.
    /// </summary>
    public static IFactStore? Open(Terminal terminal, string? store, bool create)
    {
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(store);
        }
        catch (ArgumentException e)
        {
            terminal.Error.WriteLine("kessan: " + e.Message);
            return null;
        }
        var opened = SqlFactStore.Open(location, create);
        if (opened.Value is null)
        {
            terminal.Error.WriteLine("kessan: " + opened.Error);
        }
        return opened.Value;
    }

    /// <summary>
    /// The store if there is one, for commands that use it when it is there (check, build, rollforward, diff): the one
    /// <c>--store</c> names, which must then open; else <c>KESSAN_STORE</c> or <c>kessan.db</c> here, when that file
    /// exists. <paramref name="failed"/> is true when a store was named but cannot be opened (written to standard error).
    /// </summary>
    public static IFactStore? OpenIfAny(Terminal terminal, string? store, out bool failed)
    {
        failed = false;
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(store);
        }
        catch (ArgumentException e)
        {
            terminal.Error.WriteLine("kessan: " + e.Message);
            failed = true;
            return null;
        }
        if (store is null && location.Kind == StoreKind.Sqlite && !File.Exists(location.Target))
        {
            return null;
        }
        var opened = Open(terminal, store, create: false);
        failed = opened is null;
        return opened;
    }

    /// <summary>Writes diagnostics, grouped by file, to standard error (figures hidden).</summary>
    public static void WriteProblems(Terminal terminal, IEnumerable<Diagnostic> diagnostics) =>
        DiagnosticPrinter.WriteGrouped(new Terminal(terminal.Error, terminal.Error, terminal.Colour), diagnostics, showFigures: false);

    /// <summary>Writes the property <paramref name="name"/> as an array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }
        json.WriteEndArray();
    }

    /// <summary>Writes one JSON document to standard output.</summary>
    public static void WriteJson(Terminal terminal, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        terminal.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes a revision as a JSON object.</summary>
    public static void WriteRevision(Utf8JsonWriter json, Revision r)
    {
        json.WriteStartObject();
        json.WriteString("id", r.Id);
        json.WriteString("company", r.Company);
        json.WriteString("period", r.Period);
        if (r.Parent is null)
        {
            json.WriteNull("parent");
        }
        else
        {
            json.WriteString("parent", r.Parent);
        }
        json.WriteString("author", r.Author);
        json.WriteString("message", r.Message);
        json.WriteString("created", RevisionHeader.Timestamp(r.CreatedAt));
        json.WriteString("content_hash", r.ContentHash);
        json.WriteNumber("files", r.FileCount);
        json.WriteNumber("facts", r.FactCount);
        json.WriteBoolean("published", r.IsPublished);
        if (r.PublishedAt is { } at)
        {
            json.WriteString("published_at", RevisionHeader.Timestamp(at));
        }
        json.WriteEndObject();
    }

    /// <summary>Finds a revision named by id or unique prefix; on failure writes why and returns null.</summary>
    public static Revision? FindRevision(Terminal terminal, IFactStore store, string name)
    {
        var found = store.Find(name);
        if (found.Value is null)
        {
            terminal.Error.WriteLine("kessan: " + found.Error);
        }
        return found.Value;
    }

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (for people) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary>A package folder or a revision of the store, as its files; on failure writes why and returns null.</summary>
    public static PackageSnapshot? Source(Terminal terminal, IFactStore? store, string from)
    {
        if (Directory.Exists(from))
        {
            var bag = new DiagnosticBag();
            var snapshot = PackageSnapshotReader.Read(from, bag);
            if (snapshot is null)
            {
                WriteProblems(terminal, bag.ToImmutable());
            }
            return snapshot;
        }
        if (store is null)
        {
            terminal.Error.WriteLine($"kessan: '{from}' is not a folder, and there is no store to find it in as a revision.");
            return null;
        }
        var revision = FindRevision(terminal, store, from);
        return revision is null ? null : store.Files(revision);
    }
}
