namespace Kessan.Cli.Output;

/// <summary>Where the command writes, and whether it may use colour.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Colour">True when ANSI colour may be used (a terminal, and NO_COLOR unset).</param>
/// <param name="Interactive">True when standard output is a terminal, so a progress line may be redrawn in place.</param>
internal sealed record Terminal(TextWriter Out, TextWriter Error, bool Colour, bool Interactive = false)
{
    /// <summary>The process's console.</summary>
    public static Terminal FromConsole() => new(Console.Out, Console.Error,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsOutputRedirected);

    public string Red(string text) => Paint(text, "31");

    public string Yellow(string text) => Paint(text, "33");

    public string Green(string text) => Paint(text, "32");

    public string Bold(string text) => Paint(text, "1");

    public string Dim(string text) => Paint(text, "2");

    private string Paint(string text, string code) => Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
