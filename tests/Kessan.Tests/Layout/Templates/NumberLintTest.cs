using Kessan.Layout.Expressions;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Layout.Templates;

/// <summary>
/// KSN507: a number written as literal text is not tied to the figures. Dates, fiscal period names, years,
/// footnote marks, list enumerators and text the layout allows are not numbers in that sense.
/// </summary>
public class NumberLintTest
{
    private const string Path = "narrative/overview.md";

    private static readonly FiscalCalendar Calendar = new(3, 31, FiscalYearNaming.StartYear);

    private static Template T(string text, int line = 1, int column = 1)
    {
        var bag = new DiagnosticBag();
        var template = new TemplateParser(new ExprParser(Calendar), bag).Parse(text, new SourceLocation(Path, line, column));
        bag.ToImmutable().ShouldBeEmpty();
        return template!;
    }

    private static List<(string Number, SourceLocation Location)> Find(string text, params string[] allowed) =>
        [.. NumberLint.Find(T(text), allowed)];

    private static List<string> Numbers(string text, params string[] allowed) => [.. Find(text, allowed).Select(x => x.Number)];

    [Fact]
    public void A_literal_amount_is_found_with_its_location()
    {
        var found = Find("Revenues were JPY106,248 million.");

        found.ShouldHaveSingleItem().ShouldBe(("106,248", new SourceLocation(Path, 1, 18)));
    }

    [Fact]
    public void A_literal_percentage_is_found() => Numbers("Revenues were up 9.2% YoY.").ShouldBe(["9.2"]);

    [Fact]
    public void Every_literal_number_is_found_in_order() =>
        Numbers("Revenues were JPY106,248 million, up 9.2%, with 1,150 contracts.").ShouldBe(["106,248", "9.2", "1,150"]);

    [Fact]
    public void Punctuation_after_a_number_is_not_part_of_it()
    {
        Numbers("Revenues totaled JPY345.").ShouldBe(["345"]);
        Numbers("Revenues were JPY1,234, up from last year.").ShouldBe(["1,234"]);
    }

    [Fact]
    public void Figures_bound_by_placeholders_are_not_literal() =>
        Numbers("Revenues were JPY{{ Revenues | millions }} million, {{ yoy(Revenues) | yoy_phrase }}.").ShouldBeEmpty();

    [Fact]
    public void A_number_after_a_placeholder_is_located_in_its_own_literal()
    {
        var found = Find("Revenues were JPY{{ Revenues | millions }} million and 45 ATMs.");

        found.ShouldHaveSingleItem().ShouldBe(("45", new SourceLocation(Path, 1, 56)));
    }

    [Fact]
    public void A_number_on_a_later_line_is_located_on_that_line() =>
        Find("First line\nwith 45 ATMs").ShouldHaveSingleItem().Location.ShouldBe(new SourceLocation(Path, 2, 6));

    [Theory]
    [InlineData("for the fiscal year ended March 31, 2013")]
    [InlineData("as of march 31, 2013")]
    [InlineData("from April 1, 2012 to March 31, 2013")]
    [InlineData("in May 2013")]
    [InlineData("since February 2012")]
    [InlineData("on June 30 2013")]
    public void Dates_are_not_literal_numbers(string text) => Numbers(text).ShouldBeEmpty();

    [Theory]
    [InlineData("results for FY2012")]
    [InlineData("FY12 and FY2013 targets")]
    [InlineData("the fourth quarter (4Q12)")]
    [InlineData("targets for 1H FY2013")]
    [InlineData("1H13 results")]
    [InlineData("4Q FY2012 revenue")]
    [InlineData("9M FY2012 revenue")]
    [InlineData("as of 2Q-end")]
    [InlineData("in 3Q and 4Q")]
    public void Fiscal_period_names_are_not_literal_numbers(string text) => Numbers(text).ShouldBeEmpty();

    [Theory]
    [InlineData("founded in 1992")]
    [InlineData("the rate of 2013.")]
    [InlineData("(2013)")]
    public void Four_digit_years_are_not_literal_numbers(string text) => Numbers(text).ShouldBeEmpty();

    [Theory]
    [InlineData("JPY12,013 million", "12,013")]
    [InlineData("JPY2013.5 million", "2013.5")]
    [InlineData("2,013 contracts", "2,013")]
    [InlineData("20134 contracts", "20134")]
    public void Numbers_that_only_contain_a_year_are_still_numbers(string text, string number) => Numbers(text).ShouldBe([number]);

    [Theory]
    [InlineData("results¹")]
    [InlineData("² IP Service revenues include data center connectivity.")]
    [InlineData("revenues³ and costs⁴")]
    public void Superscript_footnote_marks_are_not_literal_numbers(string text) => Numbers(text).ShouldBeEmpty();

    [Theory]
    [InlineData("1. Consolidated Financial Results")]
    [InlineData("(2) Costs and expenses")]
    [InlineData("3) Other income")]
    [InlineData("(10) Notes")]
    public void List_enumerators_at_the_start_are_not_literal_numbers(string text) => Numbers(text).ShouldBeEmpty();

    [Fact]
    public void A_number_ending_a_sentence_is_not_an_enumerator() =>
        Numbers("The ATM count rose to 25. Revenues also grew.").ShouldBe(["25"]);

    [Fact]
    public void Text_the_layout_allows_is_not_a_literal_number()
    {
        Numbers("see our annual report on Form 20-F", "Form 20-F").ShouldBeEmpty();
        Numbers("see our annual report on Form 20-F").ShouldBe(["20"]);
        Numbers("(Note1) and (Note2)", "(Note1)").ShouldBe(["2"]);
    }

    [Fact]
    public void A_date_does_not_hide_a_number_next_to_it() =>
        Numbers("As of March 31, 2013, 45 ATMs were placed.").ShouldBe(["45"]);
}
