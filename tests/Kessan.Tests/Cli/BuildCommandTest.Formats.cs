using System.Collections.Immutable;
using System.Text;
using Kessan.Document;
using Kessan.Cli.Commands;
using Kessan.Cli.Output;
using Kessan.Model;
using Kessan.Rendering;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>Choosing formats, formats a machine cannot write, tools that fail, and the progress display.</summary>
public sealed partial class BuildCommandTest
{
    /// <summary>A format for tests: writes its name, or is unavailable, or fails like an external tool.</summary>
    private sealed class TestFormat(string name, string? unavailable = null, bool fails = false, int weight = 1) : IOutputFormat
    {
        public string Name => name;

        public int Weight => weight;

        public string FileName => "release." + name;

        public string Description => "a test format";

        public string? Unavailable(ReleaseOutput output) => unavailable;

        public byte[] Write(ReleaseOutput output) =>
            fails ? throw new OutputException($"The {name} tool failed.") : Encoding.UTF8.GetBytes(name + ":" + output.Build.Figures.Length);
    }

    /// <summary>A format for tests whose file refers to the files of other formats.</summary>
    private sealed class DependentFormat(string name, params string[] requires) : IDependentOutputFormat
    {
        public string Name => name;

        public string FileName => "release." + name;

        public string Description => "a test format that refers to others";

        public ImmutableArray<string> Requires => [.. requires];

        public string? Unavailable(ReleaseOutput output) => null;

        public byte[] Write(ReleaseOutput output) => Encoding.UTF8.GetBytes(name);
    }

    /// <summary>A format for tests made from the package alone; written from the release, it fails.</summary>
    private sealed class PackageFormat(string name, string? unavailable = null) : IPackageOutputFormat
    {
        public string Name => name;

        public string FileName => "release." + name;

        public string Description => "a test format made from the package";

        public string? Unavailable(ReleaseOutput output) => Unavailable(output.Package);

        public byte[] Write(ReleaseOutput output) => throw new InvalidOperationException("written from the release, not the package");

        public string? Unavailable(ReleasePackage package) => unavailable;

        public byte[] Write(ReleasePackage package) => Encoding.UTF8.GetBytes(name + ":" + package.Facts.Count);
    }

    /// <summary>A chart renderer for tests that cannot run here.</summary>
    private sealed class MissingCharts : IChartRenderer
    {
        public string? Unavailable() => "Charts need a chart tool; install it.";

        public ImmutableDictionary<string, string> Render(ReleasePackage package, BuildResult build) =>
            throw new InvalidOperationException("not available");
    }

