using System.Collections.Immutable;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Layout.Templates;

/// <summary>Narrative Markdown: front matter, headings, lists and paragraphs, each placeholder located in the file.</summary>
public class NarrativeParserTest
{
    private const string Path = "narrative/overview.md";

    private static readonly Lazy<ReleasePackage> Package = new(() => new PackageBuilder()
        .WithConcepts("""
            concepts:
              - id: Revenues
                label: Total revenues
                period: duration
                balance: credit
            """)
        .WithFacts("concept,FY2011,FY2012\nRevenues,\"97,314,605\",\"106,248,486\"\n")
        .LoadClean());

    private static Period P(string name) => Package.Value.Calendar.TryParse(name, out var p) ? p! : throw new ArgumentException("Not a period: " + name, nameof(name));

    private static (ParsedNarrative Narrative, ImmutableArray<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var bag = new DiagnosticBag();
        var parsed = NarrativeParser.Parse(new NarrativeText("overview", markdown, new SourceLocation(Path)), Package.Value, bag);
        return (parsed, bag.ToImmutable());
    }

    private static ParsedNarrative ParseClean(string markdown)
    {
        var (parsed, diagnostics) = Parse(markdown);
        diagnostics.ShouldBeEmpty(string.Join(" | ", diagnostics));
        return parsed;
    }

    private static string Text(Template t) =>
        string.Concat(t.Parts.Select(p => p switch { LiteralPart l => l.Text, FigurePart f => "{" + f.Expression + "}", _ => "?" }));

    [Fact]
    public void Without_front_matter_placeholders_are_in_the_current_year_actual()
    {
        var n = ParseClean("Revenues were JPY{{ Revenues | millions }} million.");

        n.Id.ShouldBe("overview");
        n.Period.ShouldBe(P("FY2012"));
        n.Status.ShouldBe(FactStatus.Actual);
    }

    [Fact]
    public void Front_matter_sets_the_period_and_status_of_placeholders()
    {
        var n = ParseClean("""
            ---
            period: 1H FY2013
            status: target
            ---
            We target revenues of JPY{{ Revenues | millions }} million.
            """);

        n.Period.ShouldBe(P("1H FY2013"));
        n.Status.ShouldBe(FactStatus.Target);
        n.Blocks.ShouldHaveSingleItem().Location.ShouldBe(new SourceLocation(Path, 5, 1));
    }

    [Fact]
    public void Blocks_are_headings_lists_and_paragraphs_separated_by_blank_lines()
    {
        var n = ParseClean("""
            ## Highlights

            - Revenues {{ Revenues }}
            - Costs

            First line
            second line.
            """);

        n.Blocks.Select(b => b.Kind).ShouldBe([NarrativeBlockKind.Heading, NarrativeBlockKind.List, NarrativeBlockKind.Paragraph]);
        n.Blocks[0].Level.ShouldBe(2);
        Text(n.Blocks[0].Items.ShouldHaveSingleItem()).ShouldBe("Highlights");
        n.Blocks[1].Items.Select(Text).ShouldBe(["Revenues {Revenues}", "Costs"]);
        Text(n.Blocks[2].Items.ShouldHaveSingleItem()).ShouldBe("First line second line.");
        n.Blocks.Select(b => b.Location.Line).ShouldBe([1, 3, 6]);
    }

    [Theory]
    [InlineData("# One", 1)]
    [InlineData("### Three", 3)]
    [InlineData("###### Six", 4)]
    public void Heading_levels_run_from_one_to_four(string line, int level) =>
        ParseClean(line).Blocks.ShouldHaveSingleItem().Level.ShouldBe(level);

    [Fact]
    public void A_heading_starts_a_new_block_even_without_a_blank_line() =>
        ParseClean("Text\n## Heading\nMore text").Blocks.Select(b => b.Kind)
            .ShouldBe([NarrativeBlockKind.Paragraph, NarrativeBlockKind.Heading, NarrativeBlockKind.Paragraph]);

    [Fact]
    public void Placeholders_are_located_at_their_line_and_column_in_the_file()
    {
        var n = ParseClean("""
            ---
            period: FY2012
            ---
            ## Revenues of {{ Revenues | millions }}

            - up {{ yoy(Revenues) | yoy_phrase }}

            Our revenues were
              JPY{{ Revenues | millions }} million.
            """);

        n.Blocks[0].Items[0].Parts.OfType<FigurePart>().Single().Location.ShouldBe(new SourceLocation(Path, 4, 19));
        n.Blocks[1].Items[0].Parts.OfType<FigurePart>().Single().Location.ShouldBe(new SourceLocation(Path, 6, 9));
        n.Blocks[2].Items[0].Parts.OfType<FigurePart>().Single().Location.ShouldBe(new SourceLocation(Path, 9, 9));
    }

    [Fact]
    public void Windows_line_endings_leave_no_carriage_returns_in_the_text()
    {
        var n = ParseClean("## Title\r\n\r\n- item\r\n\r\nFirst\r\nsecond\r\n");

        n.Blocks.SelectMany(b => b.Items).Select(Text).ShouldBe(["Title", "item", "First second"]);
    }

    [Fact]
    public void A_malformed_placeholder_is_reported_at_its_line_in_the_file()
    {
        var (n, diagnostics) = Parse("""
            ---
            status: target
            ---
            Revenues were {{ Revenues | millions

            Net income was {{ yoy(NetIncome }}.
            """);

        diagnostics.Length.ShouldBe(2);
        diagnostics[0].ShouldBeAt(DiagnosticCodes.TemplateSyntax, Path, 4, 15);
        diagnostics[1].ShouldBeAt(DiagnosticCodes.ExpressionSyntax, Path, 6, 32);
        n.Status.ShouldBe(FactStatus.Target);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_at_the_first_line()
    {
        var (_, diagnostics) = Parse("---\nperiod: FY2013\nText");

        var d = diagnostics.Single().ShouldBeAt(DiagnosticCodes.TemplateSyntax, Path, 1, 1);
        d.Message.ShouldBe("The front matter '---' is not closed with another '---' line.");
    }

    [Theory]
    [InlineData("period: FY20x", DiagnosticCodes.InvalidValue, "'FY20x' is not a period (FY2012, 4Q12, 1H FY2013, ...).")]
    [InlineData("status: planned", DiagnosticCodes.InvalidValue, "'status' must be actual, target or forecast.")]
    [InlineData("perod: FY2013", DiagnosticCodes.UnknownKey, "Unknown front-matter key 'perod'. Known keys here: period, status.")]
    public void A_bad_front_matter_line_is_reported_at_its_line(string line, string code, string message)
    {
        var (n, diagnostics) = Parse($"---\nstatus: actual\n{line}\n---\nText");

        var d = diagnostics.Single().ShouldBeAt(code, Path, 3, 1);
        d.Message.ShouldBe(message);
        n.Period.ShouldBe(P("FY2012"));
        n.Blocks.ShouldHaveSingleItem();
    }
}
