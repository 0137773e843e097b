using System.Xml.Linq;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Tests.Rendering;
using Kessan.Xbrl.Reading;
using Kessan.Model;
using Kessan.Tests.Rendering.Html;
using Kessan.Xbrl.Checks;

namespace Kessan.Tests.Xbrl.Inline;

/// <summary>Which figures are tagged, and that each tag states the value shown and agrees with the instance.</summary>
public sealed partial class InlineXbrlRendererTest
{
    /// <summary>A place a figure is shown: the figure, its text, and the ix:nonFraction there (null when untagged).</summary>
    private sealed record Shown(Figure Figure, string Text, XElement? Tag);

    /// <summary>
    /// Every place a figure is shown, in document order. The HTML release names the figure of each place
    /// (<c>data-figure</c> on a figure cell or a figure in text); the Inline XBRL document is the same document,
    /// so its figure cells (<c>td.num</c>, but not <c>td.unavailable</c>, which shows what the package declares
    /// instead of a figure) and figures in text (<c>span.fig</c>) come in the same order.
    /// </summary>
    private static List<Shown> Places(IijSampleRelease.Rendered r)
    {
        var html = HtmlDocument.Parse(r.Html).Descendants().Where(e => e.Attribute("data-figure") is not null).ToList();
        var ix = Parse(r.Ixbrl).Descendants()
            .Where(e => (e.Name == X + "td" && Classes(e).Contains("num") && !Classes(e).Contains("unavailable"))
                        || (e.Name == X + "span" && Classes(e).Contains("fig"))).ToList();
        ix.Count.ShouldBe(html.Count);
        var places = new List<Shown>();
        for (var i = 0; i < html.Count; i++)
        {
            var figure = r.Build.FindFigure((string)html[i].Attribute("data-figure")!)!;
            ix[i].Value.ShouldBe(html[i].Value);
            var tags = ix[i].Descendants(Ix + "nonFraction").ToList();
            tags.Count.ShouldBeLessThanOrEqualTo(1);
            places.Add(new Shown(figure, html[i].Value, tags.SingleOrDefault()));
        }
        return places;
    }

    /// <summary>The fact a value shows and whether negated: a fact, or the negation or absolute value of one.</summary>
    private static (Fact Fact, int Orientation)? SingleFact(Provenance p) => p.Rule switch
    {
        "fact" => (p.Fact!, 1),
        "negate" when p.Inputs.Length == 1 && SingleFact(p.Inputs[0]) is { } x => (x.Fact, -x.Orientation),
        "abs" when p.Inputs.Length == 1 && SingleFact(p.Inputs[0]) is { } y => (y.Fact, p.Inputs[0].Value.Sign < 0 ? -y.Orientation : y.Orientation),
        _ => null,
    };

    private static bool ShouldBeTagged(Shown s) =>
        s.Figure.Value is { } v && s.Figure.Adjustment is null && SingleFact(v.Provenance) is not null && s.Text == s.Figure.Text;

    [Fact]
    public void Every_figure_shown_as_the_number_of_a_single_fact_is_tagged_and_no_other()
    {
        var places = Places(sample.Independent);

        places.Where(p => p.Tag is null && ShouldBeTagged(p)).Select(p => p.Figure.Id).ShouldBeEmpty();
        places.Where(p => p.Tag is not null && !ShouldBeTagged(p)).Select(p => p.Figure.Id).ShouldBeEmpty();
        places.Count(p => p.Tag is not null).ShouldBeGreaterThan(500);
        // Derived figures are shown and stay untagged: translations, year-on-year changes, ratios.
        places.Where(p => p.Tag is null).Select(p => p.Figure.Rule).ShouldContain("translate");
        places.Where(p => p.Tag is null).Select(p => p.Figure.Rule).ShouldContain("yoy");
        places.Where(p => p.Tag is null).Select(p => p.Figure.Rule).ShouldContain("quotient");
    }

