using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Validation;

namespace Kessan.Cli.Output;

/// <summary>Everything <c>kessan check</c> found, ready to print as text or JSON.</summary>
internal sealed record CheckReport(
    string PackagePath,
    ReleasePackage? Package,
    ImmutableArray<Diagnostic> LoadDiagnostics,
    ValidationReport? Validation,
    ImmutableArray<Diagnostic> ReleaseDiagnostics,
    PipelineStage Stage,
    int? Figures)
{
    public IEnumerable<Diagnostic> All => LoadDiagnostics.Concat(Validation?.Diagnostics ?? []).Concat(ReleaseDiagnostics);

    public int Errors => All.Count(d => d.IsError);

    public int Warnings => All.Count(d => !d.IsError);

    public void WriteText(Terminal terminal, bool showFigures)
    {
        var o = terminal.Out;
        var title = Package is null
            ? PackagePath
            : $"{PackagePath} ({Package.Company.Name}, {Kessan.Model.ReleaseKinds.Subject(Package.Reporting, Package.Calendar)})";
        o.WriteLine(terminal.Bold("kessan check " + title));
        if (Package is not null)
        {
            var t = Package.Taxonomy;
            static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? one : many)}");
            o.WriteLine($"Loaded {Count(t.Concepts.Length, "concept", "concepts")}, {Count(t.Axes.Length, "axis", "axes")}, "
                + $"{Count(t.Calculations.Length, "calculation", "calculations")}, {Count(t.RollForwards.Length, "roll-forward", "roll-forwards")}, "
                + $"{Count(Package.Statements.Length, "statement", "statements")} and {Count(Package.Facts.Count, "fact", "facts")}.");
        }
        o.WriteLine();

        DiagnosticPrinter.WriteGrouped(terminal, All, showFigures);

        if (Package is not null && Validation is null)
        {
            o.WriteLine("Validation did not run: the package must load without errors first. Fix the errors above and run check again.");
            o.WriteLine();
        }
        if (Validation is not null)
        {
            var total = Validation.Checks.Values.Sum();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ran {Validator.DefaultRules.Length} rules, {total:#,##0} checks:"));
            foreach (var rule in Validator.DefaultRules)
            {
                var n = Validation.Checks.GetValueOrDefault(rule.Code);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Code}  {n,6:#,##0}  {rule.Requirement}"));
            }
            o.WriteLine();
        }
        if (Stage == PipelineStage.Validate)
        {
            o.WriteLine("The layout and the release's figures were not checked: the package must validate first.");
            o.WriteLine();
        }
        else if (Figures is { } figures)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read the layout and derived the release's {figures:#,##0} figures."));
            o.WriteLine();
        }
        DiagnosticPrinter.WriteSummary(terminal, All, showFigures);
    }

    public void WriteJson(TextWriter writer, bool showFigures)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("package", PackagePath);
            json.WriteBoolean("loaded", Package is not null);
            json.WriteBoolean("validated", Validation is not null);
            json.WriteBoolean("derived", Figures is not null);
            json.WriteNumber("errors", Errors);
            json.WriteNumber("warnings", Warnings);
            if (Package is not null)
            {
                json.WriteNumber("facts", Package.Facts.Count);
            }
            if (Figures is { } figures)
            {
                json.WriteNumber("figures", figures);
            }
            DiagnosticJson.WriteArray(json, "diagnostics", All, showFigures);
            if (Validation is not null)
            {
                json.WriteStartObject("checks");
                foreach (var (code, n) in Validation.Checks)
                {
                    json.WriteNumber(code, n);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
