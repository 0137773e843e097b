using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kessan.Utility;

/// <summary>
/// What a command must undo if it is stopped by a signal (Ctrl-C, <c>kill</c>): the folders it is writing (a staged
/// release, the browser's print folder, both holding unreleased figures) and the programs it started (Chromium).
/// Each is registered while it exists; <see cref="Undo"/> removes and stops them all. Thread-safe.
/// </summary>
public static class Interruption
{
    private static readonly ConcurrentDictionary<string, byte> Folders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Process, byte> Processes = new();

    /// <summary>
    /// Registers a folder to delete if the command is stopped; dispose the result once the folder is gone or kept. A
    /// folder registered after the command was told to stop is deleted at once.
    /// </summary>
    public static IDisposable Folder(string path)
    {
        Folders[path] = 0;
        if (stopping)
        {
            Undo();
        }
        return new Registration(() => Folders.TryRemove(path, out _));
    }

    /// <summary>
    /// Registers a running program to stop (with every process it started) if the command is stopped. A program
    /// started after the command was told to stop is stopped at once.
    /// </summary>
    public static IDisposable Program(Process process)
    {
        Processes[process] = 0;
        if (stopping)
        {
            Undo();
        }
        return new Registration(() => Processes.TryRemove(process, out _));
    }

    private static volatile bool stopping;

    /// <summary>True once the command has been told to stop: nothing may be published after that.</summary>
    public static bool Stopping => stopping;

    /// <summary>Marks the command as stopping, stops every registered program and deletes every registered folder. Never throws.</summary>
    public static void Undo()
    {
        stopping = true;
        foreach (var process in Processes.Keys)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
                // It has ended, or cannot be stopped from here.
            }
        }
        foreach (var folder in Folders.Keys)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone already, or held: the next build of the same folder removes what a stopped one left.
            }
        }
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
