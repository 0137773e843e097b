using System.Collections.Immutable;
using Kessan.Document;
using Kessan.Model;
using Kessan.Rendering.Html;

namespace Kessan.Rendering;

/// <summary>
/// One output format of a release: its name on the command line (<c>md</c>, <c>pdf</c>), the file it
/// writes, and how it writes it from the built release. Every format is a view of the same figures.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name used with <c>--format</c>: lower case, no spaces.</summary>
    string Name { get; }

    /// <summary>The file written into the output folder.</summary>
    string FileName { get; }

    /// <summary>What the file is for, in one sentence.</summary>
    string Description { get; }

    /// <summary>
    /// Null when the format can be written on this machine; otherwise a sentence saying what is missing
    /// and how to get it (a format that needs an external program, such as PDF).
    /// </summary>
    string? Unavailable(ReleaseOutput output);

    /// <summary>Writes the file's bytes.</summary>
    /// <exception cref="OutputException">An external tool the format needs failed.</exception>
    byte[] Write(ReleaseOutput output);

    /// <summary>
    /// How long writing the file takes, relative to the other formats (about a millisecond of one core each for the
    /// sample release; bench/README.md): a build starts the heaviest first, so that formats written side by side on
    /// the machine's cores finish together (<see cref="OutputFormats.HeaviestFirst"/>).
    /// </summary>
    int Weight => 1;
}

/// <summary>
/// A format whose file is made from the package alone, not from the release derived from it (the XBRL instance and
/// its schema): a build starts writing it once the package is checked, beside the derivation.
/// </summary>
public interface IPackageOutputFormat : IOutputFormat
{
    /// <summary>Null when the file can be written for the package; otherwise a sentence saying why not.</summary>
    string? Unavailable(ReleasePackage package);

    /// <summary>Writes the file's bytes from the package.</summary>
    byte[] Write(ReleasePackage package);
}

/// <summary>
/// A format whose file refers to the files of other formats (an XBRL instance to its extension schema):
/// asking for it asks for them too, so that what is written is complete.
/// </summary>
public interface IDependentOutputFormat : IOutputFormat
{
    /// <summary>The names of the formats whose files this format's file refers to.</summary>
    ImmutableArray<string> Requires { get; }
}

/// <summary>A format could not be written because an external tool failed; the message says which and why.</summary>
public sealed class OutputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public OutputException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public OutputException()
    {
    }
}

/// <summary>
/// Makes the charts of a release: SVG images by the id of the section they follow. Charts are drawn from
/// the release's figures, never from numbers of their own.
/// </summary>
public interface IChartRenderer
{
    /// <summary>Null when charts can be drawn on this machine; otherwise what is missing and how to get it.</summary>
    string? Unavailable();

    /// <summary>The charts, by section id.</summary>
    /// <exception cref="OutputException">The chart tool failed.</exception>
    ImmutableDictionary<string, string> Render(ReleasePackage package, BuildResult build);
}

/// <summary>
/// A built release on its way to files: the package, the build, and what several formats share, made
/// once and on first use (the charts, which the HTML and the PDF embed; the HTML, which the PDF prints).
/// Thread-safe: formats may be written side by side.
/// </summary>
public sealed class ReleaseOutput
{
    private readonly Lazy<(ImmutableDictionary<string, string> Charts, string? Problem)> charts;
    private readonly Lazy<string> html;

    /// <summary>Creates the output of a build; <paramref name="chartRenderer"/> null draws no charts.</summary>
    public ReleaseOutput(ReleasePackage package, BuildResult build, IChartRenderer? chartRenderer = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(build);
        if (build.Document is null)
        {
            throw new ArgumentException("The build has no document: it has errors, and nothing may be written from it.", nameof(build));
        }
        Package = package;
        Build = build;
        ChartRenderer = chartRenderer;
        charts = new(DrawCharts, LazyThreadSafetyMode.ExecutionAndPublication);
        html = new(() => HtmlRenderer.Render(build.Document, new HtmlOptions(Footer: Footer, Charts: Charts)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The package.</summary>
    public ReleasePackage Package { get; }

    /// <summary>The build (its document is not null).</summary>
    public BuildResult Build { get; }

    /// <summary>The chart renderer, or null.</summary>
    public IChartRenderer? ChartRenderer { get; }

    /// <summary>The page footer of paged formats: the company and the results it publishes.</summary>
    public string Footer => $"{Package.Company.Name}, {ReleaseKinds.Subject(Package.Reporting, Package.Calendar)}";

    /// <summary>The charts by section id; empty when there is no chart renderer or it cannot run here.</summary>
    public ImmutableDictionary<string, string> Charts => charts.Value.Charts;

    /// <summary>Why the release has no charts, or null when it has them (or was built without a chart renderer).</summary>
    public string? ChartProblem => charts.Value.Problem;

    /// <summary>The standalone HTML page, with the charts.</summary>
    public string Html => html.Value;

    private (ImmutableDictionary<string, string>, string?) DrawCharts()
    {
        if (ChartRenderer is null)
        {
            return (ImmutableDictionary<string, string>.Empty, null);
        }
        if (ChartRenderer.Unavailable() is { } missing)
        {
            return (ImmutableDictionary<string, string>.Empty, missing);
        }
        return (ChartRenderer.Render(Package, Build), null);
    }
}
