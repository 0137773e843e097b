using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kessan.Rendering;

namespace Kessan.Tests.Rendering.Pdf;

/// <summary>A font of a PDF as <c>pdffonts</c> lists it.</summary>
/// <param name="Name">The font's name without its subset tag (<c>LiberationSans</c>), or <c>[none]</c>.</param>
/// <param name="Type">The font type (<c>CID TrueType</c>, <c>Type 3</c>).</param>
/// <param name="Embedded">True when the font is embedded.</param>
public sealed record PdfFont(string Name, string Type, bool Embedded);

/// <summary>A word of a PDF page with its box, in points from the top left, as <c>pdftotext -bbox</c> gives it.</summary>
public sealed record PdfWord(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>Reads a PDF back with poppler-utils: its text, page count, fonts and words.</summary>
internal static partial class Poppler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private static string Run(string program, params string[] arguments)
    {
        var path = ExternalTool.Find(program) ?? throw new ShouldAssertException(program + " is not installed (apt-get install poppler-utils).");
        var run = ExternalTool.Run(path, arguments, null, Path.GetTempPath(), Timeout);
        run.ExitCode.ShouldBe(0, program + ": " + run.Error);
        return run.Output;
    }

    /// <summary>The text of the whole PDF, pages separated by form feeds.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>The text of each page, in order.</summary>
    public static string[] PageTexts(string pdf) => Text(pdf).Split('\f')[..Pages(pdf)];

    /// <summary>What <c>pdfinfo</c> says.</summary>
    public static string Info(string pdf) => Run("pdfinfo", pdf);

    /// <summary>The number of pages.</summary>
    public static int Pages(string pdf) => int.Parse(PagesLine().Match(Info(pdf)).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The fonts <c>pdffonts</c> lists.</summary>
    public static IReadOnlyList<PdfFont> Fonts(string pdf) =>
        [.. Run("pdffonts", pdf).Split('\n').Skip(2).Select(l => FontLine().Match(l)).Where(m => m.Success)
            .Select(m => new PdfFont(SubsetTag().Replace(m.Groups["name"].Value, ""), m.Groups["type"].Value.Trim(), m.Groups["emb"].Value == "yes"))];

    /// <summary>Every word of every page with its box.</summary>
    public static IReadOnlyList<PdfWord> Words(string pdf)
    {
        var xhtml = XDocument.Parse(Run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-"));
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        var words = new List<PdfWord>();
        var page = 0;
        foreach (var p in xhtml.Descendants(ns + "page"))
        {
            page++;
            foreach (var w in p.Elements(ns + "word"))
            {
                double At(string name) => double.Parse((string)w.Attribute(name)!, CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, w.Value, At("xMin"), At("yMin"), At("xMax"), At("yMax")));
            }
        }
        return words;
    }

    /// <summary>Text with every run of white space made one space, and a space at each end.</summary>
    public static string Normalized(string text) => " " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";

    /// <summary>How often <paramref name="words"/> occurs in <paramref name="text"/> as whole words.</summary>
    public static int Occurrences(string text, string words) =>
        Regex.Matches(text, @"(?<!\S)" + Regex.Escape(words) + @"(?!\S)", RegexOptions.CultureInvariant).Count;

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^(?<name>\S+)\s+(?<type>\S.*?)\s{2,}(?<enc>\S+)\s+(?<emb>yes|no)\s+(?<sub>yes|no)\s+(?<uni>yes|no)", RegexOptions.CultureInvariant)]
    private static partial Regex FontLine();

    [GeneratedRegex(@"^[A-Z]{6}\+", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetTag();
}
