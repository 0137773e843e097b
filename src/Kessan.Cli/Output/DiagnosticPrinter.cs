using System.Globalization;
using Kessan.Diagnostics;

namespace Kessan.Cli.Output;

/// <summary>Prints diagnostics for people: grouped by file, ordered by line, figures only on request.</summary>
internal static class DiagnosticPrinter
{
    public static void WriteGrouped(Terminal terminal, IEnumerable<Diagnostic> diagnostics, bool showFigures)
    {
        var o = terminal.Out;
        foreach (var group in diagnostics.GroupBy(d => d.Location?.Path ?? "(package)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine(terminal.Bold(group.Key));
            foreach (var d in group.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0))
            {
                var where = d.Location is { Line: > 0 } l
                    ? (l.Column > 0 ? $"{l.Line}:{l.Column}" : l.Line.ToString(CultureInfo.InvariantCulture))
                    : "";
                var severity = d.IsError ? terminal.Red("error  ") : terminal.Yellow("warning");
                o.WriteLine($"  {where,-8} {severity} {d.Code}  {d.Message}");
                if (!d.Related.IsEmpty)
                {
                    o.WriteLine(terminal.Dim($"  {"",-8}                 see " + string.Join(", ", d.Related.Distinct())));
                }
                if (showFigures && d.Detail is not null)
                {
                    o.WriteLine(terminal.Dim($"  {"",-8}                 {d.Detail}"));
                }
            }
            o.WriteLine();
        }
    }

    public static void WriteSummary(Terminal terminal, IEnumerable<Diagnostic> diagnostics, bool showFigures)
    {
        var list = diagnostics.ToList();
        var errors = list.Count(d => d.IsError);
        var warnings = list.Count - errors;
        if (!showFigures && list.Any(d => d.Detail is not null))
        {
            terminal.Out.WriteLine(terminal.Dim("Figures are hidden because unreleased results are confidential; add --show-figures to see them."));
        }
        var summary = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.";
        terminal.Out.WriteLine(errors > 0 ? terminal.Red(summary) : terminal.Green(summary));
    }
}
