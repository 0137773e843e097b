using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Document;

namespace Kessan.Tests.Document;

/// <summary>Placeholders in sentences: display formats, YoY phrases, increased/decreased wording, settings and claims.</summary>
public partial class ReleaseBuilderTextTest
{
    [Fact]
    public void A_sentence_shows_a_figure_in_millions_and_its_yoy_phrase() =>
        Sentence("Revenues were JPY{{ Revenues | millions }} million, {{ yoy(Revenues) | yoy_phrase }}.")
            .ShouldBe("Revenues were JPY106,248 million, up 9.2% YoY.");

    [Fact]
    public void Yoy_phrase_of_a_decrease_says_down_with_the_absolute_percentage() =>
        Sentence("Home revenues were {{ yoy(HomeRevenue) | yoy_phrase }}.").ShouldBe("Home revenues were down 4.4% YoY.");

    [Fact]
    public void Yoy_phrase_of_no_change_says_flat() =>
        Sentence("Shares were {{ yoy(WeightedAverageShares) | yoy_phrase }}.").ShouldBe("Shares were flat YoY.");

    [Fact]
    public void Yoy_phrase_follows_the_displayed_percentage_while_words_follow_the_exact_sign() =>
        // +0.01% displays as 0.0%: the phrase says flat, the word still says increased.
        Sentence("{{ yoy(Revenues * 1.0001, Revenues) | yoy_phrase }}; it {{ yoy(Revenues * 1.0001, Revenues) | incdec }}.")
            .ShouldBe("flat YoY; it increased.");

    [Fact]
    public void Yoy_phrase_of_a_target_compares_with_the_prior_actual() =>
        Sentence("We target JPY{{ Revenues | millions@FY2013#target }} million, {{ yoy(Revenues) | yoy_phrase@FY2013#target }}.")
            .ShouldBe("We target JPY117,000 million, up 10.1% YoY.");

    [Theory]
    [InlineData("Revenues {{ change(Revenues) | incdec }} by {{ yoy(Revenues) | percent }}%.", "Revenues increased by 9.2%.")]
    [InlineData("Home revenues {{ change(HomeRevenue) | incdec }} by {{ yoy(HomeRevenue) | percent }}%.", "Home revenues decreased by (4.4)%.")]
    [InlineData("Revenues went {{ change(Revenues) | updown }}.", "Revenues went up.")]
    [InlineData("Home revenues went {{ change(HomeRevenue) | updown }}.", "Home revenues went down.")]
    public void Increased_and_decreased_follow_the_sign_of_the_figure(string template, string expected) =>
        Sentence(template).ShouldBe(expected);

    [Fact]
    public void Abs_shows_a_decrease_without_parentheses_after_decreased() =>
        Sentence("Home revenues {{ change(HomeRevenue) | incdec }} by {{ abs(yoy(HomeRevenue)) | percent }}%.")
            .ShouldBe("Home revenues decreased by 4.4%.");

    [Theory]
    [InlineData("OperatingIncome[Segment=ATM]@FY2011", "an operating loss")]
    [InlineData("OperatingIncome[Segment=ATM]", "an operating income")]
    public void Sign_chooses_between_two_words(string expression, string expected) =>
        Sentence($"ATM operation had {{{{ {expression} | sign:\"an operating income\",\"an operating loss\" }}}}.")
            .ShouldBe($"ATM operation had {expected}.");

    [Fact]
    public void A_negative_figure_shows_in_parentheses() =>
        Sentence("ATM operating income was JPY{{ OperatingIncome[Segment=ATM]@FY2011 | millions }} million.")
            .ShouldBe("ATM operating income was JPY(194) million.");

    [Fact]
    public void A_translated_figure_shows_in_dollar_millions_with_one_decimal() =>
        Sentence("Revenues were ${{ translate(Revenues) | millions1 }} million.").ShouldBe("Revenues were $1,128.4 million.");

    [Fact]
    public void A_placeholder_may_show_a_figure_of_another_period() =>
        Sentence("up from JPY{{ Revenues | millions@FY2011 }} million").ShouldBe("up from JPY97,315 million");

    [Fact]
    public void A_setting_shows_the_package_value() =>
        Sentence("The rate used was JPY{{ setting:translation.rate }} per U.S. dollar, as of {{ setting:translation.rate_date }}.")
            .ShouldBe("The rate used was JPY94.16 per U.S. dollar, as of March 29, 2013.");

