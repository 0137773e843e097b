using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Layout.Templates;

/// <summary>Placeholders: <c>{{ expression | format@period#status }}</c>, settings, claims, escapes.</summary>
public partial class TemplateParserTest
{
    private const string Path = "layout/release.yaml";

    private static readonly FiscalCalendar Calendar = new(3, 31, FiscalYearNaming.StartYear);

    private static Period P(string name) => Calendar.TryParse(name, out var p) ? p! : throw new ArgumentException("Not a period: " + name, nameof(name));

    private static Expr E(string text) => new ExprParser(Calendar).Parse(text, out var error) ?? throw new ArgumentException(error!.Message, nameof(text));

    /// <summary>Parses text that starts at line 3, column 5 of the layout file; returns the template and the diagnostics.</summary>
    private static (Template? Template, ImmutableArray<Diagnostic> Diagnostics) ParseAt(string text, int line = 3, int column = 5)
    {
        var bag = new DiagnosticBag();
        var template = new TemplateParser(new ExprParser(Calendar), bag).Parse(text, new SourceLocation(Path, line, column));
        return (template, bag.ToImmutable());
    }

    /// <summary>Parses text that must be well formed.</summary>
    private static ImmutableArray<TemplatePart> Parts(string text, int line = 3, int column = 5)
    {
        var (template, diagnostics) = ParseAt(text, line, column);
        diagnostics.ShouldBeEmpty(string.Join(" | ", diagnostics));
        return template.ShouldNotBeNull().Parts;
    }

    [Fact]
    public void Text_without_placeholders_is_one_literal_at_the_start()
    {
        var parts = Parts("Revenues increased across every segment.");

        parts.ShouldBe([new LiteralPart("Revenues increased across every segment.", new SourceLocation(Path, 3, 5))]);
    }

