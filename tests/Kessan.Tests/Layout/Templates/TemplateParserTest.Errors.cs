using Kessan.Diagnostics;

namespace Kessan.Tests.Layout.Templates;

/// <summary>Malformed placeholders are reported with file, line and column, and every one of them is reported.</summary>
public partial class TemplateParserTest
{
    private static Diagnostic SingleError(string text, int line = 3, int column = 5)
    {
        var (template, diagnostics) = ParseAt(text, line, column);
        template.ShouldBeNull();
        var d = diagnostics.Single();
        d.IsError.ShouldBeTrue();
        return d;
    }

    [Fact]
    public void An_unclosed_placeholder_is_reported_at_its_braces()
    {
        var d = SingleError("Revenues were {{ Revenues | millions million.");

        d.ShouldBeAt(DiagnosticCodes.TemplateSyntax, Path, 3, 19);
        d.Message.ShouldBe("A placeholder '{{' is not closed with '}}'.");
    }

    [Theory]
    [InlineData("JPY{{ Revenues + }} million", 21, "The expression ends too early.")]
    [InlineData("JPY{{ Revenues[Segment=ATM }} million", 19, "A member list '[' is not closed with ']'.")]
    [InlineData("JPY{{ Revenues@FY20x | millions }}", 20, "'FY20x' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, start, end, prior).")]
    [InlineData("JPY{{ Revenues % 2 }}", 20, "Unexpected '%'.")]
    [InlineData("{{ }}", 8, "An expression is empty.")]
    public void A_malformed_expression_is_reported_at_the_character_where_it_went_wrong(string text, int column, string message)
    {
        var d = SingleError(text);

        d.ShouldBeAt(DiagnosticCodes.ExpressionSyntax, Path, 3, column);
        d.Message.ShouldBe(message);
    }

    [Fact]
    public void An_expression_error_on_a_later_line_is_reported_on_that_line()
    {
        var d = SingleError("First line\nand then {{ yoy(Revenues }}.");

        d.ShouldBeAt(DiagnosticCodes.ExpressionSyntax, Path, 4, 25);
        d.Message.ShouldBe("Expected ')' at the end.");
    }

    [Theory]
    [InlineData("{{ Revenues | }}", "A '|' must be followed by a format name.")]
    [InlineData("{{ Revenues | @FY2011 }}", "A '|' must be followed by a format name.")]
    [InlineData("{{ Revenues | millions#final }}", "'final' is not a status (actual, target, forecast).")]
    [InlineData("{{ Revenues | millions@FY20x }}", "'FY20x' is not a period (FY2012, 4Q12, 1H13, FY2012-end, ...).")]
    [InlineData("{{ Revenues | sign:an income }}", "Format arguments are written in double quotes, separated by commas.")]
    [InlineData("{{ Revenues | sign:\"an income }}", "A format argument's quote is not closed.")]
    public void A_malformed_format_is_a_template_error(string text, string message)
    {
        var d = SingleError(text);

        d.Code.ShouldBe(DiagnosticCodes.TemplateSyntax);
        d.Location!.Line.ShouldBe(3);
        d.Message.ShouldBe(message);
    }

    [Fact]
    public void A_malformed_format_is_reported_where_the_format_starts() =>
        SingleError("JPY{{ Revenues | millions#final }}").ShouldBeAt(DiagnosticCodes.TemplateSyntax, Path, 3, 21);

    [Theory]
    [InlineData("{{ claim: Revenues > 100 }}", "A claim is written {{ claim: left > right | \"text shown\" }}.")]
    [InlineData("{{ claim: Revenues > 100 | JPY100 }}", "A claim is written {{ claim: left > right | \"text shown\" }}.")]
    [InlineData("{{ claim: Revenues | \"JPY100\" }}", "A claim compares two expressions with >, >=, < or <=.")]
    public void A_malformed_claim_is_a_template_error_at_the_claim(string text, string message)
    {
        var d = SingleError("As planned, " + text);

        d.ShouldBeAt(DiagnosticCodes.TemplateSyntax, Path, 3, 20);
        d.Message.ShouldBe(message);
    }

    [Fact]
    public void A_claim_with_a_malformed_side_is_an_expression_error()
    {
        var d = SingleError("{{ claim: Revenues + > 100 | \"JPY100\" }}");

        d.ShouldBeAt(DiagnosticCodes.ExpressionSyntax, Path, 3, 8);
        d.Message.ShouldBe("The expression ends too early.");
    }

    [Fact]
    public void Every_malformed_placeholder_of_a_text_is_reported()
    {
        var (template, diagnostics) = ParseAt("{{ Revenues + }} and {{ Cash | }} and {{ yoy(Revenues) | percent }}");

        template.ShouldBeNull();
        diagnostics.Select(d => (d.Code, d.Location!.Column)).ShouldBe([(DiagnosticCodes.ExpressionSyntax, 18), (DiagnosticCodes.TemplateSyntax, 35)]);
    }
}
