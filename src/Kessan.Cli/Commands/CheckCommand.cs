using System.CommandLine;
using Kessan.Cli.Output;
using Kessan.Derivation;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan check &lt;package&gt;</c>: load and validate a release package, read its layout and derive its figures.</summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var package = new Argument<DirectoryInfo>("package")
        {
            Description = "The release package folder (the one holding package.yaml), e.g. samples/iij-fy2012.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (grouped by file, for people) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var showFigures = new Option<bool>("--show-figures")
        {
            Description = "Show the figures behind each problem (values, differences). Off by default because unreleased results are confidential.",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat every warning as an error (exit code 1), for the CI of a company's package.",
        };
        var store = new Option<string?>("--store")
        {
            Description = "A fact store to compare the package's comparatives with its published releases (default: KESSAN_STORE, else kessan.db here if it exists).",
        };
        var command = new Command("check",
            "Load a release package and check it: every total against its items (precision-aware), every roll-forward, " +
            "the tie-outs between statements, quarters against the year, signs and required lines. " +
            "Then reads the layout and every template, and derives every figure of the release, as build does before it renders. " +
            "Prints each problem with its file, line and a stable code. Exit code 0 when there are no errors, 1 when there are (or, with --strict, warnings), 2 when the package cannot be read.")
        {
            package, format, showFigures, strict, store,
        };
        command.SetAction(parse => Run(
            terminal,
            parse.GetValue(package)!,
            parse.GetValue(format) ?? "text",
            parse.GetValue(showFigures),
            parse.GetValue(strict),
            parse.GetValue(store)));
        return command;
    }

    internal static int Run(Terminal terminal, DirectoryInfo folder, string format, bool showFigures, bool strict = false, string? store = null)
    {
        if (!folder.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such folder: {folder.FullName}");
            return ExitCodes.CannotRead;
        }
        var report = Check(folder.ToString());
        if (report.Package is not null && report.LoadDiagnostics.All(d => !d.IsError))
        {
            report = report with { ReleaseDiagnostics = [.. report.ReleaseDiagnostics, .. Store.PublishedComparison.Check(terminal, store, report.Package)] };
        }
        if (format == "json")
        {
            report.WriteJson(terminal.Out, showFigures);
        }
        else
        {
            report.WriteText(terminal, showFigures);
        }
        if (report.Package is null)
        {
            return ExitCodes.CannotRead;
        }
        if (strict && report.Errors == 0 && report.Warnings > 0 && format != "json")
        {
            terminal.Out.WriteLine("--strict: the warnings above count as errors.");
        }
        return report.Errors > 0 || (strict && report.Warnings > 0) ? ExitCodes.Errors : ExitCodes.Clean;
    }

    /// <summary>
    /// Everything <c>build</c> finds before it renders: the package loaded and validated, the layout and every
    /// template read, and every figure of the release derived (so an unknown name, a malformed placeholder or
    /// a figure that cannot be derived fails check as it fails build).
    /// </summary>
    internal static CheckReport Check(string path)
    {
        // Check renders nothing, so it derives every figure without assembling the document the renderers read.
        var result = ReleasePipeline.Run(path, new BuildOptions(Document: false));
        return new CheckReport(path, result.Package, result.Load.Diagnostics, result.Validation,
            [.. result.LayoutDiagnostics, .. result.Build?.Diagnostics ?? []], result.Stage, result.Build?.Figures.Length);
    }
}

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>No errors (warnings allowed).</summary>
    public const int Clean = 0;

    /// <summary>The package has errors.</summary>
    public const int Errors = 1;

    /// <summary>The package or the command line could not be read, or the release could not be written.</summary>
    public const int CannotRead = 2;

    /// <summary>A fault in Kessan itself (an unexpected exception), reported in one line.</summary>
    public const int InternalError = 3;
}
