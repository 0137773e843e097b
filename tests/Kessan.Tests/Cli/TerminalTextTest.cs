using Kessan.Cli.Output;

namespace Kessan.Tests.Cli;

/// <summary>Nothing a package or a command line holds acts on the terminal: control and bidirectional characters are shown as escapes; Kessan's own colours still work.</summary>
public sealed class TerminalTextTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("\u001b[2J\u001b]0;owned\u0007", "\\x1B[2J\\x1B]0;owned\\x07")]
    [InlineData("ok\rFAIL", "ok\\x0DFAIL")]
    [InlineData("abc\u202Edef", "abc\\u202Edef")]
    [InlineData("\u009b31m", "\\x9B31m")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    [InlineData("\uFDD0r", "\\uFDD0r")]
    public void Control_characters_are_shown_as_escapes(string text, string shown)
    {
        TerminalWriter.Escape(text).ShouldBe(shown);
    }

    [Fact]
    public void Kessans_own_colours_become_ansi_sequences()
    {
        using var output = new StringWriter();
        var terminal = new Terminal(output, TextWriter.Null, Colour: true);

        terminal.Out.Write(terminal.Red("error") + " in \u001b[32m");

        output.ToString().ShouldBe("\u001b[31merror\u001b[0m in \\x1B[32m");
    }

    [Fact]
    public void A_folder_named_with_escape_sequences_is_printed_with_them_escaped()
    {
        var folder = cli.PathOf("pkg\u001b[2J\u001b]8;;https://example.com\u0007link\u202E");

        var (code, output, error) = CliRun.Run("check", folder);

        code.ShouldBe(2);
        (output + error).ShouldNotContain("\u001b");
        (output + error).ShouldNotContain("\u0007");
        (output + error).ShouldNotContain("\u202E");
        (output + error).ShouldContain("pkg\\x1B[2J");
    }
}