    [Fact]
    public void Each_tag_is_the_figure_shown_scaled_and_signed_at_the_precision_shown_and_agrees_with_the_instance()
    {
        var r = sample.Independent;
        var tagged = Places(r).Where(p => p.Tag is not null).ToList();
        var ix = InlineXbrlReader.Read(r.Ixbrl, Path);
        var instance = XbrlInstanceReader.Read(r.Xbrl, "release.xbrl");
        var instanceFacts = instance.Facts.Where(f => f.UnitRef is not null).ToDictionary(f => r.Vocabulary.KeyOf(instance, f)!.Value);

        var numeric = ix.Facts.Where(f => f.UnitRef is not null).ToList();
        numeric.Count.ShouldBe(tagged.Count);
        ix.Facts.Length.ShouldBe(tagged.Count + 5, "the tagged figures and the five cover facts");
        for (var i = 0; i < tagged.Count; i++)
        {
            var (figure, text, _) = tagged[i];
            var read = numeric[i];
            var (fact, orientation) = SingleFact(figure.Value!.Provenance)!.Value;
            var format = figure.Format;
            var scale = format.Percent ? format.Scale - 2 : format.Scale;

            // The number shown, times 10^scale, with its sign, is the figure shown (negated for a negated fact).
            Rational.FromDecimal(read.Value!.Value).ShouldBe(Rational.FromInteger(orientation) * figure.Displayed!.Value * format.UnitValue, figure.Id);
            read.Scale.ShouldBe(scale, figure.Id);
            read.Negated.ShouldBe(read.Value < 0, figure.Id);
            text.ShouldContain(read.Displayed!);
            // Its decimals are the precision shown, never finer than the fact's.
            var shown = format.Decimals - scale;
            read.Precision!.Value.Decimals.ShouldBe(fact.Precision.Decimals is { } d ? Math.Min(shown, d) : shown, figure.Id);
            // It is the fact of the instance: same concept, context and unit, and within the rounding shown.
            r.Vocabulary.KeyOf(ix, read).ShouldBe(fact.Key, figure.Id);
            var stored = instanceFacts[fact.Key];
            stored.Value.ShouldBe(fact.Value);
            read.Interval!.Value.Intersects(stored.Interval!.Value).ShouldBeTrue(figure.Id);
        }
    }

    [Fact]
    public void A_negated_fact_in_parentheses_has_no_sign_and_a_negative_fact_has_sign_minus()
    {
        var tagged = Places(sample.Independent).Where(p => p.Tag is not null).ToList();

        var payments = tagged.Where(p => SingleFact(p.Figure.Value!.Provenance)!.Value is { Orientation: -1, Fact.Value: > 0 }).ToList();
        var losses = tagged.Where(p => SingleFact(p.Figure.Value!.Provenance)!.Value is { Orientation: 1, Fact.Value: < 0 }).ToList();

        payments.ShouldNotBeEmpty();
        losses.ShouldNotBeEmpty();
        payments.Where(p => p.Text.StartsWith('(')).ShouldNotBeEmpty();
        payments.ShouldAllBe(p => p.Tag!.Attribute("sign") == null || p.Figure.Displayed!.Value.Sign == 0);
        losses.Where(p => p.Figure.Displayed!.Value.Sign < 0).ShouldAllBe(p => (string?)p.Tag!.Attribute("sign") == "-" && p.Text.StartsWith('('));
        // The parentheses are text around the tag, never inside it.
        tagged.ShouldAllBe(p => !p.Tag!.Value.Contains('(') && !p.Tag.Value.Contains('-') || p.Tag.Value == "-");
    }

    [Fact]
    public void An_exact_zero_shown_as_a_dash_is_tagged_fixed_zero()
    {
        var dashes = Places(sample.Independent).Where(p => p.Tag is not null && p.Text == "-").ToList();

        dashes.ShouldNotBeEmpty();
        dashes.ShouldAllBe(p => (string?)p.Tag!.Attribute("format") == "ixt:fixed-zero" && p.Figure.Value!.Value.IsZero);
    }

    [Fact]
    public void Figures_moved_by_footed_rounding_are_not_tagged_and_the_rest_still_agree_with_the_instance()
    {
        var r = sample.Footed;
        var places = Places(r);
        var moved = places.Where(p => p.Figure.Adjustment is not null).ToList();

        moved.ShouldNotBeEmpty();
        moved.ShouldAllBe(p => p.Tag == null);
        var ix = InlineXbrlReader.Read(r.Ixbrl, Path);
        ix.Diagnostics.ShouldBeEmpty();
        var instance = XbrlInstanceReader.Read(r.Xbrl, "release.xbrl");
        var stored = instance.Facts.Where(f => f.UnitRef is not null).ToDictionary(f => r.Vocabulary.KeyOf(instance, f)!.Value);
        ix.Facts.Where(f => f.UnitRef is not null).ShouldAllBe(f => f.Interval!.Value.Intersects(stored[r.Vocabulary.KeyOf(ix, f)!.Value].Interval!.Value));
    }

    [Fact]
    public void The_tagged_facts_are_consistent_with_the_package_calculations()
    {
        var r = sample.Independent;
        var ix = InlineXbrlReader.Read(r.Ixbrl, Path);

        var result = XbrlCalculationCheck.Check(ix, r.Vocabulary.Calculations, r.Vocabulary.MissingIsNil(ix));

        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics.Select(d => d + " " + d.Detail)));
        result.Bindings.ShouldBeGreaterThan(50);
    }
}