    [Fact]
    public void Empty_text_is_an_empty_template()
    {
        var (template, diagnostics) = ParseAt("");

        diagnostics.ShouldBeEmpty();
        template.ShouldNotBeNull().IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_figure_placeholder_splits_the_text_and_keeps_each_part_location()
    {
        var parts = Parts("Revenues were JPY{{ Revenues | millions }} million.");

        parts.Length.ShouldBe(3);
        parts[0].ShouldBe(new LiteralPart("Revenues were JPY", new SourceLocation(Path, 3, 5)));
        var figure = parts[1].ShouldBeOfType<FigurePart>();
        figure.Expression.ShouldBe(E("Revenues"));
        figure.Format.ShouldBe(new FormatSpec("millions", []));
        // The expression starts at offset 20 of the text: column 5 + 20.
        figure.Location.ShouldBe(new SourceLocation(Path, 3, 25));
        parts[2].ShouldBe(new LiteralPart(" million.", new SourceLocation(Path, 3, 47)));
    }

    [Fact]
    public void A_placeholder_without_format_uses_the_context_number_format()
    {
        var figure = Parts("{{ yoy(Revenues) }}").ShouldHaveSingleItem().ShouldBeOfType<FigurePart>();

        figure.Expression.ShouldBe(E("yoy(Revenues)"));
        figure.Format.Name.ShouldBe("number");
        figure.Format.Args.ShouldBeEmpty();
    }

    [Fact]
    public void Spaces_inside_the_braces_do_not_matter() =>
        Parts("{{Revenues|millions}}").ShouldHaveSingleItem().ShouldBe(
            new FigurePart(E("Revenues"), new FormatSpec("millions", []), new SourceLocation(Path, 3, 7)));

    [Theory]
    [InlineData("{{ Revenues | millions@FY2011 }}", "millions", "FY2011", null)]
    [InlineData("{{ Revenues | millions@FY2013#target }}", "millions", "FY2013", FactStatus.Target)]
    [InlineData("{{ Revenues | millions#forecast }}", "millions", null, FactStatus.Forecast)]
    [InlineData("{{ Revenues | percent@1H_FY2013#target }}", "percent", "1H FY2013", FactStatus.Target)]
    [InlineData("{{ Cash | thousands@FY2012-end }}", "thousands", "FY2012-end", null)]
    [InlineData("{{ yoy(Revenues) | yoy_phrase@4Q12 }}", "yoy_phrase", "4Q12", null)]
    public void A_format_may_name_the_period_and_status_of_its_figure(string text, string name, string? period, FactStatus? status)
    {
        var format = Parts(text).ShouldHaveSingleItem().ShouldBeOfType<FigurePart>().Format;

        format.Name.ShouldBe(name);
        format.Period.ShouldBe(period is null ? null : P(period));
        format.Status.ShouldBe(status);
    }

    [Fact]
    public void Format_arguments_are_quoted_and_separated_by_commas()
    {
        var format = Parts("{{ OtherIncome | sign:\"an income\", \"an expense\" }}").ShouldHaveSingleItem().ShouldBeOfType<FigurePart>().Format;

        format.Name.ShouldBe("sign");
        format.Args.ShouldBe(["an income", "an expense"]);
        format.ToString().ShouldBe("sign:\"an income\",\"an expense\"");
    }

    [Fact]
    public void A_bar_inside_a_quoted_argument_does_not_end_the_expression()
    {
        var figure = Parts("{{ Revenues | sign:\"a|b\",\"c\" }}").ShouldHaveSingleItem().ShouldBeOfType<FigurePart>();

        figure.Format.Args.ShouldBe(["a|b", "c"]);
    }

    [Theory]
    [InlineData("{{ yoy(Revenues) | yoy_phrase }}", "yoy_phrase")]
    [InlineData("{{ change(Revenues) | updown }}", "updown")]
    [InlineData("{{ change(Revenues) | incdec }}", "incdec")]
    public void Phrase_formats_are_read_like_display_formats(string text, string name) =>
        Parts(text).ShouldHaveSingleItem().ShouldBeOfType<FigurePart>().Format.Name.ShouldBe(name);

    [Fact]
    public void A_setting_placeholder_names_a_package_setting()
    {
        var parts = Parts("The rate used was JPY{{ setting:translation.rate }} per US$1.00.");

        parts[1].ShouldBe(new SettingPart("translation.rate", null, new SourceLocation(Path, 3, 29)));
    }

    [Fact]
    public void A_setting_placeholder_may_have_a_format() =>
        Parts("{{ setting:release_date | date }}").ShouldHaveSingleItem().ShouldBe(
            new SettingPart("release_date", new FormatSpec("date", []), new SourceLocation(Path, 3, 8)));

    [Theory]
    [InlineData(">")]
    [InlineData(">=")]
    [InlineData("<")]
    [InlineData("<=")]
    public void A_claim_compares_two_expressions_and_shows_its_text(string op)
    {
        var claim = Parts($"revenues above {{{{ claim: Revenues {op} 100000000000 | \"JPY100 billion\" }}}}")[1].ShouldBeOfType<ClaimPart>();

        claim.Left.ShouldBe(E("Revenues"));
        claim.Operator.ShouldBe(op);
        claim.Right.ShouldBe(E("100000000000"));
        claim.Text.ShouldBe("JPY100 billion");
        claim.Location.ShouldBe(new SourceLocation(Path, 3, 23));
    }

    [Fact]
    public void A_claim_may_compare_two_figures() =>
        Parts("{{ claim: yoy(OperatingIncome) > yoy(Revenues) | \"faster than revenues\" }}").ShouldHaveSingleItem()
            .ShouldBeOfType<ClaimPart>().Right.ShouldBe(E("yoy(Revenues)"));

    [Fact]
    public void Four_braces_write_two_literal_braces()
    {
        var parts = Parts("Write {{{{ Revenues }} for a placeholder.");

        parts.ShouldBe([new LiteralPart("Write {{ Revenues }} for a placeholder.", new SourceLocation(Path, 3, 5))]);
    }

    [Fact]
    public void A_placeholder_on_a_later_line_is_located_on_that_line()
    {
        var parts = Parts("First line,\nsecond line: {{ Revenues }}.");

        parts[1].ShouldBeOfType<FigurePart>().Location.ShouldBe(new SourceLocation(Path, 4, 17));
        parts[2].ShouldBeOfType<LiteralPart>().Location.ShouldBe(new SourceLocation(Path, 4, 28));
    }

    [Fact]
    public void Adjacent_placeholders_have_no_literal_between_them()
    {
        var parts = Parts("{{ Revenues }}{{ Cash@end }}");

        parts.Select(p => p.GetType()).ShouldBe([typeof(FigurePart), typeof(FigurePart)]);
    }

    [Fact]
    public void A_template_knows_whether_a_figure_uses_the_slot()
    {
        ParseAt("JPY{{ $ | millions }} million").Template!.HasSlot.ShouldBeTrue();
        ParseAt("JPY{{ translate($) | millions1 }} million").Template!.HasSlot.ShouldBeTrue();
        ParseAt("JPY{{ Revenues | millions }} million").Template!.HasSlot.ShouldBeFalse();
    }

    [Fact]
    public void Templates_are_equal_by_value() =>
        ParseAt("up {{ yoy(Revenues) | yoy_phrase }}").Template.ShouldBe(ParseAt("up {{ yoy(Revenues) | yoy_phrase }}").Template);

    [Fact]
    public void Template_literal_makes_a_template_of_plain_text() =>
        Template.Literal("Highlights", new SourceLocation(Path, 1, 1)).Parts.ShouldBe([new LiteralPart("Highlights", new SourceLocation(Path, 1, 1))]);
}
