using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// A corpus of markup payloads put in every kind of text a package holds (company name, concept label, section
/// and table titles, row label, table note, chart title, narrative) and built into every format: no format carries
/// active content (a script, an element or attribute the payload brought, a <c>javascript:</c> link, a formula made
/// of text), every XML format is well-formed, and release.md shows the payload as text when a Markdown viewer
/// renders it.
/// </summary>
public sealed partial class MarkupPayloadTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    public static TheoryData<string> Payloads() => new(
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "[click](javascript:alert(1)) and ![x](https://example.com/x.png)",
        "<https://example.com/<script>alert(1)</script>>",
        "<svg onload=alert(1)> &lt;script&gt; ]]> <![CDATA[ x ]]> <?xml version=\"1.0\"?>",
        "=HYPERLINK(\"https://example.com\",\"x\") +cmd|' /C calc'!A0 @SUM(1)",
        "<a href=\"javascript:alert(1)\">x</a> <style>*{display:none}</style>",
        "*bold* **x** `code` # heading | pipe | &amp; &#60;script&#62;");

    private static string Yaml(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private string PackageWith(string payload)
    {
        var sample = SamplePackages.IijFy2012();
        string Replace(string path, string old, string @new)
        {
            var text = sample.ReadAllText(path);
            var at = text.IndexOf(old, StringComparison.Ordinal);
            at.ShouldBeGreaterThanOrEqualTo(0, $"'{old}' in {path}");
            return text[..at] + @new + text[(at + old.Length)..];
        }
        var q = Yaml(payload);
        sample = sample
            .With("package.yaml", Replace("package.yaml", "name: Internet Initiative Japan Inc.", "name: " + q))
            .With("concepts/balance-sheet.yaml", Replace("concepts/balance-sheet.yaml", "label: Cash and cash equivalents", "label: " + q))
            .With("layout/document.yaml", Replace("layout/document.yaml", "title: \"Highlights of Financial Results for {{ setting:period.current_year }}\"", "title: " + q))
            .With("layout/charts.yaml", Replace("layout/charts.yaml", "title: \"Revenues by Line of Business (JPY millions)\"", "title: " + q));
        sample = sample
            .With("layout/statements.yaml", Replace("layout/statements.yaml", "label: Cash and cash equivalents,", "label: " + q + ","));
        sample = sample
            .With("layout/statements.yaml", Replace("layout/statements.yaml", "notes: [\"(Note) {{", "notes: [" + q[..^1] + " {{"))
            .With("narrative/overview.md", sample.ReadAllText("narrative/overview.md") + "\n" + payload + "\n");
        return cli.Write(sample, "payload");
    }

    /// <summary>The elements (a tag with its attributes' names) that the unchanged sample's outputs hold, per output.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Baseline = new(() =>
    {
        using var cli = new CliRun();
        var outDir = cli.PathOf("out");
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", Formats).Code.ShouldBe(0);
        return Markup(outDir).ToDictionary(p => p.Key, p => Elements(p.Value));
    });

    /// <summary>What Markdown in a narrative rightly makes: strong, emphasis, a link.</summary>
    private static readonly string[] Formatting = ["strong", "em", "a href"];

    private const string Formats = "md,html,json,xlsx,xbrl,ixbrl,xsd";

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_in_every_text_field_is_text_in_every_format(string payload)
    {
        var outDir = cli.PathOf("out");
        var (code, output, error) = CliRun.Run("build", PackageWith(payload), "--out", outDir, "--format", Formats);

        code.ShouldBe(0, output + error);
        foreach (var (what, html) in Markup(outDir))
        {
            Elements(html).Except(Baseline.Value[what]).Except(Formatting).ShouldBeEmpty($"{what}: elements or attributes the payload brought");
            StartTag().Matches(html).Where(m => JavascriptLink().IsMatch(m.Value)).Select(m => m.Value).ShouldBeEmpty(what + ": a javascript: address");
        }
        foreach (var xml in new[] { "release.ixbrl.html", "release.xbrl", "release.xsd" })
        {
            Should.NotThrow(() => XDocument.Parse(File.ReadAllText(Path.Combine(outDir, xml))), xml);
        }
        using (JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "figures.json"))))
        {
        }
        NoFormulaFromText(Path.Combine(outDir, "release.xlsx"));
    }

    /// <summary>The outputs a browser shows, as HTML: release.md as a Markdown viewer renders it (raw HTML allowed).</summary>
    private static Dictionary<string, string> Markup(string outDir) => new()
    {
        ["release.html"] = File.ReadAllText(Path.Combine(outDir, "release.html")),
        ["release.ixbrl.html"] = File.ReadAllText(Path.Combine(outDir, "release.ixbrl.html")),
        ["release.md rendered"] = Markdig.Markdown.ToHtml(File.ReadAllText(Path.Combine(outDir, "release.md"))),
    };

    /// <summary>Every start tag as its name and its attributes' names, e.g. <c>a href</c>.</summary>
    private static HashSet<string> Elements(string html) => StartTag().Matches(html)
        .Select(m => string.Join(' ', [m.Groups["name"].Value.ToLowerInvariant(),
            .. m.Groups["attr"].Captures.Select(c => c.Value.ToLowerInvariant()).Order(StringComparer.Ordinal)]))
        .ToHashSet(StringComparer.Ordinal);

    private static void NoFormulaFromText(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var formulas = document.WorkbookPart!.WorksheetParts
            .SelectMany(p => p.Worksheet.Descendants<CellFormula>())
            .Select(f => f.Text)
            .ToList();
        formulas.ShouldNotBeEmpty("the statements' totals are formulas");
        formulas.ShouldAllBe(f => SumFormula().IsMatch(f));
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][\w:.-]*)(?:\s+(?<attr>[^\s=/>""']+)(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>""']+))?)*\s*/?>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptLink();

    [GeneratedRegex(@"^[A-Z0-9:+\-$(),. ]+$")]
    private static partial Regex SumFormula();
}
