using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kessan.Rendering.Pdf;

/// <summary>
/// <c>release.pdf</c>: the HTML page (<see cref="ReleaseOutput.Html"/>, charts included) printed to A4 by
/// headless Chromium. The page's print stylesheet does the paging: the footer names the company and the
/// results and numbers the pages ("Page 3 of 15", CSS page-margin boxes), table rows never split across
/// pages, and a small table stays on one page.
/// </summary>
/// <remarks>
/// Chromium runs offline, with a profile of its own in a temporary folder that is deleted afterwards; the
/// page loads nothing (its styles and charts are inline). Japanese text needs a CJK font on the machine:
/// the stylesheet asks for IPA P Gothic (fonts-ipafont), which Chromium embeds as a named TrueType font,
/// then Noto Sans CJK. Thread-safe: every call runs its own browser.
/// </remarks>
public sealed partial class PdfFormat : IOutputFormat
{
    /// <summary>The environment variable that names the browser when it is not on <c>PATH</c> under a usual name.</summary>
    public const string ChromiumVariable = "KESSAN_CHROMIUM";

    private static readonly string[] Browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly string? chromium;
    private readonly string? temporaryRoot;

    /// <summary>Creates the format.</summary>
    /// <param name="chromium">The browser: a name looked up on <c>PATH</c> or a path; null for <c>KESSAN_CHROMIUM</c>, else the usual names.</param>
    /// <param name="timeout">How long printing one release may take; two minutes by default.</param>
    /// <param name="temporaryRoot">The folder in which the temporary folder of each print is made and deleted; null for the system's.</param>
    public PdfFormat(string? chromium = null, TimeSpan? timeout = null, string? temporaryRoot = null)
    {
        this.chromium = chromium;
        this.temporaryRoot = temporaryRoot;
        Timeout = timeout ?? TimeSpan.FromMinutes(2);
    }

    /// <inheritdoc/>
    public string Name => "pdf";

    /// <inheritdoc/>
    public string FileName => "release.pdf";

    /// <inheritdoc/>
    public string Description => "the release as an A4 PDF with charts and numbered pages, printed from the HTML page by Chromium";

    /// <inheritdoc/>
    public int Weight => 500;

    /// <summary>How long printing one release may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The browser's full path, or null when there is none.</summary>
    public string? Browser =>
        chromium is not null ? ExternalTool.Find(chromium)
        : Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } named ? ExternalTool.Find(named)
        : Browsers.Select(ExternalTool.Find).FirstOrDefault(p => p is not null);

    /// <summary>What to do when there is no browser.</summary>
    private static string Missing =>
        $"PDF needs Chromium and fonts for it: apt-get install chromium fonts-liberation fonts-ipafont fonts-noto-cjk (or set {ChromiumVariable} to the browser).";

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output) => Browser is null ? Missing : null;

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Print(output.Html, output.Package.Reporting.ReleaseDate);
    }

    /// <summary>Prints a standalone HTML page to PDF.</summary>
    /// <param name="html">The page.</param>
    /// <param name="date">
    /// The date the PDF says it was made and changed (its release date), so that printing the same page twice
    /// gives the same bytes; null keeps the time Chromium writes.
    /// </param>
    /// <exception cref="OutputException">Chromium is missing, fails, overruns <see cref="Timeout"/>, or writes no PDF.</exception>
    public byte[] Print(string html, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var browser = Browser ?? throw new OutputException(Missing);
        var folder = Path.Combine(temporaryRoot ?? Path.GetTempPath(), "kessan-pdf-" + Guid.NewGuid().ToString("N"));
        // The page holds the unreleased figures: only the user who builds may enter the folder (0700).
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        using var removeOnSignal = Kessan.Utility.Interruption.Folder(folder);
        try
        {
            var page = Path.Combine(folder, "release.html");
            var pdf = Path.Combine(folder, "release.pdf");
            File.WriteAllText(page, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            string[] arguments =
            [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + Path.Combine(folder, "profile"),
                "--no-pdf-header-footer",
                // The same page gives the same bytes whatever the load of the machine: text laid out without
                // subpixel positioning or hinting, every stage of layout run before printing, and time that only
                // advances as the page lets it (no timer or font load may land between two prints differently).
                "--font-render-hinting=none",
                "--disable-font-subpixel-positioning",
                "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=10000",
                "--print-to-pdf=" + pdf,
                new Uri(page).AbsoluteUri,
            ];
            ToolRun run;
            try
            {
                run = ExternalTool.Run(browser, arguments, input: null, folder, Timeout);
            }
            catch (TimeoutException e)
            {
                throw new OutputException("Printing the PDF took too long: " + e.Message, e);
            }
            catch (Win32Exception e)
            {
                throw new OutputException("Chromium could not be started to print the PDF: " + e.Message, e);
            }
            if (run.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new OutputException(string.Create(CultureInfo.InvariantCulture,
                    $"Chromium did not print the PDF (exit code {run.ExitCode}{(File.Exists(pdf) ? "" : ", no file written")})."));
            }
            var bytes = File.ReadAllBytes(pdf);
            if (bytes.Length < 5 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                throw new OutputException("Chromium wrote something that is not a PDF.");
            }
            return date is { } d ? WithDates(bytes, d) : bytes;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the browser still holds; the temporary folder is the system's to clean.
            }
        }
    }

    /// <summary>
    /// The PDF with its creation and modification dates set to midnight UTC of <paramref name="date"/>. Each date
    /// is rewritten in place with as many bytes, so the offsets of the file's cross-reference table stay right.
    /// </summary>
    internal static byte[] WithDates(byte[] pdf, DateOnly date)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = "D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000+00'00'";
        var result = DateEntry().Replace(text, m => m.Groups["date"].Value.Length == stamp.Length ? m.Groups["key"].Value + stamp + ")" : m.Value);
        return Encoding.Latin1.GetBytes(result);
    }

    [GeneratedRegex(@"(?<key>/(?:CreationDate|ModDate) \()(?<date>D:[0-9]{14}[^)]{0,7})\)", RegexOptions.CultureInvariant)]
    private static partial Regex DateEntry();
}
