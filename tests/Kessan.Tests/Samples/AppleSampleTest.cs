using System.Text.RegularExpressions;
using Kessan.Testing;
using Kessan.Tests.Cli;
using Kessan.Tests.Rendering.Pdf;

namespace Kessan.Tests.Samples;

/// <summary>
/// The Apple 1Q23 sample (samples/apple-1q23) builds in every format with no diagnostic, and its release shows every
/// figure of the published statement of operations and net-sales tables (source-figures.csv) in the same table, row
/// and column with the same text, and the release's sentences with figures (source-text.txt) verbatim.
/// </summary>
public sealed partial class AppleSampleTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private string Build(string formats = "md,html,json,xlsx,xbrl,ixbrl,xsd")
    {
        var outDir = cli.PathOf("out");
        var (code, output, error) = CliRun.Run("build", SamplePackages.Apple1Q23Path, "--out", outDir, "--format", formats);
        code.ShouldBe(0, output + error);
        output.ShouldContain("0 errors, 0 warnings.");
        return outDir;
    }

    [Fact]
    public void The_sample_checks_with_no_error_or_warning()
    {
        var (code, output, error) = CliRun.Run("check", SamplePackages.Apple1Q23Path);

        code.ShouldBe(0, output + error);
        output.ShouldContain("(Apple Inc., 1Q23 results)");
        output.ShouldContain("0 errors, 0 warnings.");
    }

    [Fact]
    public void Every_published_figure_is_in_its_table_row_and_column_with_the_published_text()
    {
        var tables = MarkdownTables(File.ReadAllText(Path.Combine(Build("md"), "release.md")));
        var compared = 0;
        var records = File.ReadLines(Path.Combine(SamplePackages.Apple1Q23Path, "source-figures.csv")).Where(l => !l.StartsWith('#')).Skip(1);
        foreach (var record in records)
        {
            // table,label,occurrence,current,prior; quoted where the text has a comma.
            var f = CsvField().Matches(record).Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["u"].Value).ToArray();
            var (table, label, occurrence) = (f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture));
            tables.ShouldContainKey(table);
            var lines = tables[table].Where(cells => cells[0] == label).ToList();
            lines.Count.ShouldBeGreaterThanOrEqualTo(occurrence, $"{table}: {label}");
            var cells = lines[occurrence - 1];
            cells[1].ShouldBe(f[3], $"{table}: {label} #{occurrence}, current quarter");
            cells[2].ShouldBe(f[4], $"{table}: {label} #{occurrence}, prior-year quarter");
            compared += 2;
        }
        compared.ShouldBe(62);
    }

    [Fact]
    public void The_releases_sentences_with_figures_are_printed_as_published()
    {
        var md = File.ReadAllText(Path.Combine(Build("md"), "release.md")).Replace("\\$", "$", StringComparison.Ordinal);
        var sentences = File.ReadLines(Path.Combine(SamplePackages.Apple1Q23Path, "source-text.txt")).Where(l => !l.StartsWith('#') && l.Length > 0).ToList();

        sentences.Count.ShouldBe(2);
        sentences.ShouldAllBe(s => md.Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_quarter_of_a_53_week_year_is_compared_with_the_calendars_13_week_quarter()
    {
        var xbrl = File.ReadAllText(Path.Combine(Build("xbrl,xsd"), "release.xbrl"));

        xbrl.ShouldContain("<xbrli:startDate>2022-09-25</xbrli:startDate>");
        xbrl.ShouldContain("<xbrli:endDate>2022-12-31</xbrli:endDate>");
        xbrl.ShouldContain("<xbrli:startDate>2021-09-26</xbrli:startDate>");
        xbrl.ShouldContain("<xbrli:endDate>2021-12-25</xbrli:endDate>");
        xbrl.ShouldContain("<xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0000320193</xbrli:identifier>");
    }

    [Fact]
    public void The_XBRL_uses_the_2022_taxonomy_and_states_the_cover_of_a_first_quarter_8_K()
    {
        var xbrl = File.ReadAllText(Path.Combine(Build("xbrl,xsd"), "release.xbrl"));

        xbrl.ShouldContain("xmlns:us-gaap=\"http://fasb.org/us-gaap/2022\"");
        xbrl.ShouldContain("<us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax contextRef=\"D20220925-20221231\" unitRef=\"USD\" decimals=\"-6\">117154000000</us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax>");
        xbrl.ShouldContain("<dei:DocumentType contextRef=\"D20220925-20221231\">8-K</dei:DocumentType>");
        xbrl.ShouldContain("<dei:DocumentFiscalYearFocus contextRef=\"D20220925-20221231\">2023</dei:DocumentFiscalYearFocus>");
        xbrl.ShouldContain("<dei:DocumentFiscalPeriodFocus contextRef=\"D20220925-20221231\">Q1</dei:DocumentFiscalPeriodFocus>");
        xbrl.ShouldContain("<dei:EntityCentralIndexKey contextRef=\"D20220925-20221231\">0000320193</dei:EntityCentralIndexKey>");
    }

    [Theory]
    [InlineData("release.xbrl")]
    [InlineData("release.ixbrl.html")]
    public void The_XBRL_files_pass_Kessans_XBRL_checks(string file)
    {
        var outDir = Build("xbrl,ixbrl,xsd");

        var (code, output, error) = CliRun.Run("xbrl", "check", Path.Combine(outDir, file), "--package", SamplePackages.Apple1Q23Path);

        code.ShouldBe(0, output + error);
        output.ShouldContain("0 errors, 0 warnings.");
        output.ShouldMatch(@"calculations\s+16 summations");
    }

    [NeedsToolsFact(Tools.Chromium | Tools.Poppler)]
    public void The_sample_builds_in_every_format_and_no_pdf_page_ends_with_a_row_heading()
    {
        ExternalTools.Require(Tools.Chromium | Tools.Poppler);
        var outDir = cli.PathOf("all");
        var (code, output, error) = CliRun.Run("build", SamplePackages.Apple1Q23Path, "--out", outDir);
        code.ShouldBe(0, output + error);
        output.ShouldContain("0 errors, 0 warnings.");
        foreach (var file in new[] { "release.md", "release.html", "release.pdf", "figures.json", "release.xlsx", "release.xbrl", "release.ixbrl.html", "release.xsd" })
        {
            File.Exists(Path.Combine(outDir, file)).ShouldBeTrue(file);
        }

        // "Earnings per share:" and the other headings of the statement stay with the rows they head.
        var pages = Poppler.PageTexts(Path.Combine(outDir, "release.pdf"));
        foreach (var page in pages)
        {
            var lines = page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "Apple Inc., 1Q23 results" && !l.StartsWith("Page ", StringComparison.Ordinal)).ToList();
            lines[^1].EndsWith(':').ShouldBeFalse($"a page ends with the row heading '{lines[^1]}'");
        }
        string.Join('\n', pages).ShouldContain("Apple Inc., 1Q23 results");
    }

    /// <summary>The release's tables by their bold title: rows of cells, labels without markup.</summary>
    private static Dictionary<string, List<string[]>> MarkdownTables(string md)
    {
        var tables = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? current = null;
        foreach (var line in md.Split('\n'))
        {
            if (Title().Match(line) is { Success: true } title)
            {
                current = tables[title.Groups[1].Value] = [];
            }
            else if (current is not null && line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
            {
                current.Add([.. line.Trim('|').Split(" | ").Select(c => c.Replace("&emsp;", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal).Trim())]);
            }
        }
        return tables;
    }

    [GeneratedRegex("(?:^|,)(?:\"(?<q>[^\"]*)\"|(?<u>[^,]*))")]
    private static partial Regex CsvField();

    [GeneratedRegex(@"^\*\*(.+)\*\*$")]
    private static partial Regex Title();
}
