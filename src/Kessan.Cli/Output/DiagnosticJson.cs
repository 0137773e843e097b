using System.Text.Json;
using Kessan.Diagnostics;

namespace Kessan.Cli.Output;

/// <summary>Writes diagnostics for tools: each with its code, severity, message and location, figures only on request.</summary>
internal static class DiagnosticJson
{
    /// <summary>Writes the property <paramref name="name"/> as an array of <paramref name="diagnostics"/>.</summary>
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics, bool showFigures)
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("severity", d.IsError ? "error" : "warning");
            json.WriteString("message", d.Message);
            if (d.Location is { } l)
            {
                json.WriteString("file", l.Path);
                json.WriteNumber("line", l.Line);
                json.WriteNumber("column", l.Column);
            }
            if (!d.Related.IsEmpty)
            {
                json.WriteStartArray("related");
                foreach (var r in d.Related.Distinct())
                {
                    json.WriteStringValue(r.ToString());
                }
                json.WriteEndArray();
            }
            if (showFigures && d.Detail is not null)
            {
                json.WriteString("detail", d.Detail);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
