using System.Diagnostics;
using System.Globalization;

// Measures the kessan command on the sample package, cold (a new process each run, as a user runs it), against
// a hello-world .NET console program measured in the same run, and reports the ratios.
//
// Usage: dotnet run -c Release --project bench/Kessan.Bench -- [runs]
//        dotnet run -c Release --project bench/Kessan.Bench -- large [runs]
//        dotnet run -c Release --project bench/Kessan.Bench -- store [runs]
//        dotnet run -c Release --project bench/Kessan.Bench -- review [seconds] [reviewers]
//
// "store" measures the fact store on SQLite and, when KESSAN_BENCH_POSTGRES names a PostgreSQL database (an Npgsql
// connection string), on PostgreSQL: `kessan store import` of the sample, and `kessan store history` of a synthetic
// company's 40 published quarters (SyntheticCompany), against the dotnet hello world.
//
// "review" puts the review app under load (ReviewLoad): 50 signed-in reviewers at once (or as many as given) browsing
// the sample's revision and explaining figures for 60 seconds (or as given), on SQLite, on a loopback port; it reports
// requests, failures and the p50/p99/max latency.
//
// "large" measures `kessan check` of a copy of the sample whose income-statement fact file is made 50 MB by
// repeating its rows (valid facts, so the whole file is read, parsed and merged), against `kessan check` of the
// sample itself, with the peak memory of each (VmHWM of the process, sampled every 2 ms).
//
// Each program is built or published first into its own folder under the system temp folder:
//   hello, dotnet     bench/HelloWorld, built in Release and started with `dotnet HelloWorld.dll` (the baseline: the
//                     cost of starting a .NET process at all);
//   hello, native     the same program published with Native AOT: the cost of starting any native process;
//   kessan check      the kessan command as `dotnet publish src/Kessan.Cli -c Release -r <rid>` makes it (one
//   kessan build      native executable, Native AOT), checking and building the sample;
//   kessan build, jit the kessan command built in Release and started with `dotnet Kessan.Cli.dll`, as `dotnet run`
//                     runs it, for comparison.
// The runs are interleaved so that all programs see the same machine load; the medians are compared. The build
// writes every format but release.pdf (printed by Chromium, another program's time): md, html (charts included),
// json, xlsx, xbrl, ixbrl and xsd.

