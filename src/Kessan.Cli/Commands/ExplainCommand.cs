using System.CommandLine;
using Kessan.Cli.Output;
using Kessan.Derivation;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Layout;
using Kessan.Model;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan explain &lt;package&gt; &lt;figure-id&gt;</c>: how a figure was computed, down to the facts.</summary>
internal static class ExplainCommand
{
    public static Command Create(Terminal terminal)
    {
        var package = new Argument<DirectoryInfo>("package") { Description = "The release package folder." };
        var figure = new Argument<string>("figure-id")
        {
            Description = "The figure's id, as in figures.json: table/row/column (operating-results/revenues/FY2012) or narrative/n.",
        };
        var rounding = new Option<string?>("--rounding") { Description = string.Join(" or ", RoundingPolicies.Names) + " (default: the layout's)." };
        rounding.AcceptOnlyFromAmong([.. RoundingPolicies.Names]);
        var command = new Command("explain",
            "Explain a figure of the release: what is shown, its exact value, the rule and formula that computed it, " +
            "any footing adjustment, and every input down to the facts with the file and line they came from. " +
            "This prints figures: use it where the results may be seen.")
        {
            package, figure, rounding,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(package)!, parse.GetValue(figure)!, parse.GetValue(rounding)));
        return command;
    }

    internal static int Run(Terminal terminal, DirectoryInfo folder, string id, string? rounding)
    {
        if (!folder.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such folder: {folder.FullName}");
            return ExitCodes.CannotRead;
        }
        var options = new BuildOptions(RoundingPolicies.Find(rounding));
        var result = ReleasePipeline.Run(folder.ToString(), options);
        if (result.Build is null)
        {
            DiagnosticPrinter.WriteGrouped(terminal, result.Diagnostics, showFigures: false);
            terminal.Out.WriteLine("The release cannot be derived; fix the errors above first.");
            return result.Package is null ? ExitCodes.CannotRead : ExitCodes.Errors;
        }
        var f = result.Build.FindFigure(id) ?? result.Build.Figures.FirstOrDefault(x => x.AppearsIn.Contains(id));
        if (f is null)
        {
            var places = result.Build.Figures.SelectMany(x => x.AppearsIn.Prepend(x.Id)).Distinct(StringComparer.Ordinal).ToList();
            var hint = Kessan.Utility.Suggestions.Hint(id, places, maxDistance: 3); // a typo, not a different figure
            var near = places.Where(x => x.StartsWith(id.Split('/')[0] + "/", StringComparison.Ordinal)).Take(8).ToList();
            terminal.Error.WriteLine($"kessan: no figure '{id}'.{hint}" + (hint.Length == 0 && near.Count > 0 ? " Some figures of that table: " + string.Join(", ", near) : ""));
            return ExitCodes.Errors;
        }
        Write(terminal, result.Package!, f);
        return ExitCodes.Clean;
    }

    private static void Write(Terminal terminal, ReleasePackage package, Figure f)
    {
        var o = terminal.Out;
        o.WriteLine(terminal.Bold(f.Id));
        o.WriteLine($"  what:     {f.Label}");
        o.WriteLine($"  period:   {package.Calendar.NameOf(f.Key.Period)} ({f.Key.Period}){(f.Key.Status == FactStatus.Actual ? "" : ", " + f.Key.Status.ToString().ToLowerInvariant())}");
        o.WriteLine($"  formula:  {f.Key.Expression}");
        if (f.Value is not { } v)
        {
            o.WriteLine("  shown:    nothing: the figure cannot be derived, so the release is not built (KSN505)");
            o.WriteLine($"  why:      {f.Failure}");
            return;
        }
        var unitText = f.Format.Percent ? "%" : f.Format.Scale switch { 3 => "thousands of " + v.Unit.Id, 6 => "millions of " + v.Unit.Id, 9 => "billions of " + v.Unit.Id, _ => v.Unit.Id };
        o.WriteLine($"  shown:    {f.Text}   ({unitText}, {f.Format.Decimals} decimals, rounded half away from zero)");
        o.WriteLine($"  exact:    {f.Format.ToDisplayUnits(v.Value).ToString(8)} in display units; {v.Value.ToString(12)} {v.Unit.Id}");
        if (!v.IsExact && v.Low is { } low && v.High is { } high)
        {
            // Enough decimals to tell the bounds apart (they differ, since the value is not exact).
            var (lowUnits, highUnits) = (f.Format.ToDisplayUnits(low), f.Format.ToDisplayUnits(high));
            var decimals = f.Format.Decimals + 4;
            while (decimals < 12 && lowUnits.ToString(decimals) == highUnits.ToString(decimals))
            {
                decimals++;
            }
            o.WriteLine($"  known to: between {lowUnits.ToString(decimals)} and {highUnits.ToString(decimals)} (its inputs are rounded)");
        }
        if (f.Adjustment is { } a)
        {
            o.WriteLine($"  footing:  moved {(a.Delta.Sign > 0 ? "+" : "")}{a.Delta.ToString(f.Format.Decimals)} from {f.Independent!.Value.ToString(f.Format.Decimals)} so that: {a.Reason}");
        }
        o.WriteLine($"  appears:  {string.Join(", ", f.AppearsIn)}");
        o.WriteLine("  computed:");
        WriteProvenance(o, package, v.Provenance, "    ");
    }

    private static void WriteProvenance(TextWriter o, ReleasePackage package, Provenance p, string indent)
    {
        var when = p.Period is { } period ? " @ " + package.Calendar.NameOf(period) : "";
        if (p.Fact is { } fact)
        {
            var sources = string.Join(", ", fact.Reports.Select(r => r.Source.ToString()));
            // The fact as it was typed: in its file's unit and scale.
            o.WriteLine($"{indent}fact {p.Formula}{when} = {Kessan.Validation.ValidationContext.Figure(fact)}  from {sources}");
            return;
        }
        o.WriteLine($"{indent}{p.Rule} {p.Formula}{when} = {p.Value.ToString(6)}");
        foreach (var input in p.Inputs)
        {
            WriteProvenance(o, package, input, indent + "  ");
        }
    }
}
