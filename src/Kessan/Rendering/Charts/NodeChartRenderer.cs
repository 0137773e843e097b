using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kessan.Document;
using Kessan.Model;
using Kessan.Rendering.Html;

namespace Kessan.Rendering.Charts;

/// <summary>
/// Draws the charts of a release as SVG with Vega-Lite, in one run of Node.js for all of them: the script
/// <c>tools/charts/render.mjs</c> of Kessan's source tree reads the specifications (<see cref="ChartSpecs"/>)
/// on standard input and writes the SVG of each. Nothing is loaded from the network: the data is inline.
/// </summary>
/// <remarks>Thread-safe: every call runs its own process.</remarks>
public sealed class NodeChartRenderer : IChartRenderer
{
    /// <summary>The environment variable that names the folder of the chart script when Kessan runs outside its source tree.</summary>
    public const string FolderVariable = "KESSAN_CHARTS";

    /// <summary>The script, in the chart folder.</summary>
    public const string Script = "render.mjs";

    private static readonly string[] Packages = ["vega", "vega-lite"];

    /// <summary>Creates a renderer.</summary>
    /// <param name="toolFolder">The folder holding <c>render.mjs</c> and its <c>node_modules</c>; null when it was not found.</param>
    /// <param name="node">The Node.js program: a name looked up on <c>PATH</c>, or a path.</param>
    /// <param name="timeout">How long drawing every chart may take; one minute by default.</param>
    public NodeChartRenderer(string? toolFolder, string node = "node", TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ToolFolder = toolFolder;
        Node = node;
        Timeout = timeout ?? TimeSpan.FromMinutes(1);
    }

    /// <summary>The folder of the chart script, or null.</summary>
    public string? ToolFolder { get; }

    /// <summary>The Node.js program.</summary>
    public string Node { get; }

    /// <summary>How long drawing every chart may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>A renderer using the chart folder <see cref="FindToolFolder"/> finds and <c>node</c> on <c>PATH</c>.</summary>
    public static NodeChartRenderer Default() => new(FindToolFolder());

    /// <summary>
    /// The chart folder: the one <c>KESSAN_CHARTS</c> names, else <c>tools/charts</c> in the first folder above
    /// the program, or above the current folder, that has it; null when there is none.
    /// </summary>
    public static string? FindToolFolder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } named)
        {
            return named;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "charts");
                if (File.Exists(Path.Combine(candidate, Script)))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public string? Unavailable()
    {
        if (ToolFolder is null || !File.Exists(Path.Combine(ToolFolder, Script)))
        {
            return $"Charts need the chart script tools/charts/{Script} of Kessan's source tree: run kessan inside the source tree, or set {FolderVariable} to that folder.";
        }
        if (ExternalTool.Find(Node) is null)
        {
            return "Charts need Node.js 18 or later (apt-get install nodejs npm), then its chart packages: npm ci --prefix tools/charts.";
        }
        if (Packages.Any(p => !File.Exists(Path.Combine(ToolFolder, "node_modules", p, "package.json"))))
        {
            return "Charts need their Node.js packages: run npm ci --prefix tools/charts in Kessan's source folder.";
        }
        return null;
    }

    /// <inheritdoc/>
    /// <exception cref="OutputException">Node.js is missing, fails, or overruns <see cref="Timeout"/>.</exception>
    public ImmutableDictionary<string, string> Render(ReleasePackage package, BuildResult build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.Charts.IsEmpty)
        {
            return ImmutableDictionary<string, string>.Empty;
        }
        var svgs = RenderSvg(build.Charts.Select(c => (c.Id, ChartSpecs.Build(c, build))).ToList());
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var group in build.Charts.GroupBy(c => c.SectionId, StringComparer.Ordinal))
        {
            result[group.Key] = string.Join("\n", group.Select(c => Label(svgs[c.Id], c)));
        }
        return result.ToImmutable();
    }

    /// <summary>Draws Vega-Lite specifications as SVG, by chart id, in one run of Node.js.</summary>
    /// <exception cref="OutputException">Node.js is missing, fails, overruns, or leaves a chart out.</exception>
    public IReadOnlyDictionary<string, string> RenderSvg(IReadOnlyList<(string Id, JsonObject Spec)> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        if (Unavailable() is { } missing)
        {
            throw new OutputException(missing);
        }
        var request = new JsonObject
        {
            ["charts"] = new JsonArray([.. charts.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["spec"] = c.Spec.DeepClone() })]),
        };
        ToolRun run;
        try
        {
            run = ExternalTool.Run(ExternalTool.Find(Node)!, [Path.Combine(ToolFolder!, Script)], request.ToJsonString(), ToolFolder!, Timeout);
        }
        catch (TimeoutException e)
        {
            throw new OutputException("Drawing the charts took too long: " + e.Message, e);
        }
        catch (Win32Exception e)
        {
            throw new OutputException("Node.js could not be started to draw the charts: " + e.Message, e);
        }
        if (run.ExitCode != 0)
        {
            // The script's error may quote the data; the message says only that it failed and how to repair it.
            throw new OutputException(string.Create(CultureInfo.InvariantCulture,
                $"Drawing the charts failed: tools/charts/{Script} exited with code {run.ExitCode}. If its packages are missing or damaged, run npm ci --prefix tools/charts."));
        }
        var svg = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var response = JsonDocument.Parse(run.Output);
            foreach (var p in response.RootElement.GetProperty("svg").EnumerateObject())
            {
                svg[p.Name] = p.Value.GetString() ?? "";
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new OutputException($"Drawing the charts failed: tools/charts/{Script} wrote something other than the charts.", e);
        }
        foreach (var (id, _) in charts.Where(c => !svg.TryGetValue(c.Id, out var s) || !s.StartsWith("<svg", StringComparison.Ordinal)))
        {
            throw new OutputException($"Drawing the charts failed: tools/charts/{Script} drew no chart '{id}'.");
        }
        return svg;
    }

    /// <summary>The SVG with the chart's id and, for screen readers, its title.</summary>
    private static string Label(string svg, ReleaseChart chart) =>
        "<svg data-chart=\"" + HtmlRenderer.Encode(chart.Id) + "\" role=\"img\" aria-label=\"" + HtmlRenderer.Encode(chart.Title) + "\"" + svg["<svg".Length..];
}
