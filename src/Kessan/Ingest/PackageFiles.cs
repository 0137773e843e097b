using System.Globalization;
using System.Text;
using Kessan.Diagnostics;

namespace Kessan.Ingest;

/// <summary>
/// The one way a package file is read: it must exist and be readable, be valid UTF-8 (a byte order mark is
/// fine), and hold no character that a release may not carry (control characters other than tab, line feed and
/// carriage return; the noncharacters U+FFFE and U+FFFF; lone surrogates) — which XML, and so xlsx, XBRL and
/// Inline XBRL, cannot hold, and a terminal would obey. Each problem is a diagnostic at its file, line and
/// column, so that check finds what build would otherwise stumble on.
/// </summary>
public static class PackageFiles
{
    /// <summary>The text of <paramref name="path"/>, or null when it is missing, unreadable or not valid text (reported).</summary>
    /// <param name="source">The package.</param>
    /// <param name="path">The file, relative to the package.</param>
    /// <param name="reference">Where the package names the file (for a missing file).</param>
    /// <param name="bag">Where problems go.</param>
    public static string? Read(IPackageSource source, string path, SourceLocation reference, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bag);
        string text;
        try
        {
            if (!source.Exists(path))
            {
                bag.Error(DiagnosticCodes.FileMissing, $"File '{path}' does not exist.", reference);
                return null;
            }
            text = source.ReadAllText(path);
        }
        catch (PackageFileRefusedException e)
        {
            bag.Error(DiagnosticCodes.FileMissing, $"File '{path}' is not read: {e.Message}.", reference);
            return null;
        }
        catch (InvalidUtf8Exception e)
        {
            bag.Error(DiagnosticCodes.BadText, "The file is not valid UTF-8 text: save it as UTF-8.", new SourceLocation(path, e.Line, e.Column));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileMissing, $"File '{path}' cannot be read: {e.GetType().Name}.", reference);
            return null;
        }
        return CheckCharacters(path, text, bag) ? text : null;
    }

    /// <summary>Reports every character of <paramref name="text"/> no release may carry (up to 20, then a count); true when there is none.</summary>
    public static bool CheckCharacters(string path, string text, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bag);
        var line = 1;
        var column = 1;
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }
            var bad = (char.IsControl(c) && c is not ('\t' or '\r')) || c is '\uFFFE' or '\uFFFF'
                || (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (bad && found++ < 20)
            {
                bag.Error(DiagnosticCodes.BadText,
                    $"The file holds the character U+{(int)c:X4}, which no release may carry (a control character or a noncharacter); remove it.",
                    new SourceLocation(path, line, column));
            }
            column++;
        }
        if (found > 20)
        {
            bag.Error(DiagnosticCodes.BadText, string.Create(CultureInfo.InvariantCulture, $"…and {found - 20} more such characters in the file."), new SourceLocation(path));
        }
        return found == 0;
    }

    /// <summary>Decodes UTF-8 strictly: invalid bytes throw <see cref="InvalidUtf8Exception"/> with their line and column.</summary>
    public static string DecodeUtf8(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length - start);
            var before = Encoding.UTF8.GetString(bytes, start, at);
            var line = before.Count(ch => ch == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            throw new InvalidUtf8Exception(line, column);
        }
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

/// <summary>A file's bytes are not valid UTF-8; the first invalid byte is at <see cref="Line"/> and <see cref="Column"/>.</summary>
public sealed class InvalidUtf8Exception(int line, int column) : IOException("The file is not valid UTF-8.")
{
    /// <summary>The 1-based line of the first invalid byte.</summary>
    public int Line { get; } = line;

    /// <summary>The 1-based column of the first invalid byte.</summary>
    public int Column { get; } = column;
}
