using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout;
using Kessan.Derivation.Functions;

namespace Kessan.Tests.Document;

// What the release says when a figure cannot be derived, claims made in text, and numbers written as text.
public partial class ReleaseBuilderTest
{
    private const string OtherIncomeUnavailable = ", unavailable: {text: \"-\", reason: \"no other income was reported in FY2011\"}";

    [Fact]
    public void A_figure_whose_input_is_missing_is_an_error_at_every_place_that_would_print_it_and_stops_the_document()
    {
        var result = Build(Package(layout: Edit(Layout, OtherIncomeUnavailable, "")));

        var errors = result.Diagnostics.WithCode(DiagnosticCodes.FigureUnavailable);
        errors.Length.ShouldBe(2);
        errors[0].ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 24, 9).IsError.ShouldBeTrue();
        errors[0].Message.ShouldStartWith("Other income / FY2011: the figure cannot be derived: No fact for 'Other income' for FY2011.");
        errors[1].ShouldBeAt(DiagnosticCodes.FigureUnavailable, LayoutPath, 24, 9).IsError.ShouldBeTrue();
        errors[1].Message.ShouldStartWith("Other income / YoY %: the figure cannot be derived: No fact for 'Other income' for FY2011.");
        var figure = FigureOf(result, "results/other/FY2011");
        figure.Value.ShouldBeNull();
        figure.Failure.ShouldBe("No fact for 'Other income' for FY2011.");
        result.HasErrors.ShouldBeTrue("a release never prints a figure it cannot derive");
        result.Document.ShouldBeNull();
    }

    [Fact]
    public void An_amount_in_a_percent_format_is_an_error_at_its_place()
    {
        var result = Build(Package(layout: Edit(Layout, "{id: operating, label: Operating income, value: OperatingIncome}",
            "{id: operating, label: Operating income, value: OperatingIncome, format: percent}")));

        var d = result.Diagnostics.WithCode(DiagnosticCodes.FormatMismatch).ShouldHaveSingleItem();
        d.IsError.ShouldBeTrue();
        d.Location!.Path.ShouldBe(LayoutPath);
        d.Message.ShouldStartWith("Operating income / JPY millions: the format 'percent' cannot show this figure: it is an amount in JPY, and the format shows a percentage");
        result.Document.ShouldBeNull();
    }

    [Fact]
    public void A_ratio_in_millions_is_an_error_and_the_same_ratio_as_a_percentage_is_not()
    {
        var result = Build(Package(layout: Edit(Layout, "{id: revenues, label: Revenues, value: Revenues}",
            "{id: revenues, label: Revenues, value: Revenues}\n      - {id: margin, label: Operating margin, value: OperatingIncome / Revenues}")));

        result.Diagnostics.WithCode(DiagnosticCodes.FormatMismatch).ShouldHaveSingleItem().Message.ShouldContain("it is a ratio, and the format shows it in units of 10^6");
        Build(Package(layout: Edit(Layout, "{id: revenues, label: Revenues, value: Revenues}",
            "{id: revenues, label: Revenues, value: Revenues}\n      - {id: margin, label: Operating margin, value: OperatingIncome / Revenues, format: percent}")))
            .Diagnostics.WithCode(DiagnosticCodes.FormatMismatch).ShouldBeEmpty();
    }

    [Fact]
    public void A_row_that_declares_what_it_shows_instead_shows_it_only_where_its_figure_cannot_be_derived()
    {
        var result = Build();

        Row(result, "results", "other").ShouldBe(["-", "0", "-"]);
        result.Diagnostics.ShouldBeEmpty();
        result.Figures.ShouldNotContain(f => f.Failure != null);
        result.Figures.Select(f => f.Id).ShouldNotContain("results/other/FY2011");
        FigureOf(result, "results/other/FY2012").Text.ShouldBe("0");
    }

    [Fact]
    public void A_declaration_without_a_reason_is_an_error_at_it()
    {
        var source = Package(layout: Edit(Layout, "reason: \"no other income was reported in FY2011\"", "reason: \" \"")).Build();
        var bag = new DiagnosticBag();

        LayoutReader.Read(source, PackageLoader.Load(source).Package!, DerivationFunctions.Default, bag);

        bag.ToImmutable().Single().ShouldBeAt(DiagnosticCodes.InvalidValue, LayoutPath, 24, 95).Message.ShouldContain("'reason'");
    }

    [Fact]
    public void A_placeholder_whose_figure_cannot_be_derived_is_an_error_at_the_placeholder()
    {
        var result = Build(Package(narrative: "Other income was JPY{{ OtherIncome@FY2011 | thousands }} thousand in FY2011.\n"));

        var d = result.Diagnostics.Single(x => x.Location!.Path == NarrativePath);
        d.ShouldBeAt(DiagnosticCodes.FigureUnavailable, NarrativePath, 1, 24).IsError.ShouldBeTrue();
        d.Message.ShouldStartWith("Other income was JPY… thousand in FY2011.: the figure cannot be derived: No fact for 'Other income' for FY2011.");
        result.Document.ShouldBeNull();
    }

    [Fact]
    public void An_optional_passage_is_shown_when_every_figure_in_it_can_be_derived()
    {
        var result = Build(Package(narrative:
            "Revenues were JPY{{ Revenues | millions }} million{{ optional: \"no prior year\" }}, {{ yoy(Revenues) | yoy_phrase }}{{ else }} (new){{ end }}.\n"));

        result.Diagnostics.ShouldBeEmpty();
        Paragraph(result).ShouldStartWith("Revenues were JPY");
        Paragraph(result).ShouldContain("% YoY.");
        Paragraph(result).ShouldNotContain("(new)");
    }

    [Fact]
    public void An_optional_passage_with_a_figure_that_cannot_be_derived_shows_its_else_text_and_reports_nothing()
    {
        var result = Build(Package(narrative:
            "Other income was JPY{{ OtherIncome | thousands }} thousand{{ optional: \"no FY2011 figure\" }}, {{ yoy(OtherIncome) | yoy_phrase }}{{ else }}, its first year{{ end }}.\n"));

        result.Diagnostics.ShouldBeEmpty();
        Paragraph(result).ShouldBe("Other income was JPY300 thousand, its first year.");
        result.Figures.ShouldNotContain(f => f.Failure != null);
    }

    [Fact]
    public void An_optional_passage_without_else_is_left_out_when_a_figure_in_it_cannot_be_derived()
    {
        var result = Build(Package(narrative:
            "Other income was JPY{{ OtherIncome | thousands }} thousand{{ optional: \"no FY2011 figure\" }}, {{ yoy(OtherIncome) | yoy_phrase }}{{ end }}.\n"));

        result.Diagnostics.ShouldBeEmpty();
        Paragraph(result).ShouldBe("Other income was JPY300 thousand.");
    }

    [Theory]
    [InlineData("A{{ optional: \"why\" }}B.", 1, 5, "not closed")]
    [InlineData("A{{ optional: \"\" }}B{{ end }}.", 1, 5, "says why")]
    [InlineData("A{{ optional: why }}B{{ end }}.", 1, 5, "says why")]
    [InlineData("A{{ else }}B.", 1, 5, "outside an optional passage")]
    [InlineData("A{{ end }}B.", 1, 5, "closes no optional passage")]
    [InlineData("A{{ optional: \"x\" }}B{{ optional: \"y\" }}C{{ end }}.", 1, 25, "cannot hold another")]
    [InlineData("A{{ optional: \"x\" }}B{{ else }}C{{ else }}D{{ end }}.", 1, 36, "one '{{ else }}' at most")]
    public void A_malformed_optional_passage_is_an_error_at_its_placeholder(string narrative, int line, int column, string message)
    {
        var result = Build(Package(narrative: narrative + "\n"));

        var d = result.Diagnostics.First(x => x.IsError);
        d.Location!.Path.ShouldBe(NarrativePath);
        (d.Location.Line, d.Location.Column).ShouldBe((line, column));
        d.Message.ShouldContain(message);
        result.Document.ShouldBeNull();
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
        d.Message.ShouldBe("A number is written as text; bind it to a figure with a placeholder ({{ expression | format }}) so it always agrees with the data.");
        d.Detail.ShouldBe("9.2", "the number only in the detail, which --show-figures prints");
        result.Document.ShouldNotBeNull();
    }

    [Fact]
    public void A_number_written_as_text_in_a_narrative_or_a_label_is_flagged_but_dates_periods_and_placeholders_are_not()
    {
        var layout = Edit(Layout, "label: Cost of revenue,", "label: Cost of revenue (2 lines),");

        var result = Build(Package(layout, narrative: "In FY2012, through March 31, 2013, we opened 12 offices; revenues were JPY{{ Revenues | millions }} million.\n"));

        var found = result.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber);
        found.Length.ShouldBe(2);
        found[0].ShouldBeAt(DiagnosticCodes.LiteralNumber, LayoutPath, 21, 44).Detail.ShouldBe("2");
        found[1].ShouldBeAt(DiagnosticCodes.LiteralNumber, NarrativePath, 1, 46).Detail.ShouldBe("12");
    }

    [Fact]
    public void Text_the_layout_allows_is_not_flagged()
    {
        var paragraph = "  - heading: Results\n  - paragraph: \"See our annual report on Form 20-F.\"\n";
        var flagged = Build(Package(Edit(Layout, "  - heading: Results\n", paragraph)));
        var allowed = Build(Package(Edit(Layout, "  - heading: Results\n", paragraph).Replace("rounding: independent\n", "rounding: independent\nlint:\n  allow: [\"Form 20-F\"]\n", StringComparison.Ordinal)));

        flagged.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber).Single().Detail.ShouldBe("20");
        allowed.Diagnostics.WithCode(DiagnosticCodes.LiteralNumber).ShouldBeEmpty();
    }
}
