using System.Globalization;
using System.Text;

namespace Kessan.Cli.Output;

/// <summary>
/// Writes text for a terminal so that nothing in it acts on the terminal: a control character other than tab and
/// line feed (escape, carriage return, backspace, bell, C1 controls, delete) and a bidirectional control (which
/// reorders what is shown) are written as visible escapes such as <c>\x1B</c> or <c>\u202E</c>. Kessan's own
/// colours and redraws are written as <see cref="Sequence"/>s, a noncharacter that no package text holds (reading
/// refuses noncharacters) followed by one of a few letters; only this writer turns those into control sequences.
/// Writes through at once; not thread-safe beyond what the inner writer is.
/// </summary>
/// <param name="inner">Where the text goes.</param>
/// <param name="sequences">False to show the marks of <see cref="Sequence"/> as escapes too.</param>
internal sealed class TerminalWriter(TextWriter inner, bool sequences = true) : TextWriter
{
    public const char Reset = '0';
    public const char Red = 'r';
    public const char Yellow = 'y';
    public const char Green = 'g';
    public const char Bold = 'b';
    public const char Dim = 'd';
    public const char ClearLine = 'c';

    private const char Mark = '\uFDD0';

    private bool marked;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <summary>The mark that this writer turns into the control sequence named by <paramref name="code"/>.</summary>
    public static string Sequence(char code) => string.Concat(Mark, code);

    /// <summary>Text as a terminal should show it, with no control sequence of any kind.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var escaping = new TerminalWriter(writer, sequences: false);
        escaping.Write(text);
        return writer.ToString();
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (marked)
        {
            marked = false;
            var sequence = Control(value);
            inner.Write(sequence ?? Visible(Mark) + Visible(value));
            return;
        }
        if (value == Mark && sequences)
        {
            marked = true;
            return;
        }
        inner.Write(Acts(value) ? Visible(value) : value.ToString());
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        if (!marked && !value.Any(c => c == Mark || Acts(c)))
        {
            inner.Write(value);
            return;
        }
        foreach (var c in value)
        {
            Write(c);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc/>
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    /// <inheritdoc/>
    public override Task FlushAsync() => inner.FlushAsync();

    private static string? Control(char code) => code switch
    {
        Reset => "\u001b[0m",
        Red => "\u001b[31m",
        Yellow => "\u001b[33m",
        Green => "\u001b[32m",
        Bold => "\u001b[1m",
        Dim => "\u001b[2m",
        ClearLine => "\r\u001b[2K",
        _ => null,
    };

    /// <summary>True for a character a terminal acts on rather than shows.</summary>
    private static bool Acts(char c) =>
        (c < ' ' && c is not '\t' and not '\n') || c is >= '\u007f' and <= '\u009f'
        || c is '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069')
        || c == Mark;

    private static string Visible(char c) => c <= '\u00ff'
        ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
        : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}
