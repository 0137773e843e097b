using System.Text;
using Kessan.Rendering;
using Kessan.Rendering.Html;
using Kessan.Rendering.Pdf;

namespace Kessan.Tests.Rendering.Pdf;

/// <summary>
/// Printing with Chromium: Japanese in an embedded CJK font, the same bytes for the same page and date, no
/// temporary files left behind, and a plain sentence (without figures) when the browser is missing, fails or
/// hangs.
/// </summary>
public sealed class PdfFormatTest : IDisposable
{
    /// <summary>A folder of this test's own, in which the format makes (and must delete) its temporary folders.</summary>
    private readonly string root = Path.Combine(Path.GetTempPath(), "kessan-pdf-format-test-" + Guid.NewGuid().ToString("N"));

    public PdfFormatTest() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(root, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>A program that stands in for the browser: a shell script with <paramref name="body"/>.</summary>
    private string FakeBrowser(string body)
    {
        var path = Path.Combine(root, "fake-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    /// <summary>The temporary folders the format left in <see cref="root"/>.</summary>
    private string[] LeftOver() => [.. Directory.GetDirectories(root, "kessan-pdf-*").Select(Path.GetFileName)!];

    [NeedsToolsFact(Tools.Chromium | Tools.Poppler)]
    public void Japanese_text_is_printed_in_an_embedded_cjk_font_and_reads_back_as_written()
    {
        ExternalTools.Require(Tools.Chromium | Tools.Poppler);
        var html = HtmlRenderer.Render(Documents.Japanese(), new HtmlOptions(Language: "ja", Footer: "インターネットイニシアティブ 決算"));

        var path = Save(new PdfFormat(temporaryRoot: root).Print(html), "japanese.pdf");

        var text = Poppler.Normalized(Poppler.Text(path));
        foreach (var words in new[] { "決算短信〔米国基準〕（連結）", "連結業績", "売上高は", "百万円となりました。", "前期", "当期", "営業利益", "インターネットイニシアティブ 決算", "Page 1 of 1" })
        {
            text.ShouldContain(words, Case.Sensitive);
        }
        var fonts = Poppler.Fonts(path);
        fonts.ShouldAllBe(f => f.Embedded);
        // IPA P Gothic is TrueType, so Chromium embeds it under its name (Noto Sans CJK would be unnamed Type 3 outlines).
        fonts.Where(f => f.Type == "CID TrueType").Select(f => f.Name).ShouldContain("IPAPGothic");
        LeftOver().ShouldBeEmpty();
    }

    [NeedsToolsFact(Tools.Chromium)]
    public void The_same_page_printed_twice_on_one_date_gives_the_same_bytes_dated_that_day()
    {
        ExternalTools.Require(Tools.Chromium);
        var html = HtmlRenderer.Render(Documents.Release(), new HtmlOptions(Footer: "Example Corp., FY2012 results"));
        var format = new PdfFormat(temporaryRoot: root);

        var first = format.Print(html, new DateOnly(2013, 5, 15));
        var second = format.Print(html, new DateOnly(2013, 5, 15));

        // Where two prints differ, if ever: the first differing byte and the text around it.
        var at = first.AsSpan().CommonPrefixLength(second);
        (at == first.Length && first.Length == second.Length).ShouldBeTrue(
            $"the prints differ from byte {at}: '{Encoding.Latin1.GetString(first, Math.Max(0, at - 60), Math.Min(120, first.Length - Math.Max(0, at - 60)))}' against "
            + $"'{Encoding.Latin1.GetString(second, Math.Max(0, at - 60), Math.Min(120, second.Length - Math.Max(0, at - 60)))}'");
        var text = Encoding.Latin1.GetString(first);
        text.ShouldContain("/CreationDate (D:20130515000000+00'00')");
        text.ShouldContain("/ModDate (D:20130515000000+00'00')");
        LeftOver().ShouldBeEmpty();
    }

    [Fact]
    public void Dates_are_rewritten_in_place_so_the_file_keeps_its_length_and_offsets()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj << /Producer (Skia) /CreationDate (D:20261122034045+00'00') /ModDate (D:20261122034046+00'00') >>\nxref 120\n%%EOF\n");

        var dated = PdfFormat.WithDates(pdf, new DateOnly(2013, 5, 15));

        dated.Length.ShouldBe(pdf.Length);
        Encoding.Latin1.GetString(dated).ShouldBe(
            "%PDF-1.4\n1 0 obj << /Producer (Skia) /CreationDate (D:20130515000000+00'00') /ModDate (D:20130515000000+00'00') >>\nxref 120\n%%EOF\n");
    }

    [Fact]
    public void Without_a_browser_the_format_is_unavailable_and_says_how_to_install_it()
    {
        var format = new PdfFormat(Path.Combine(root, "no-such-chromium"));

        format.Browser.ShouldBeNull();
        var why = format.Unavailable(null!);
        why.ShouldNotBeNull();
        why.ShouldStartWith("PDF needs Chromium and fonts for it: apt-get install chromium ");
        why.ShouldContain("fonts-ipafont");
        Should.Throw<OutputException>(() => format.Print("<!DOCTYPE html><p>x</p>")).Message.ShouldBe(why);
    }

    [Fact]
    public void A_browser_that_fails_is_an_output_error_that_gives_its_exit_code_and_not_its_output()
    {
        var browser = FakeBrowser("echo 'Revenues 106,248' >&2\nexit 3");

        var e = Should.Throw<OutputException>(() => new PdfFormat(browser, temporaryRoot: root).Print("<!DOCTYPE html><p>106,248</p>"));

        e.Message.ShouldBe("Chromium did not print the PDF (exit code 3, no file written).");
        LeftOver().ShouldBeEmpty();
    }

    [Fact]
    public void A_browser_that_writes_no_pdf_or_something_else_is_an_output_error()
    {
        var silent = FakeBrowser("exit 0");
        var wrong = FakeBrowser("for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) echo 'not a pdf' > \"${a#--print-to-pdf=}\";; esac; done");

        Should.Throw<OutputException>(() => new PdfFormat(silent, temporaryRoot: root).Print("<p>x</p>"))
            .Message.ShouldBe("Chromium did not print the PDF (exit code 0, no file written).");
        Should.Throw<OutputException>(() => new PdfFormat(wrong, temporaryRoot: root).Print("<p>x</p>"))
            .Message.ShouldBe("Chromium wrote something that is not a PDF.");
        LeftOver().ShouldBeEmpty();
    }

    [Fact]
    public void A_browser_that_hangs_is_stopped_after_the_timeout()
    {
        var browser = FakeBrowser("sleep 30");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var e = Should.Throw<OutputException>(() => new PdfFormat(browser, TimeSpan.FromSeconds(1), root).Print("<p>x</p>"));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        e.Message.ShouldStartWith("Printing the PDF took too long: ");
        LeftOver().ShouldBeEmpty();
    }

    [Fact]
    public void A_browser_that_hangs_is_stopped_with_every_process_it_started()
    {
        var pidFile = Path.Combine(root, "child.pid");
        var browser = FakeBrowser($"sleep 300 &\necho $! > '{pidFile}'\nsleep 300");

        Should.Throw<OutputException>(() => new PdfFormat(browser, TimeSpan.FromSeconds(1), root).Print("<p>x</p>"));

        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        // A killed child may linger a moment as a zombie of the init process: wait for it to go.
        var gone = SpinWait.SpinUntil(() => !File.Exists($"/proc/{child}") || File.ReadAllText($"/proc/{child}/stat").Contains(") Z ", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        gone.ShouldBeTrue("the browser's child process was stopped too");
    }

    [Fact]
    public void The_page_is_printed_from_a_folder_only_its_owner_can_enter()
    {
        var modeFile = Path.Combine(root, "mode.txt");
        var browser = FakeBrowser($"for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) stat -c %a \"$(dirname \"${{a#--print-to-pdf=}}\")\" > '{modeFile}';; esac; done\nexit 3");

        Should.Throw<OutputException>(() => new PdfFormat(browser, temporaryRoot: root).Print("<!DOCTYPE html><p>106,248</p>"));

        File.ReadAllText(modeFile).Trim().ShouldBe("700", "the page holds unreleased figures");
        LeftOver().ShouldBeEmpty();
    }

    [Fact]
    public void The_pdf_format_is_registered_after_html_and_writes_release_pdf()
    {
        var names = OutputFormats.All.Select(f => f.Name).ToList();

        names.IndexOf("pdf").ShouldBe(names.IndexOf("html") + 1);
        var pdf = OutputFormats.Find("pdf").ShouldBeOfType<PdfFormat>();
        pdf.FileName.ShouldBe("release.pdf");
        pdf.Timeout.ShouldBe(TimeSpan.FromMinutes(2));
    }
}