if (args.Length > 0 && args[0] == "review")
{
    var reviewWork = Path.Combine(Path.GetTempPath(), "kessan-bench-review-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    try
    {
        ReviewLoad.Run(FindRoot(), reviewWork, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50, Dotnet);
    }
    finally
    {
        Directory.Delete(reviewWork, recursive: true);
    }
    return;
}

var large = args.Length > 0 && args[0] == "large";
var storeMode = args.Length > 0 && args[0] == "store";
args = large || storeMode ? args[1..] : args;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var root = FindRoot();
var work = Path.Combine(Path.GetTempPath(), "kessan-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var output = Path.Combine(work, "out");
var sample = Path.Combine(root, "samples", "iij-fy2012");
var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
const string KessanFormats = "md,html,json,xlsx,xbrl,ixbrl,xsd";

try
{
    // Separate artifact folders: a published build must not reuse intermediate files of another configuration.
    var helloProject = Path.Combine(root, "bench", "HelloWorld", "HelloWorld.csproj");
    var kessanProject = Path.Combine(root, "src", "Kessan.Cli", "Kessan.Cli.csproj");
    Dotnet("build", helloProject, "-c", "Release", "--artifacts-path", Path.Combine(work, "hello"));
    Dotnet("publish", helloProject, "-c", "Release", "-r", rid, "-p:PublishAot=true",
        "--artifacts-path", Path.Combine(work, "hello-native"), "-o", Path.Combine(work, "hello-native-app"));
    Dotnet("publish", kessanProject, "-c", "Release", "-r", rid, "--artifacts-path", Path.Combine(work, "native"), "-o", Path.Combine(work, "dist"));
    Dotnet("build", kessanProject, "-c", "Release", "--artifacts-path", Path.Combine(work, "jit"));
    var kessan = Path.Combine(work, "dist", "kessan");
    if (large)
    {
        MeasureLarge(kessan, sample, Path.Combine(work, "large"), runs);
        return;
    }
    if (storeMode)
    {
        MeasureStore(kessan, Find(Path.Combine(work, "hello"), "HelloWorld.dll"), sample, work, runs);
        return;
    }

    var programs = new (string Name, string File, string[] Prefix)[]
    {
        ("hello, dotnet (baseline)", "dotnet", [Find(Path.Combine(work, "hello"), "HelloWorld.dll")]),
        ("hello, native", Path.Combine(work, "hello-native-app", "HelloWorld"), []),
        ("kessan check", kessan, ["check", sample]),
        ("kessan build", kessan, ["build", sample, "--out", output, "--format", KessanFormats]),
        ("kessan build, jit", "dotnet", [Find(Path.Combine(work, "jit"), "Kessan.Cli.dll"), "build", sample, "--out", output, "--format", KessanFormats]),
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
    var native = Median(times[1]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs: {runs} of each, interleaved; medians; {Environment.ProcessorCount} cores, {rid}"));
    Console.WriteLine("| program | median | min | max | to dotnet hello | to native hello |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    for (var j = 0; j < programs.Length; j++)
    {
        var m = Median(times[j]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {programs[j].Name} | {m:0.0} ms | {times[j].Min():0.0} | {times[j].Max():0.0} | {m / baseline:0.00}x | {m / native:0.0}x |"));
    }
}
finally
{
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}

static void MeasureLarge(string kessan, string sample, string copy, int runs)
{
    foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(copy, Path.GetRelativePath(sample, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
    var facts = Path.Combine(copy, "facts", "income-statement.csv");
    var lines = File.ReadAllLines(facts);
    var rows = lines.Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("concept,", StringComparison.Ordinal)).ToArray();
    using (var writer = new StreamWriter(facts, append: true))
    {
        while (writer.BaseStream.Length < 50L * 1024 * 1024)
        {
            foreach (var row in rows)
            {
                writer.Write(row);
                writer.Write('\n');
            }
            writer.Flush();
        }
    }
    var size = new FileInfo(facts).Length;
    var programs = new (string Name, string[] Arguments)[]
    {
        ("kessan check, sample (baseline)", ["check", sample]),
        ($"kessan check, {size / (1024.0 * 1024):0.0} MB fact file", ["check", copy]),
    };
    foreach (var p in programs)
    {
        TimeWithPeak(kessan, p.Arguments);
    }
    var results = programs.Select(_ => new List<(double Ms, long PeakKb)>()).ToArray();
    for (var i = 0; i < runs; i++)
    {
        for (var j = 0; j < programs.Length; j++)
        {
            results[j].Add(TimeWithPeak(kessan, programs[j].Arguments));
        }
    }
    var baseline = Median(results[0].Select(r => r.Ms).ToList());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs: {runs} of each, interleaved; medians; {Environment.ProcessorCount} cores"));
    Console.WriteLine("| program | median | min | max | to sample check | peak memory (max) |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    for (var j = 0; j < programs.Length; j++)
    {
        var ms = results[j].Select(r => r.Ms).ToList();
        var m = Median(ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {programs[j].Name} | {m:0.0} ms | {ms.Min():0.0} | {ms.Max():0.0} | {m / baseline:0.0}x | {results[j].Max(r => r.PeakKb) / 1024.0:0} MB |"));
    }
}

static void MeasureStore(string kessan, string hello, string sample, string work, int runs)
{
    var stores = new List<(string Backend, string Argument)> { ("SQLite", Path.Combine(work, "bench.db")) };
    var postgres = Environment.GetEnvironmentVariable("KESSAN_BENCH_POSTGRES");
    string? schema = null;
    if (!string.IsNullOrEmpty(postgres))
    {
        schema = "kessan_bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using var connection = new Npgsql.NpgsqlConnection(postgres);
        connection.Open();
        using var create = new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        create.ExecuteNonQuery();
        stores.Add(("PostgreSQL", new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema }.ConnectionString));
    }
    try
    {
        var generate = Stopwatch.StartNew();
        foreach (var (_, argument) in stores)
        {
            SyntheticCompany.Generate(Kessan.Store.Database.StoreLocation.Parse(argument));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic company: {SyntheticCompany.Quarters} published quarters of {SyntheticCompany.Concepts} concepts x 2 periods, generated in {generate.ElapsedMilliseconds} ms for {stores.Count} stores"));
        var programs = new List<(string Name, string File, string[] Arguments)> { ("hello, dotnet (baseline)", "dotnet", [hello]) };
        foreach (var (backend, argument) in stores)
        {
            programs.Add(($"store import of the sample, {backend}", kessan, ["store", "import", sample, "--store", argument, "-m", "bench"]));
            programs.Add(($"store history, 40 quarters, {backend}", kessan, ["store", "history", "Revenues", "--company", SyntheticCompany.Name, "--store", argument]));
        }
        foreach (var p in programs)
        {
            Time(p.File, p.Arguments);
        }
        var times = programs.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < runs; i++)
        {
            for (var j = 0; j < programs.Count; j++)
            {
                times[j].Add(Time(programs[j].File, programs[j].Arguments));
            }
        }
        var baseline = Median(times[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs: {runs} of each, interleaved; medians; {Environment.ProcessorCount} cores"));
        Console.WriteLine("| program | median | min | max | to dotnet hello |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var j = 0; j < programs.Count; j++)
        {
            var m = Median(times[j]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {programs[j].Name} | {m:0.0} ms | {times[j].Min():0.0} | {times[j].Max():0.0} | {m / baseline:0.00}x |"));
        }
    }
    finally
    {
        if (schema is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var connection = new Npgsql.NpgsqlConnection(postgres);
            connection.Open();
            using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }
}

static (double Ms, long PeakKb) TimeWithPeak(string file, string[] arguments)
{
    var watch = Stopwatch.StartNew();
    using var p = Start(file, arguments);
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = p.StandardError.ReadToEndAsync();
    var status = $"/proc/{p.Id}/status";
    long peak = 0;
    while (!p.WaitForExit(2))
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                peak = Math.Max(peak, long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
    }
    watch.Stop();
    if (p.ExitCode != 0)
    {
        throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments.Take(2))} exited with {p.ExitCode}: {stderr.Result}");
    }
    _ = stdout.Result;
    return (watch.Elapsed.TotalMilliseconds, peak);
}

static Process Start(string file, string[] arguments)
{
    var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in arguments)
    {
        psi.ArgumentList.Add(a);
    }
    return Process.Start(psi)!;
}

static double Time(string file, string[] arguments)
{
    var watch = Stopwatch.StartNew();
    using var p = Start(file, arguments);
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
