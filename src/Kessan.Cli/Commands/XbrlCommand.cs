using System.CommandLine;
using Kessan.Cli.Output;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Xbrl.Checks;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan xbrl check &lt;file&gt;</c>: check an XBRL instance or an Inline XBRL document with Kessan's own checks.</summary>
internal static class XbrlCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "An XBRL 2.1 instance (release.xbrl) or an Inline XBRL 1.1 document (release.ixbrl.html).",
        };
        var package = new Option<DirectoryInfo?>("--package")
        {
            HelpName = "dir",
            Description = "The release package the document was written from: its calculations are checked as Calculations 1.1 does. " +
                "Without it calculations are not checked (Kessan writes no calculation linkbase and reads none).",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (grouped by file, for people) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var showFigures = new Option<bool>("--show-figures")
        {
            Description = "Show the figures behind each problem (the intervals of a calculation). Off by default because unreleased results are confidential.",
        };
        var check = new Command("check",
            "Check an XBRL 2.1 instance or an Inline XBRL 1.1 document: its contexts, units and facts; the definition linkbase of the extension " +
            "schema beside it and every fact's dimensions (XBRL Dimensions 1.0); with --package, the package's calculations (Calculations 1.1). " +
            "Prints each finding with its file, line and the code of the clause it breaks. " +
            "Exit code 0 when there are no errors, 1 when there are, 2 when the file cannot be read.")
        {
            file, package, format, showFigures,
        };
        check.SetAction(parse => Run(
            terminal,
            parse.GetValue(file)!,
            parse.GetValue(package),
            parse.GetValue(format) ?? "text",
            parse.GetValue(showFigures)));
        return new Command("xbrl", "Work with XBRL documents: 'kessan xbrl check <file>' checks one.") { check };
    }

    internal static int Run(Terminal terminal, FileInfo file, DirectoryInfo? packageFolder, string format, bool showFigures)
    {
        if (!file.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such file: {file.FullName}");
            return ExitCodes.CannotRead;
        }
        ReleasePackage? package = null;
        if (packageFolder is not null)
        {
            if (!packageFolder.Exists)
            {
                terminal.Error.WriteLine($"kessan: no such folder: {packageFolder.FullName}");
                return ExitCodes.CannotRead;
            }
            var load = PackageLoader.Load(packageFolder.ToString());
            if (load.Package is null || load.HasErrors)
            {
                terminal.Error.WriteLine($"kessan: the package {packageFolder} cannot be read without errors; 'kessan check {packageFolder}' lists them.");
                return ExitCodes.CannotRead;
            }
            package = load.Package;
        }
        XbrlCheckReport report;
        try
        {
            report = XbrlDocumentCheck.Check(file.ToString(), package);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"kessan: cannot read {file}: {e.Message}");
            return ExitCodes.CannotRead;
        }
        if (format == "json")
        {
            XbrlCheckPrinter.WriteJson(terminal.Out, report, showFigures);
        }
        else
        {
            XbrlCheckPrinter.WriteText(terminal, report, showFigures);
        }
        if (!report.IsReadable)
        {
            return ExitCodes.CannotRead;
        }
        return report.Errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
    }
}
