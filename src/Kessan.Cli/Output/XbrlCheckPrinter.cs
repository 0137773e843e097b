using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kessan.Xbrl.Checks;

namespace Kessan.Cli.Output;

/// <summary>Prints what <c>kessan xbrl check</c> found, as text grouped by file (as <c>kessan check</c> does) or as JSON.</summary>
internal static class XbrlCheckPrinter
{
    public static void WriteText(Terminal terminal, XbrlCheckReport report, bool showFigures)
    {
        var o = terminal.Out;
        var what = report.Kind switch
        {
            XbrlDocumentKind.Instance => " (XBRL 2.1 instance)",
            XbrlDocumentKind.Inline => " (Inline XBRL 1.1 document)",
            _ => "",
        };
        o.WriteLine(terminal.Bold("kessan xbrl check " + report.Path + what));
        if (report.IsReadable)
        {
            var i = report.Instance;
            var schemas = report.Schemas.IsEmpty
                ? "."
                : string.Create(CultureInfo.InvariantCulture, $"; the definition linkbase of {string.Join(", ", report.Schemas)}: {report.Hypercubes:#,##0} hypercubes.");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Read {i.Facts.Length:#,##0} facts, {i.Contexts.Length:#,##0} contexts and {i.Units.Length:#,##0} units{schemas}"));
        }
        o.WriteLine();

        DiagnosticPrinter.WriteGrouped(terminal, report.Diagnostics, showFigures);

        if (!report.IsReadable)
        {
            o.WriteLine("The file is not an XBRL instance or an Inline XBRL document; nothing was checked.");
            o.WriteLine();
        }
        else
        {
            var ran = report.Outcomes.Count(x => x.Ran);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ran {ran} of {report.Outcomes.Length} checks:"));
            foreach (var x in report.Outcomes)
            {
                o.WriteLine(x.Count is { } n
                    ? string.Create(CultureInfo.InvariantCulture, $"  {x.Check.Name,-20}  {n,6:#,##0} {x.Check.Counts,-10}  {x.Check.Requirement}")
                    : $"  {x.Check.Name,-20}  {"not run:",-17}  {x.NotRun}");
            }
            o.WriteLine();
        }
        DiagnosticPrinter.WriteSummary(terminal, report.Diagnostics, showFigures);
    }

    public static void WriteJson(TextWriter writer, XbrlCheckReport report, bool showFigures)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("file", report.Path);
            if (report.Kind is { } kind)
            {
                json.WriteString("kind", kind == XbrlDocumentKind.Instance ? "instance" : "inline");
            }
            else
            {
                json.WriteNull("kind");
            }
            json.WriteBoolean("read", report.IsReadable);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("facts", report.Instance.Facts.Length);
            json.WriteNumber("contexts", report.Instance.Contexts.Length);
            json.WriteNumber("units", report.Instance.Units.Length);
            json.WriteStartArray("schemas");
            foreach (var s in report.Schemas)
            {
                json.WriteStringValue(s);
            }
            json.WriteEndArray();
            json.WriteNumber("hypercubes", report.Hypercubes);
            DiagnosticJson.WriteArray(json, "diagnostics", report.Diagnostics, showFigures);
            json.WriteStartArray("checks");
            foreach (var x in report.Outcomes)
            {
                json.WriteStartObject();
                json.WriteString("name", x.Check.Name);
                json.WriteBoolean("ran", x.Ran);
                if (x.Count is { } n)
                {
                    json.WriteNumber(x.Check.Counts, n);
                }
                else
                {
                    json.WriteString("reason", x.NotRun);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
