using System.CommandLine;
using System.Globalization;
using Kessan.Cli.Output;
using Kessan.Derivation;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Rendering;
using Kessan.Rendering.Charts;

namespace Kessan.Cli.Commands;

/// <summary><c>kessan build &lt;package&gt; --out &lt;dir&gt;</c>: check, derive and render the release.</summary>
internal static class BuildCommand
{
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
        rounding.AcceptOnlyFromAmong([.. RoundingPolicies.Names]);
        var formats = new Option<string?>("--format")
        {
            Description = "Comma-separated formats to write: " + string.Join(", ", OutputFormats.All.Select(f => f.Name))
                + ". Default: every format this machine can write (PDF needs Chromium).",
        };
        var showFigures = new Option<bool>("--show-figures") { Description = "Show the figures behind each problem." };
        var force = new Option<bool>("--force") { Description = "Replace the out folder even when it holds files Kessan did not write (they are removed)." };
        var store = new Option<string?>("--store")
        {
            Description = "A fact store to compare the package's comparatives with its published releases (default: KESSAN_STORE, else kessan.db here if it exists).",
        };
        var strict = new Option<bool>("--strict") { Description = "Treat every warning as an error: nothing is written unless the package has neither (for the CI of a company's package)." };
        var command = new Command("build",
            "Check a release package, derive every figure of the release from its facts, and write the release in every format: " +
            string.Join("; ", OutputFormats.All.Select(f => $"{f.FileName}, {f.Description}")) + ". " +
            "Nothing is written when the check or the layout has errors. The out folder is replaced as a whole: afterwards it holds exactly " +
            "this build's files and manifest.json (formats, file hashes, package hash, Kessan version, rounding); a folder holding files " +
            "Kessan did not write is refused unless --force.")
        {
            package, output, rounding, formats, showFigures, strict, force, store,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(package)!, parse.GetValue(output)!, parse.GetValue(rounding),
            parse.GetValue(formats), parse.GetValue(showFigures), strict: parse.GetValue(strict), force: parse.GetValue(force), store: parse.GetValue(store)));
        return command;
    }

    internal static int Run(Terminal terminal, DirectoryInfo folder, DirectoryInfo outDir, string? rounding, string? formatList, bool showFigures,
        IChartRenderer? charts = null, IReadOnlyList<IOutputFormat>? knownFormats = null, bool strict = false, bool force = false, string? store = null)
    {
        var known = knownFormats ?? OutputFormats.All;
        IOutputFormat? Find(string name) => known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
        if (!folder.Exists)
        {
            terminal.Error.WriteLine($"kessan: no such folder: {folder.FullName}");
            return ExitCodes.CannotRead;
        }
        var explicitFormats = formatList is not null;
        var names = (formatList ?? string.Join(",", known.Select(f => f.Name)))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = names.Where(n => Find(n) is null).ToList();
        if (unknown.Count > 0 || names.Count == 0)
        {
            terminal.Error.WriteLine($"kessan: unknown format '{string.Join(",", unknown)}'; the formats are: {string.Join(", ", known.Select(f => f.Name))}.");
            return ExitCodes.CannotRead;
        }
        var options = new BuildOptions(RoundingPolicies.Find(rounding));
        // A format whose file refers to another's (an XBRL instance to its schema) brings that format along.
        var formats = OutputFormats.WithRequired(names.Select(n => Find(n)!), known).ToList();
        // Once the package is checked, derivation runs on one core: beside it go the package's hash for the manifest (the
        // first use of SHA-256 loads the system's crypto library, which takes a while) and the files made from the package
        // alone (a file it cannot make is left to the formats' turn, which says why). Awaited only when there is a release
        // to publish.
        Task<string>? packageHash = null;
        var early = new Dictionary<IOutputFormat, Task<ReleaseFile?>>();
        void StartBesideDerivation(ReleasePackage package)
        {
            packageHash = Task.Run(() => ReleaseManifest.HashPackage(folder.FullName));
            foreach (var f in formats.OfType<IPackageOutputFormat>())
            {
                early[f] = Task.Run(() => f.Unavailable(package) is null ? new ReleaseFile(f.FileName, f.Write(package)) : null);
            }
        }
        var result = ReleasePipeline.Run(folder.ToString(), options, StartBesideDerivation);
        var published = result.Succeeded ? Store.PublishedComparison.Check(terminal, store, result.Package) : [];
        var diagnostics = result.Diagnostics.Concat(published).ToList();
        var o = terminal.Out;
        o.WriteLine(terminal.Bold("kessan build " + folder));
        o.WriteLine();
        DiagnosticPrinter.WriteGrouped(terminal, diagnostics, showFigures);
        if (published.Any(d => d.IsError))
        {
            o.WriteLine("The comparison with published releases found errors. Nothing was written.");
            DiagnosticPrinter.WriteSummary(terminal, diagnostics, showFigures);
            return ExitCodes.Errors;
        }
        if (!result.Succeeded)
        {
            o.WriteLine(result.Stage switch
            {
                PipelineStage.Load => "The package could not be loaded cleanly.",
                PipelineStage.Validate => "The check found errors.",
                PipelineStage.Layout => "The layout has errors.",
                _ => "Deriving the release found errors.",
            } + " Nothing was written.");
            DiagnosticPrinter.WriteSummary(terminal, diagnostics, showFigures);
            return result.Package is null ? ExitCodes.CannotRead : ExitCodes.Errors;
        }
        if (strict && diagnostics.Any(d => !d.IsError))
        {
            o.WriteLine("--strict: the warnings above count as errors. Nothing was written.");
            DiagnosticPrinter.WriteSummary(terminal, diagnostics, showFigures);
            return ExitCodes.Errors;
        }

        var output = new ReleaseOutput(result.Package!, result.Build!, charts ?? DefaultCharts());
        var skipped = new List<(IOutputFormat Format, string Why)>();
        foreach (var f in formats.ToList())
        {
            if (f.Unavailable(output) is { } why)
            {
                if (explicitFormats)
                {
                    terminal.Error.WriteLine($"kessan: cannot write {f.FileName}: {why} Nothing was written.");
                    return ExitCodes.CannotRead;
                }
                skipped.Add((f, why));
                formats.Remove(f);
            }
        }

        StageProbe.Enter("render");
        var progress = new ProgressDisplay(terminal, formats.Count);
        List<ReleaseFile> files;
        try
        {
            // Started heaviest first, so that the cores finish together; listed and published in the formats' order.
            var writing = OutputFormats.HeaviestFirst(formats).ToDictionary(f => f, f => Task.Run(() =>
            {
                progress.Report(f.FileName, finished: false);
                var file = (early.TryGetValue(f, out var started) ? started.GetAwaiter().GetResult() : null)
                    ?? new ReleaseFile(f.FileName, f.Write(output));
                progress.Report(f.FileName, finished: true);
                return file;
            }));
            files = [.. formats.Select(f => writing[f].GetAwaiter().GetResult())];
        }
        catch (OutputException e)
        {
            progress.Clear();
            terminal.Error.WriteLine($"kessan: {e.Message} Nothing was written.");
            return ExitCodes.CannotRead;
        }
        progress.Clear();
        var release = new ReleaseFolder(outDir.FullName);
        if (!force && release.ForeignFiles() is { Count: > 0 } foreign)
        {
            terminal.Error.WriteLine($"kessan: {outDir} holds files Kessan did not write ({string.Join(", ", foreign.Take(5))}{(foreign.Count > 5 ? $" and {foreign.Count - 5} more" : "")}). " +
                "A build replaces the whole folder: choose an empty or new folder, or pass --force to replace it anyway. Nothing was written.");
            return ExitCodes.CannotRead;
        }
        try
        {
            StageProbe.Enter("publish");
            var policy = (options.Rounding ?? result.Layout!.Rounding).ToString().ToLowerInvariant();
            release.Publish(files, new ReleaseManifest(packageHash!.GetAwaiter().GetResult(), policy, [.. formats.Select(f => f.Name)], files));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"kessan: cannot write the release to {outDir}: {e.Message} Nothing was written.");
            return ExitCodes.CannotRead;
        }
        catch (OperationCanceledException)
        {
            // Stopped by a signal: the handler has said so; the out folder keeps the earlier build.
            return ExitCodes.CannotRead;
        }
        foreach (var (name, content) in files)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {Path.Combine(outDir.ToString(), name)} ({content.Length:#,##0} bytes)"));
        }
        foreach (var (f, why) in skipped)
        {
            o.WriteLine(terminal.Yellow($"Not written: {f.FileName}. {why}"));
        }
        if (output.ChartProblem is { } chartProblem && files.Any(f => f.Name is "release.html" or "release.pdf"))
        {
            o.WriteLine(terminal.Yellow($"Without charts: {chartProblem}"));
        }
        var build = output.Build;
        var adjusted = build.Figures.Count(f => f.Adjustment is not null);
        // A release is written only when every figure it prints is derived (KSN505 is an error otherwise).
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{build.Figures.Length:#,##0} figures, {adjusted} moved by footed rounding."));
        WriteAdjustments(terminal, build, showFigures);
        DiagnosticPrinter.WriteSummary(terminal, diagnostics, showFigures);
        return ExitCodes.Clean;
    }

    /// <summary>
    /// Lists every figure footed rounding moved, with the sums that needed the move; the exact and shown
    /// values only with --show-figures (figures are confidential until released).
    /// </summary>
    private static void WriteAdjustments(Terminal terminal, BuildResult build, bool showFigures)
    {
        var moved = build.Figures.Where(f => f.Adjustment is not null).ToList();
        if (moved.Count == 0)
        {
            return;
        }
        var o = terminal.Out;
        o.WriteLine(showFigures
            ? "Moved by footed rounding:"
            : "Moved by footed rounding (--show-figures adds the exact and shown values; figures.json and 'kessan explain' have them too):");
        foreach (var f in moved)
        {
            var a = f.Adjustment!;
            var step = a.Delta.Sign > 0 ? "+1" : "-1";
            var values = showFigures
                ? $" (exact {f.Format.ToDisplayUnits(f.Value!.Value).ToString(f.Format.Decimals + 3)}, rounded {f.Format.FormatDisplayed(f.Independent!.Value, false)}, shown {f.Text})"
                : "";
            o.WriteLine($"  {f.Id} {step}{values}: {a.Reason}");
        }
    }

    /// <summary>The chart renderer of a normal run: SVG drawn by Kessan itself.</summary>
    private static IChartRenderer DefaultCharts() => SvgChartRenderer.Instance;
}
