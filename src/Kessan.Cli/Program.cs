using System.CommandLine;
using System.CommandLine.Help;
using Kessan.Cli.Commands;
using Kessan.Cli.Output;

namespace Kessan.Cli;

/// <summary>Entry point of the <c>kessan</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        CommandHeap.Prepare();
        var terminal = Terminal.FromConsole();
        using var signals = StopCleanlyOnSignals(terminal);
        var code = Run(args, terminal);
        var signal = Volatile.Read(ref stoppedBy);
        return signal > 0 ? 128 + signal : code;
    }

    /// <summary>The number of the signal that stopped the command, or 0.</summary>
    private static int stoppedBy;

    /// <summary>
    /// On Ctrl-C, SIGTERM or SIGHUP: stops the programs Kessan started and removes the folders it was writing (a
    /// release is published whole or not at all, so the out folder keeps the earlier build), then lets the signal end
    /// the process as usual.
    /// </summary>
    private static IDisposable StopCleanlyOnSignals(Terminal terminal)
    {
        if (OperatingSystem.IsWindows())
        {
            return new Registrations([]);
        }
        void Handle(System.Runtime.InteropServices.PosixSignalContext context)
        {
            // Stop what runs and remove what is half-written; the command then unwinds (a program it starts from
            // now on is stopped at once, and nothing is published) and ends with 128 + the signal's number. Should
            // it not end within five seconds, the process ends anyway.
            var number = context.Signal switch
            {
                System.Runtime.InteropServices.PosixSignal.SIGHUP => 1,
                System.Runtime.InteropServices.PosixSignal.SIGINT => 2,
                _ => 15,
            };
            Volatile.Write(ref stoppedBy, number);
            context.Cancel = true;
            terminal.Error.WriteLine($"kessan: stopped ({context.Signal}); nothing was written.");
            terminal.Error.Flush();
            Kessan.Utility.Interruption.Undo();
            _ = Task.Delay(TimeSpan.FromSeconds(5)).ContinueWith(_ => Environment.Exit(128 + number), TaskScheduler.Default);
        }
        return new Registrations(
        [
            System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Handle),
            System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Handle),
            System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGHUP, Handle),
        ]);
    }

    private sealed class Registrations(IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }

    internal static int Run(string[] args, Terminal terminal)
    {
        // A plain command named "kessan", so that help reads "kessan check" whatever the executable is called.
        var root = new Command("kessan",
            "Kessan turns a listed company's primary financial facts into validated financial statements and an earnings release. " +
            "Every figure is computed from one set of facts, every total is checked, and every format is built from the same numbers.")
        {
            new HelpOption(),
            new VersionOption(),
            CheckCommand.Create(terminal),
            BuildCommand.Create(terminal),
            ExplainCommand.Create(terminal),
            XbrlCommand.Create(terminal),
            Commands.Store.StoreCommand.Create(terminal),
            RollforwardCommand.Create(terminal),
            DiffCommand.Create(terminal),
            UsersCommand.Create(terminal),
            ServeCommand.Create(terminal),
        };
        root.SetAction(_ =>
        {
            terminal.Error.WriteLine("kessan: name a command; 'kessan --help' lists them.");
            return ExitCodes.CannotRead;
        });
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = parse.Invoke(config);
            return parse.Errors.Count > 0 ? ExitCodes.CannotRead : code;
        }
        catch (Exception e)
        {
            // The safety net: a fault in Kessan, not in the package. One line naming what failed, never the data
            // (an exception's message may quote a figure), and exit code 3. Nothing half-written stays: a build
            // publishes its folder whole or not at all.
            terminal.Error.WriteLine($"kessan: internal error ({Unwrap(e).GetType().Name}) in '{parse.CommandResult.Command.Name}'. This is a fault in Kessan, not in the package; please report it. Nothing was written.");
            return ExitCodes.InternalError;
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions: [var only] } ? Unwrap(only) : e;
}
