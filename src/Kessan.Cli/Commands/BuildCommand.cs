using System.CommandLine;
using System.Globalization;
using System.Text;
using Kessan.Cli.Output;
using Kessan.Derivation;
using Kessan.Derivation.Layout;
using Kessan.Rendering.Html;
using Kessan.Rendering.Json;
using Kessan.Rendering.Markdown;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan build &lt;package&gt; --out &lt;dir&gt;</c>: check, derive and render the release.</summary>
internal static class BuildCommand
{
    /// <summary>The formats <c>build</c> writes, by name, with their file names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["md"] = "release.md",
        ["html"] = "release.html",
        ["json"] = "figures.json",
    };

    public static Command Create(Terminal terminal)
    {
        var package = new Argument<DirectoryInfo>("package") { Description = "The release package folder, e.g. samples/iij-fy2012." };
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The folder to write the release into (created if needed).",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var rounding = new Option<string?>("--rounding")
        {
            Description = "Rounding of every table: independent (each figure rounded on its own) or footed (the fewest figures moved by one unit so every displayed sum holds). Default: the layout's.",
        };
        rounding.AcceptOnlyFromAmong("independent", "footed");
        var formats = new Option<string>("--format")
        {
            Description = "Comma-separated formats to write: " + string.Join(", ", Formats.Keys) + ". Default: all.",
            DefaultValueFactory = _ => string.Join(",", Formats.Keys),
        };
        var showFigures = new Option<bool>("--show-figures") { Description = "Show the figures behind each problem." };
        var command = new Command("build",
            "Check a release package, derive every figure of the release from its facts, and write the release: " +
            "Markdown (release.md), standalone HTML (release.html) and every figure with its provenance (figures.json). " +
            "Nothing is written when the check or the layout has errors.")
        {
            package, output, rounding, formats, showFigures,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(package)!, parse.GetValue(output)!, parse.GetValue(rounding),
            parse.GetValue(formats) ?? "", parse.GetValue(showFigures)));
        return command;
    }

    internal static int Run(Terminal terminal, DirectoryInfo folder, DirectoryInfo outDir, string? rounding, string formatList, bool showFigures)
    {
        if (!folder.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such folder: {folder.FullName}");
            return ExitCodes.CannotRead;
        }
        var requested = formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = requested.Where(f => !Formats.ContainsKey(f)).ToList();
        if (unknown.Count > 0 || requested.Count == 0)
        {
            terminal.Error.WriteLine($"kessan: unknown format '{string.Join(",", unknown)}'; the formats are: {string.Join(", ", Formats.Keys)}.");
            return ExitCodes.CannotRead;
        }
        var options = new BuildOptions(rounding switch { "footed" => RoundingPolicy.Footed, "independent" => RoundingPolicy.Independent, _ => null });
        var result = ReleasePipeline.Run(folder.ToString(), options);
        var o = terminal.Out;
        o.WriteLine(terminal.Bold("kessan build " + folder));
        o.WriteLine();
        DiagnosticPrinter.WriteGrouped(terminal, result.Diagnostics, showFigures);
        if (!result.Succeeded)
        {
            o.WriteLine(result.Stage switch
            {
                PipelineStage.Load => "The package could not be loaded cleanly.",
                PipelineStage.Validate => "The check found errors.",
                PipelineStage.Layout => "The layout has errors.",
                _ => "Deriving the release found errors.",
            } + " Nothing was written.");
            DiagnosticPrinter.WriteSummary(terminal, result.Diagnostics, showFigures);
            return result.Package is null ? ExitCodes.CannotRead : ExitCodes.Errors;
        }

        var build = result.Build!;
        var package = result.Package!;
        // The formats are independent views of one immutable document: render them side by side.
        var rendered = requested.Select(f => Task.Run(() => (Formats[f], f switch
        {
            "md" => Encoding.UTF8.GetBytes(MarkdownRenderer.Render(build.Document!)),
            "html" => Encoding.UTF8.GetBytes(HtmlRenderer.Render(build.Document!,
                new HtmlOptions(Footer: $"{package.Company.Name}, {package.Calendar.NameOf(package.Reporting.CurrentYear)} results"))),
            _ => FiguresJsonWriter.WriteUtf8(package, build),
        }))).ToArray();
        var files = rendered.Select(t => t.GetAwaiter().GetResult()).ToList();
        try
        {
            OutputWriter.WriteAll(outDir.FullName, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"kessan: cannot write the release to {outDir}: {e.Message} Nothing was written.");
            return ExitCodes.CannotRead;
        }
        foreach (var (name, content) in files)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {Path.Combine(outDir.ToString(), name)} ({content.Length:#,##0} bytes)"));
        }
        var adjusted = build.Figures.Count(f => f.Adjustment is not null);
        var unavailable = build.Figures.Count(f => f.Value is null);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{build.Figures.Length:#,##0} figures, {adjusted} moved by footed rounding, {unavailable} that cannot be derived from the package."));
        DiagnosticPrinter.WriteSummary(terminal, result.Diagnostics, showFigures);
        return ExitCodes.Clean;
    }
}
