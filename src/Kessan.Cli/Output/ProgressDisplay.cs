namespace Kessan.Cli.Output;

/// <summary>
/// Shows the progress of steps that may finish in any order: on a terminal, one line redrawn in place
/// ("[2/5] release.pdf"); otherwise nothing until the end, so that logs hold only the final lines.
/// Thread-safe.
/// </summary>
internal sealed class ProgressDisplay(Terminal terminal, int total)
{
    private readonly Lock gate = new();
    private int done;
    private bool drawn;

    /// <summary>Marks one step as started or finished with a label; redraws the line on a terminal.</summary>
    public void Report(string label, bool finished)
    {
        if (!terminal.Interactive)
        {
            return;
        }
        lock (gate)
        {
            if (finished)
            {
                done++;
            }
            terminal.Out.Write($"{Terminal.ClearLine}{terminal.Dim($"[{done}/{total}]")} {label}");
            terminal.Out.Flush();
            drawn = true;
        }
    }

    /// <summary>Clears the progress line, before the final lines are written.</summary>
    public void Clear()
    {
        lock (gate)
        {
            if (drawn)
            {
                terminal.Out.Write(Terminal.ClearLine);
                terminal.Out.Flush();
                drawn = false;
            }
        }
    }
}