    private static (int Code, string Out, string Error) RunWith(string outDir, string? formats, IReadOnlyList<IOutputFormat> known,
        IChartRenderer? charts = null, bool interactive = false)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = BuildCommand.Run(new Terminal(output, error, Colour: false, Interactive: interactive), new DirectoryInfo(SamplePackages.IijFy2012Path),
            new DirectoryInfo(outDir), rounding: null, formats, showFigures: false, charts, known);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void By_default_every_format_the_machine_can_write_is_written_and_the_others_are_named_with_how_to_get_them()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new TestFormat("b", unavailable: "B needs the b tool: apt-get install b."), new TestFormat("c")];

        var (code, output, _) = RunWith(outDir, null, known);

        code.ShouldBe(0, output);
        CliRun.Release(outDir).Keys.ShouldBe(["release.a", "release.c"], ignoreOrder: true);
        output.ShouldContain("Not written: release.b. B needs the b tool: apt-get install b.");
    }

    [Fact]
    public void A_file_made_from_the_package_alone_is_written_from_the_checked_package()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new PackageFormat("p")];

        var (code, output, _) = RunWith(outDir, null, known);

        code.ShouldBe(0, output);
        File.ReadAllText(Path.Combine(outDir, "release.p")).ShouldBe("p:" + ReleasePipeline.Run(SamplePackages.IijFy2012Path).Package!.Facts.Count);
        File.ReadAllText(Path.Combine(outDir, "release.a")).ShouldStartWith("a:");
    }

    [Fact]
    public void A_file_the_package_cannot_make_is_named_as_not_written_and_asked_for_by_name_is_an_error()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new PackageFormat("p", unavailable: "The package names no ticker.")];

        var (code, output, _) = RunWith(outDir, null, known);
        var (byName, _, error) = RunWith(Path.Combine(run.Temp, "out2"), "a,p", known);

        code.ShouldBe(0, output);
        CliRun.Release(outDir).Keys.ShouldBe(["release.a"]);
        output.ShouldContain("Not written: release.p. The package names no ticker.");
        byName.ShouldBe(ExitCodes.CannotRead);
        error.ShouldContain("kessan: cannot write release.p: The package names no ticker. Nothing was written.");
    }

    [Fact]
    public void A_format_asked_for_by_name_that_the_machine_cannot_write_is_an_error_and_nothing_is_written()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new TestFormat("b", unavailable: "B needs the b tool: apt-get install b.")];

        var (code, _, error) = RunWith(outDir, "a,b", known);

        code.ShouldBe(ExitCodes.CannotRead);
        error.ShouldContain("kessan: cannot write release.b: B needs the b tool: apt-get install b. Nothing was written.");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void Only_the_formats_asked_for_are_written_each_once()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new TestFormat("b"), new TestFormat("c")];

        var (code, output, _) = RunWith(outDir, "c, a,c", known);

        code.ShouldBe(0, output);
        CliRun.Release(outDir).Keys.ShouldBe(["release.a", "release.c"], ignoreOrder: true);
        File.ReadAllText(Path.Combine(outDir, "release.a")).ShouldStartWith("a:");
    }

    [Fact]
    public void Formats_start_heaviest_first_and_formats_of_one_weight_in_their_order()
    {
        IOutputFormat[] formats = [new TestFormat("md", weight: 2), new TestFormat("json", weight: 9), new TestFormat("light"),
            new TestFormat("xbrl", weight: 2), new TestFormat("xlsx", weight: 8)];

        OutputFormats.HeaviestFirst(formats).Select(f => f.Name).ShouldBe(["json", "xlsx", "md", "xbrl", "light"]);
        OutputFormats.All.Single(f => f.Name == "pdf").Weight.ShouldBeGreaterThan(OutputFormats.All.Where(f => f.Name != "pdf").Max(f => f.Weight));
    }

    [Fact]
    public void Files_are_listed_and_named_in_the_manifest_in_the_formats_order_whatever_their_weight()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new TestFormat("b", weight: 5), new TestFormat("c", weight: 9)];

        var (code, output, _) = RunWith(outDir, null, known);

        code.ShouldBe(0, output);
        output.Split('\n').Where(l => l.StartsWith("Wrote ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Select(Path.GetFileName)
            .ShouldBe(["release.a", "release.b", "release.c"]);
        File.ReadAllText(Path.Combine(outDir, "manifest.json")).ShouldContain("\"formats\": [\n    \"a\",\n    \"b\",\n    \"c\"\n  ]");
    }

    [Fact]
    public void A_tool_that_fails_while_writing_leaves_nothing_written_and_says_which()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "release.a"), "earlier");
        IOutputFormat[] known = [new TestFormat("a"), new TestFormat("b", fails: true)];

        var (code, _, error) = RunWith(outDir, null, known);

        code.ShouldBe(ExitCodes.CannotRead);
        error.ShouldContain("kessan: The b tool failed. Nothing was written.");
        File.ReadAllText(Path.Combine(outDir, "release.a")).ShouldBe("earlier");
        Directory.GetFiles(outDir).Length.ShouldBe(1);
    }

    [Fact]
    public void A_release_written_without_charts_says_why()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");

        var (code, output, _) = RunWith(outDir, "html", OutputFormats.All, new MissingCharts());

        code.ShouldBe(0, output);
        output.ShouldContain("Without charts: Charts need a chart tool; install it.");
    }

    [Fact]
    public void On_a_terminal_progress_is_drawn_on_one_line_and_cleared_before_the_summary()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new TestFormat("b")];

        var (_, interactive, _) = RunWith(outDir, null, known, interactive: true);
        var (_, plain, _) = RunWith(Path.Combine(run.Temp, "out2"), null, known, interactive: false);

        interactive.ShouldContain("[2/2]");
        interactive.ShouldContain("\r\u001b[2K");
        plain.ShouldNotContain("\r");
        plain.ShouldNotContain("[1/2]");
        // After the progress line is cleared, the final lines are the same as without a terminal.
        var afterProgress = interactive[(interactive.LastIndexOf("\r\u001b[2K", StringComparison.Ordinal) + "\r\u001b[2K".Length)..];
        afterProgress.Replace(Path.Combine(run.Temp, "out"), "OUT", StringComparison.Ordinal)
            .ShouldBe(plain[plain.IndexOf("Wrote", StringComparison.Ordinal)..].Replace(Path.Combine(run.Temp, "out2"), "OUT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_format_asked_for_brings_the_formats_its_file_refers_to_transitively_each_once()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new TestFormat("a"), new DependentFormat("b", "c"), new DependentFormat("c", "d"), new TestFormat("d"), new TestFormat("e")];

        var (code, output, _) = RunWith(outDir, "b,c", known);

        code.ShouldBe(0, output);
        CliRun.Release(outDir).Keys.ShouldBe(["release.b", "release.c", "release.d"], ignoreOrder: true);
        OutputFormats.WithRequired([known[1]], known).Select(f => f.Name).ShouldBe(["b", "c", "d"]);
        OutputFormats.WithRequired([known[4], known[0]], known).Select(f => f.Name).ShouldBe(["e", "a"]);
    }

    [Fact]
    public void A_format_whose_required_format_cannot_be_written_is_not_written_either_when_asked_for()
    {
        using var run = new CliRun();
        var outDir = Path.Combine(run.Temp, "out");
        IOutputFormat[] known = [new DependentFormat("a", "b"), new TestFormat("b", unavailable: "B needs the b tool.")];

        var (code, _, error) = RunWith(outDir, "a", known);

        code.ShouldBe(ExitCodes.CannotRead);
        error.ShouldContain("kessan: cannot write release.b: B needs the b tool. Nothing was written.");
        Directory.Exists(outDir).ShouldBeFalse();
    }

    [Fact]
    public void The_xbrl_formats_follow_json_and_bring_the_schema()
    {
        var names = OutputFormats.All.Select(f => f.Name).ToList();
        names.IndexOf("xbrl").ShouldBeGreaterThan(names.IndexOf("json"));
        names.IndexOf("ixbrl").ShouldBe(names.IndexOf("xbrl") + 1);
        names.IndexOf("xsd").ShouldBe(names.IndexOf("ixbrl") + 1);
        OutputFormats.Find("xbrl")!.FileName.ShouldBe("release.xbrl");
        OutputFormats.Find("ixbrl")!.FileName.ShouldBe("release.ixbrl.html");
        OutputFormats.Find("xsd")!.FileName.ShouldBe("release.xsd");
        OutputFormats.All.OfType<IDependentOutputFormat>().Select(f => f.Name).ShouldBe(["xbrl", "ixbrl"]);
        OutputFormats.All.OfType<IDependentOutputFormat>().ShouldAllBe(f => f.Requires.SequenceEqual(new[] { "xsd" }));
    }

    [Fact]
    public void Every_format_has_a_distinct_name_and_file()
    {
        OutputFormats.All.Select(f => f.Name).ShouldBeUnique();
        OutputFormats.All.Select(f => f.FileName).ShouldBeUnique();
        OutputFormats.All.ShouldAllBe(f => f.Name.Length > 0 && f.Name == f.Name.ToLowerInvariant() && !f.Name.Contains(','));
    }
}
