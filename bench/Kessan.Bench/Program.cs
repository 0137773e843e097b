using System.Diagnostics;
using System.Globalization;

// Measures `kessan build` on the sample package, cold (a new process each run, as a user runs it),
// against a hello-world .NET console program measured in the same run, and reports the ratios.
//
// Usage: dotnet run -c Release --project bench/Kessan.Bench -- [runs]
//
// Three programs, each built or published first into its own folder under the system temp folder:
//   hello     bench/HelloWorld, built in Release and started with `dotnet HelloWorld.dll` (the baseline: the
//             cost of starting a .NET process at all);
//   jit       the kessan command built in Release and started with `dotnet Kessan.Cli.dll`, as `dotnet run`
//             runs it: every method is compiled when first called;
//   published the kessan command as `dotnet publish -c Release -r <rid>` makes it (see src/Kessan.Cli's
//             project: self-contained, ReadyToRun composite of the application and the framework), started
//             as ./Kessan.Cli: most code is compiled ahead of time.
// The runs are interleaved so that all three see the same machine load; the medians are compared.
// The build is Kessan's own work: Markdown, HTML and figures.json, without the charts (drawn by Node.js) and
// release.pdf (printed by Chromium), which are external programs' time.

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var root = FindRoot();
var work = Path.Combine(Path.GetTempPath(), "kessan-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var output = Path.Combine(work, "out");
var sample = Path.Combine(root, "samples", "iij-fy2012");
var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
const string KessanFormats = "md,html,json";

try
{
    // Separate artifact folders: the published build must not reuse intermediate files of another configuration.
    Dotnet("build", Path.Combine(root, "bench", "HelloWorld", "HelloWorld.csproj"), "-c", "Release", "--artifacts-path", Path.Combine(work, "hello"));
    Dotnet("build", Path.Combine(root, "src", "Kessan.Cli", "Kessan.Cli.csproj"), "-c", "Release", "--artifacts-path", Path.Combine(work, "jit"));
    Dotnet("publish", Path.Combine(root, "src", "Kessan.Cli", "Kessan.Cli.csproj"), "-c", "Release", "-r", rid,
        "--artifacts-path", Path.Combine(work, "published"), "-o", Path.Combine(work, "published-app"));

    var programs = new (string Name, string File, string[] Prefix)[]
    {
        ("hello world (baseline)", "dotnet", [Find(Path.Combine(work, "hello"), "HelloWorld.dll")]),
        ("kessan build, jit", "dotnet", [Find(Path.Combine(work, "jit"), "Kessan.Cli.dll"), "build", sample, "--out", output, "--format", KessanFormats]),
        ("kessan build, published", Path.Combine(work, "published-app", "Kessan.Cli"), ["build", sample, "--out", output, "--format", KessanFormats]),
    };

    // One untimed run of each warms the disk cache, as a user's second run would be.
    foreach (var p in programs)
    {
        Time(p.File, p.Prefix);
    }
    var times = programs.Select(_ => new List<double>()).ToArray();
    for (var i = 0; i < runs; i++)
    {
        for (var j = 0; j < programs.Length; j++)
        {
            times[j].Add(Time(programs[j].File, programs[j].Prefix));
        }
    }

    var baseline = Median(times[0]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs: {runs} of each, interleaved; medians; {Environment.ProcessorCount} cores, {rid}"));
    for (var j = 0; j < programs.Length; j++)
    {
        var m = Median(times[j]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{programs[j].Name,-26} {m,7:0} ms  (min {times[j].Min(),5:0}, max {times[j].Max(),5:0})  {m / baseline,6:0.00}x"));
    }
}
finally
{
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}

static double Time(string file, string[] arguments)
{
    var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    // Kessan's own work only: no chart script (Node.js), and no PDF (Chromium) through --format.
    psi.Environment["KESSAN_CHARTS"] = Path.Combine(Path.GetTempPath(), "kessan-bench-no-charts");
    foreach (var a in arguments)
    {
        psi.ArgumentList.Add(a);
    }
    var watch = Stopwatch.StartNew();
    using var p = Process.Start(psi)!;
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = p.StandardError.ReadToEndAsync();
    p.WaitForExit();
    watch.Stop();
    if (p.ExitCode != 0)
    {
        throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments.Take(2))} exited with {p.ExitCode}: {stderr.Result}");
    }
    _ = stdout.Result;
    return watch.Elapsed.TotalMilliseconds;
}

static void Dotnet(params string[] arguments)
{
    var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false };
    foreach (var a in arguments.Concat(["-v", "quiet", "-nologo"]))
    {
        psi.ArgumentList.Add(a);
    }
    using var p = Process.Start(psi)!;
    p.WaitForExit();
    if (p.ExitCode != 0)
    {
        throw new InvalidOperationException("dotnet " + string.Join(' ', arguments) + " failed");
    }
}

static string Find(string folder, string fileName) =>
    Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories).First(f => !f.Contains("/obj/", StringComparison.Ordinal));

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kessan.slnx")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("Kessan.slnx not found");
}