    [Fact]
    public void A_figure_in_two_sentences_is_one_figure()
    {
        var result = Build("Revenues were JPY{{ Revenues | millions }} million.", "Again, JPY{{ Revenues | millions }} million.");

        result.Diagnostics.ShouldBeEmpty();
        var figure = result.Figures.ShouldHaveSingleItem();
        figure.Id.ShouldBe("paragraph/1");
        figure.AppearsIn.ShouldBe(["paragraph/1", "paragraph/2"]);
        figure.Text.ShouldBe("106,248");
        figure.Rule.ShouldBe("fact");
        Text(result, 1).ShouldBe("Again, JPY106,248 million.");
    }

    [Fact]
    public void Differently_grouped_expressions_are_different_figures()
    {
        // Money * (shares / shares) is money; (money * shares) / shares is not a unit Kessan knows. Both once
        // printed as the same text, so the second borrowed the first one's value.
        var result = Build(
            "JPY{{ Revenues * (WeightedAverageShares / WeightedAverageShares@FY2011) | millions }} million",
            "JPY{{ Revenues * WeightedAverageShares / WeightedAverageShares@FY2011 | millions }} million");

        result.Figures.Length.ShouldBe(2);
        result.Figures[0].Text.ShouldBe("106,248");
        result.Figures[1].Value.ShouldBeNull("money times shares is not a unit Kessan knows");
        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 2, 7);
    }

    [Fact]
    public void A_figure_in_a_sentence_is_linked_to_its_id()
    {
        var result = Build("Revenues were {{ yoy(Revenues) | yoy_phrase }}.");

        var figure = result.Document!.Blocks[0].ShouldBeOfType<ParagraphBlock>().Content.OfType<FigureInline>().ShouldHaveSingleItem();
        figure.FigureId.ShouldBe("paragraph/1");
        figure.Text.ShouldBe("up 9.2% YoY");
        result.FindFigure("paragraph/1")!.Rule.ShouldBe("yoy");
    }

    [Fact]
    public void A_figure_that_cannot_be_derived_is_an_error_that_names_it_and_stops_the_document()
    {
        var result = Build("Revenues were JPY{{ Revenues@FY2010 | millions }} million.");

        var d = result.Diagnostics.Single();
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        d.ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 1, 21);
        d.Message.ShouldContain("the figure cannot be derived: No fact for 'Total revenues' for FY2010.");
        result.Document.ShouldBeNull();
    }

    [Fact]
    public void A_true_claim_shows_its_text_and_passes() =>
        Sentence("Revenues exceeded {{ claim: Revenues > 100000000000 | \"JPY100 billion\" }}.").ShouldBe("Revenues exceeded JPY100 billion.");

    [Fact]
    public void A_false_claim_is_an_error_at_the_claim()
    {
        var result = Build("Revenues exceeded {{ claim: Revenues > 110000000000 | \"JPY110 billion\" }}.");

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.FalseClaim, LayoutPath, 1, 22);
        d.IsError.ShouldBeTrue();
        d.Message.ShouldBe("The text says \"JPY110 billion\", but Revenues > 110000000000 does not hold.");
    }

    [Fact]
    public void A_claim_that_cannot_be_checked_warns() =>
        Build("{{ claim: Revenues@FY2010 < Revenues | \"growth\" }}").Diagnostics.Single()
            .ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 1, 4)
            .Message.ShouldBe("The claim \"growth\" cannot be checked: No fact for 'Total revenues' for FY2010.");

    [Fact]
    public void A_literal_number_in_a_sentence_warns_where_it_is_written()
    {
        var result = Build("Revenues were JPY106,248 million, {{ yoy(Revenues) | yoy_phrase }}, as of March 31, 2013.");

        var d = result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.LiteralNumber, LayoutPath, 1, 18);
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        d.Detail.ShouldBe("106,248");
        Text(result).ShouldBe("Revenues were JPY106,248 million, up 9.2% YoY, as of March 31, 2013.");
    }

    [Fact]
    public void Target_placeholders_keep_their_status_in_the_figure_key() =>
        Build("JPY{{ Revenues | millions@FY2013#target }} million").Figures.Single().Key.Status.ShouldBe(FactStatus.Target);
}
