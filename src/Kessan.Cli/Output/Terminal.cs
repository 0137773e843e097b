namespace Kessan.Cli.Output;

/// <summary>
/// Where the command writes, and whether it may use colour. Both writers are <see cref="TerminalWriter"/>s: text
/// from a package (a name, a path, a message quoting a label) can never act on the terminal; only the colours and
/// redraws made here do.
/// </summary>
internal sealed class Terminal
{
    /// <summary>A terminal writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="Colour">True when ANSI colour may be used (a terminal, and NO_COLOR unset).</param>
    /// <param name="Interactive">True when standard output is a terminal, so a progress line may be redrawn in place.</param>
    public Terminal(TextWriter output, TextWriter error, bool Colour, bool Interactive = false)
    {
        Out = new TerminalWriter(output);
        Error = new TerminalWriter(error);
        this.Colour = Colour;
        this.Interactive = Interactive;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input (a password for <c>kessan users add</c>); empty unless given.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>True when ANSI colour may be used.</summary>
    public bool Colour { get; }

    /// <summary>True when standard output is a terminal.</summary>
    public bool Interactive { get; }

    /// <summary>Goes back to the start of the line and clears it (for a progress line redrawn in place).</summary>
    public static string ClearLine => TerminalWriter.Sequence(TerminalWriter.ClearLine);

    /// <summary>The process's console.</summary>
    public static Terminal FromConsole() => new(Console.Out, Console.Error,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsOutputRedirected)
    {
        Input = Console.In,
    };

    public string Red(string text) => Paint(text, TerminalWriter.Red);

    public string Yellow(string text) => Paint(text, TerminalWriter.Yellow);

    public string Green(string text) => Paint(text, TerminalWriter.Green);

    public string Bold(string text) => Paint(text, TerminalWriter.Bold);

    public string Dim(string text) => Paint(text, TerminalWriter.Dim);

    private string Paint(string text, char style) =>
        Colour ? TerminalWriter.Sequence(style) + text + TerminalWriter.Sequence(TerminalWriter.Reset) : text;
}
