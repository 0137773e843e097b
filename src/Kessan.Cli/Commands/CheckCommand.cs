using System.CommandLine;
using Kessan.Cli.Output;
using Kessan.Ingest;
using Kessan.Validation;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan check &lt;package&gt;</c>: load and validate a release package.</summary>
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
        var command = new Command("check",
            "Load a release package and check it: every total against its items (precision-aware), every roll-forward, " +
            "the tie-outs between statements, quarters against the year, signs and required lines. " +
            "Prints each problem with its file, line and a stable code. Exit code 0 when there are no errors, 1 when there are, 2 when the package cannot be read.")
        {
            package, format, showFigures,
        };
        command.SetAction(parse => Run(
            terminal,
            parse.GetValue(package)!,
            parse.GetValue(format) ?? "text",
            parse.GetValue(showFigures)));
        return command;
    }

    internal static int Run(Terminal terminal, DirectoryInfo folder, string format, bool showFigures)
    {
        if (!folder.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such folder: {folder.FullName}");
            return ExitCodes.CannotRead;
        }
        var report = Check(folder.ToString());
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
        return report.Errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
    }

    internal static CheckReport Check(string path)
    {
        var load = PackageLoader.Load(path);
        var validation = load.Package is not null && !load.HasErrors ? Validator.Validate(load.Package) : null;
        return new CheckReport(path, load.Package, load.Diagnostics, validation);
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
}
