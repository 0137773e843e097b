using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kessan.Utility;

namespace Kessan.Rendering;

/// <summary>What an external program did: its exit code and what it wrote.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record ToolRun(int ExitCode, string Output, string Error);

/// <summary>
/// Finds and runs the external programs some formats need (Chromium for PDF): one
/// process at a time per call, its output read in full, killed with its children when it overruns.
/// </summary>
internal static class ExternalTool
{
    /// <summary>
    /// The full path of a program: <paramref name="nameOrPath"/> itself when it is a path to a file, else the
    /// first file of that name in a folder of <c>PATH</c>; null when there is none.
    /// </summary>
    public static string? Find(string nameOrPath)
    {
        if (nameOrPath.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || nameOrPath.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", "" } : [""];
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(folder, nameOrPath + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Runs a program to its end and returns what it did.</summary>
    /// <param name="program">The program's full path.</param>
    /// <param name="arguments">Its arguments, each passed as one argument.</param>
    /// <param name="input">Text written to its standard input (UTF-8), which is then closed; null for none.</param>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="timeout">How long it may run; it is killed with every process it started when it overruns.</param>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="Win32Exception">It could not be started.</exception>
    public static ToolRun Run(string program, IEnumerable<string> arguments, string? input, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (input is not null)
        {
            start.StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new Win32Exception("The process did not start.");
        using var stopOnSignal = Interruption.Program(process);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            try
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program ended without reading its input; its exit code and error output say why.
            }
        }
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended just now.
            }
            process.WaitForExit();
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(program)} ran longer than {timeout.TotalSeconds:0} seconds and was stopped."));
        }
        process.WaitForExit();
        return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
