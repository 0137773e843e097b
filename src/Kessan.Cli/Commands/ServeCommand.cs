using System.CommandLine;
using System.Diagnostics;
using Kessan.Cli.Output;

namespace Kessan.Cli.Commands;

/// <summary>
/// <c>kessan serve [--store S] [--urls U]</c>: starts the review app, a separate program (ASP.NET Core runs on the JIT, not
/// in the native kessan), found beside kessan, and waits for it. Its exit code is kessan's.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The environment variable that names the review app (its Kessan.Web.dll) when it is elsewhere.</summary>
    public const string Variable = "KESSAN_WEB";

    public static Command Create(Terminal terminal)
    {
        var store = new Option<string?>("--store") { Description = "The store, as the store commands take it (default: KESSAN_STORE, else kessan.db here)." };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve",
            "Start the review app: sign in, read a company's releases as they will be published, click any figure for where it " +
            "comes from. Users are added with 'kessan users add'. Listens on 127.0.0.1:5080 unless --urls says otherwise.")
        {
            store, urls,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(store), parse.GetValue(urls)!));
        return command;
    }

    internal static int Run(Terminal terminal, string? store, string urls)
    {
        if (Find() is not { } app)
        {
            terminal.Error.WriteLine("kessan: the review app is not installed beside kessan. Publish it there " +
                "(dotnet publish src/Kessan.Web -c Release -o <kessan's folder>/kessan-web), build it in the source tree " +
                $"(dotnet build src/Kessan.Web), or name its Kessan.Web.dll in {Variable}.");
            return ExitCodes.CannotRead;
        }
        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(urls);
        if (store is not null)
        {
            start.ArgumentList.Add("--store");
            start.ArgumentList.Add(store.Contains("://", StringComparison.Ordinal) || store.Contains('=', StringComparison.Ordinal) ? store : Path.GetFullPath(store));
        }
        start.WorkingDirectory = Environment.CurrentDirectory;
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            terminal.Error.WriteLine($"kessan: the review app cannot be started ({e.Message}); it needs the .NET runtime (dotnet) on PATH.");
            return ExitCodes.CannotRead;
        }
    }

    /// <summary>
    /// The review app's Kessan.Web.dll: <c>KESSAN_WEB</c>; beside kessan (or in its <c>kessan-web</c> folder); or, run from
    /// the source tree, its build output.
    /// </summary>
    internal static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? Path.GetFullPath(named) : null;
        }
        var here = AppContext.BaseDirectory;
        foreach (var candidate in new[] { Path.Combine(here, "Kessan.Web.dll"), Path.Combine(here, "kessan-web", "Kessan.Web.dll") })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        for (var dir = new DirectoryInfo(here); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "Kessan.Web", "bin");
            if (Directory.Exists(project))
            {
                return new[] { "Release", "Debug" }.Select(c => Path.Combine(project, c, "net10.0", "Kessan.Web.dll")).FirstOrDefault(File.Exists);
            }
        }
        return null;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
