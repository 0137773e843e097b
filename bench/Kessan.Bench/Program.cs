using System.Diagnostics;
using System.Globalization;

// Measures `kessan build` on the sample package, cold (a new process each run, as a user runs it),
// against a hello-world .NET console program measured in the same run, and reports the ratio.
//
// Usage: dotnet run -c Release --project bench/Kessan.Bench -- [runs]
// Both programs are built in Release first; the timed runs start `dotnet <dll>` directly.

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var root = FindRoot();
var output = Path.Combine(Path.GetTempPath(), "kessan-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

Build(Path.Combine(root, "src", "Kessan.Cli", "Kessan.Cli.csproj"));
Build(Path.Combine(root, "bench", "HelloWorld", "HelloWorld.csproj"));
var kessan = Path.Combine(root, "src", "Kessan.Cli", "bin", "Release", "net10.0", "Kessan.Cli.dll");
var hello = Path.Combine(root, "bench", "HelloWorld", "bin", "Release", "net10.0", "HelloWorld.dll");
var sample = Path.Combine(root, "samples", "iij-fy2012");

// One untimed run of each warms the disk cache, as a user's second run would be.
Time(hello);
Time(kessan, "build", sample, "--out", output);

var helloTimes = new List<double>();
var kessanTimes = new List<double>();
for (var i = 0; i < runs; i++)
{
    // Interleaved, so that both see the same machine load.
    helloTimes.Add(Time(hello));
    kessanTimes.Add(Time(kessan, "build", sample, "--out", output));
}
var h = Median(helloTimes);
var k = Median(kessanTimes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs: {runs} each, interleaved, medians"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hello world (baseline): {h,8:0} ms   (min {helloTimes.Min():0}, max {helloTimes.Max():0})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kessan build (sample):  {k,8:0} ms   (min {kessanTimes.Min():0}, max {kessanTimes.Max():0})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: {k / h:0.00}x the cost of starting a .NET process"));
Directory.Delete(output, recursive: true);

static double Time(string dll, params string[] arguments)
{
    var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    psi.ArgumentList.Add(dll);
    foreach (var a in arguments)
    {
        psi.ArgumentList.Add(a);
    }
    psi.Environment["DOTNET_TieredPGO"] = "1";
    var watch = Stopwatch.StartNew();
    using var p = Process.Start(psi)!;
    p.StandardOutput.ReadToEnd();
    p.StandardError.ReadToEnd();
    p.WaitForExit();
    watch.Stop();
    if (p.ExitCode != 0)
    {
        throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {p.ExitCode}");
    }
    return watch.Elapsed.TotalMilliseconds;
}

static void Build(string project)
{
    var psi = new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "-v", "quiet", "-nologo"]) { UseShellExecute = false };
    using var p = Process.Start(psi)!;
    p.WaitForExit();
    if (p.ExitCode != 0)
    {
        throw new InvalidOperationException("Build failed: " + project);
    }
}

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
