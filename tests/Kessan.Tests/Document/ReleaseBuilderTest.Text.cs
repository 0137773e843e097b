using Kessan.Diagnostics;

namespace Kessan.Tests.Document;

// What the release says when a figure cannot be derived, claims made in text, and numbers written as text.
public partial class ReleaseBuilderTest
{
    [Fact]
    public void A_figure_whose_input_is_missing_shows_n_a_and_is_reported_as_a_warning_naming_it()
    {
        var result = Build();

        Row(result, "results", "other").ShouldBe(["n/a", "0", "n/a"]);
        var warnings = result.Diagnostics.WithCode(DiagnosticCodes.FigureUnavailable);
        warnings.Length.ShouldBe(2);
        warnings[0].ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 24, 9).IsError.ShouldBeFalse();
        warnings[0].Message.ShouldBe("Other income / FY2011: the figure cannot be derived: No fact for 'Other income' for FY2011.");
        warnings[1].ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 24, 9);
        warnings[1].Message.ShouldBe("Other income / YoY %: the figure cannot be derived: No fact for 'Other income' for FY2011.");
        var figure = FigureOf(result, "results/other/FY2011");
        figure.Value.ShouldBeNull();
        figure.Failure.ShouldBe("No fact for 'Other income' for FY2011.");
        figure.Displayed.ShouldBeNull();
        figure.Text.ShouldBe("n/a");
        result.HasErrors.ShouldBeFalse("a gap is a warning; the release is still built");
        result.Document.ShouldNotBeNull();
    }

    [Fact]
    public void Every_figure_that_cannot_be_derived_is_reported_and_no_other()
    {
        var result = Build();

        result.Figures.Where(f => f.Failure is not null).Select(f => f.Id).ShouldBe(["results/other/FY2011", "results/other/yoy"]);
        result.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.FigureUnavailable);
    }

    [Fact]
    public void A_placeholder_whose_figure_cannot_be_derived_shows_n_a_and_is_reported_at_the_placeholder()
    {
        var result = Build(Package(narrative: "Other income was JPY{{ OtherIncome@FY2011 | thousands }} thousand in FY2011.\n"));

        Paragraph(result).ShouldBe("Other income was JPYn/a thousand in FY2011.");
        var d = result.Diagnostics.WithCode(DiagnosticCodes.FigureUnavailable).Single(x => x.Location!.Path == NarrativePath);
        d.ShouldBeAt(DiagnosticCodes.FigureUnavailable, NarrativePath, 1, 24);
        d.Message.ShouldBe("Other income was JPY… thousand in FY2011.: the figure cannot be derived: No fact for 'Other income' for FY2011.");
    }

    [Fact]
    public void A_true_claim_shows_its_text_and_a_false_one_is_an_error_that_stops_the_document()
    {
        var holds = Build(Package(narrative: "Revenues passed {{ claim: Revenues > 9000000 | \"JPY nine million\" }}.\n"));
        var fails = Build(Package(narrative: "Revenues passed {{ claim: Revenues > 10000000 | \"JPY ten million\" }}.\n"));

        holds.HasErrors.ShouldBeFalse(string.Join(" | ", holds.Diagnostics));
        Paragraph(holds).ShouldBe("Revenues passed JPY nine million.");
        var d = fails.Diagnostics.Single(x => x.IsError).ShouldBeAt(DiagnosticCodes.FalseClaim, NarrativePath, 1, 20);
        d.Message.ShouldBe("The text says \"JPY ten million\", but Revenues > 10000000 does not hold.");
        fails.Document.ShouldBeNull();
    }

    [Fact]
    public void A_number_written_as_text_in_the_layout_is_flagged_where_it_is_written()
    {
        var layout = Edit(Layout, "  - heading: Results\n", "  - heading: Results\n  - paragraph: \"Revenues grew 9.2% in FY2012, to March 31, 2013.\"\n");

        var result = Build(Package(layout));

        var d = result.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber).Single().ShouldBeAt(DiagnosticCodes.LiteralNumber, LayoutPath, 5, 31);
        d.IsError.ShouldBeFalse();
        d.Message.ShouldBe("'9.2' is written as text; bind it to a figure with a placeholder ({{ expression | format }}) so it always agrees with the data.");
        result.Document.ShouldNotBeNull();
    }

    [Fact]
    public void A_number_written_as_text_in_a_narrative_or_a_label_is_flagged_but_dates_periods_and_placeholders_are_not()
    {
        var layout = Edit(Layout, "label: Cost of revenue,", "label: Cost of revenue (2 lines),");

        var result = Build(Package(layout, narrative: "In FY2012, through March 31, 2013, we opened 12 offices; revenues were JPY{{ Revenues | millions }} million.\n"));

        var found = result.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber);
        found.Length.ShouldBe(2);
        found[0].ShouldBeAt(DiagnosticCodes.LiteralNumber, LayoutPath, 21, 44).Message.ShouldStartWith("'2' is written as text;");
        found[1].ShouldBeAt(DiagnosticCodes.LiteralNumber, NarrativePath, 1, 46).Message.ShouldStartWith("'12' is written as text;");
    }

    [Fact]
    public void Text_the_layout_allows_is_not_flagged()
    {
        var paragraph = "  - heading: Results\n  - paragraph: \"See our annual report on Form 20-F.\"\n";
        var flagged = Build(Package(Edit(Layout, "  - heading: Results\n", paragraph)));
        var allowed = Build(Package(Edit(Layout, "  - heading: Results\n", paragraph).Replace("rounding: independent\n", "rounding: independent\nlint:\n  allow: [\"Form 20-F\"]\n", StringComparison.Ordinal)));

        flagged.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber).Single().Message.ShouldStartWith("'20' is written as text;");
        allowed.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber).ShouldBeEmpty();
    }
}
