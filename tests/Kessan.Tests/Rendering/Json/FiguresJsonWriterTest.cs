using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kessan.Tests.Rendering.Json;

/// <summary>
/// figures.json of the IIJ sample, read back with System.Text.Json: its schema, the arithmetic between its
/// fields, provenance down to the file, line and column of each fact, footing adjustments and sums.
/// </summary>
public sealed partial class FiguresJsonWriterTest(IijSampleRelease sample) : IClassFixture<IijSampleRelease>
{
    private static string Str(JsonElement e, string property)
    {
        e.TryGetProperty(property, out var p).ShouldBeTrue($"'{property}' is missing from {Id(e)}");
        p.ValueKind.ShouldBe(JsonValueKind.String, $"'{property}' of {Id(e)}");
        return p.GetString()!;
    }

    private static decimal Number(JsonElement e, string property) =>
        decimal.Parse(Str(e, property), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string Id(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) ? id.GetString() ?? "?" : e.ToString();

    private static IEnumerable<JsonElement> FiguresOf(IijSampleRelease.Rendered r) => r.Figures.RootElement.GetProperty("figures").EnumerateArray();

    private static IEnumerable<JsonElement> Derived(IijSampleRelease.Rendered r) => FiguresOf(r).Where(f => f.TryGetProperty("exact", out _));

    [Fact]
    public void The_header_names_the_release_and_counts_its_figures_and_adjustments()
    {
        var r = sample.Footed;
        var root = r.Figures.RootElement;

        Str(root, "package").ShouldBe("iij-fy2012");
        Str(root, "company").ShouldBe("Internet Initiative Japan Inc.");
        Str(root, "fiscal_year").ShouldBe("FY2012");
        Str(root, "currency").ShouldBe("JPY");
        root.GetProperty("figure_count").GetInt32().ShouldBe(r.Build.Figures.Length);
        root.GetProperty("figures").GetArrayLength().ShouldBe(r.Build.Figures.Length);
        root.GetProperty("adjustment_count").GetInt32().ShouldBe(FiguresOf(r).Count(f => f.TryGetProperty("adjustment", out _)));
        root.GetProperty("adjustment_count").GetInt32().ShouldBeGreaterThan(0, "footed rounding of the sample moves figures");
        r.Json.ShouldEndWith("}\n");
    }

    [Fact]
    public void Every_figure_has_a_unique_id_label_period_format_status_and_the_places_it_appears_first_of_them()
    {
        var figures = FiguresOf(sample.Footed).ToList();

        figures.Select(Id).ShouldBeUnique();
        foreach (var f in figures)
        {
            var id = Id(f);
            Regex.IsMatch(id, "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$").ShouldBeTrue($"'{id}' is not table/row/column or owner/n");
            Str(f, "label").ShouldNotBeNullOrWhiteSpace(id);
            Str(f, "expression").ShouldNotBeNullOrWhiteSpace(id);
            var period = f.GetProperty("period");
            Regex.IsMatch(Str(period, "iso"), @"^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$").ShouldBeTrue(id + ": " + period);
            Str(period, "name").ShouldNotBeNullOrWhiteSpace(id);
            Str(f, "status").ShouldBeOneOf("actual", "target", "forecast");
            var format = f.GetProperty("format");
            Str(format, "name").ShouldNotBeNullOrWhiteSpace(id);
            format.GetProperty("scale").ValueKind.ShouldBe(JsonValueKind.Number, id);
            format.GetProperty("decimals").GetInt32().ShouldBeInRange(0, 6, id);
            format.GetProperty("percent").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
            var appears = f.GetProperty("appears_in").EnumerateArray().Select(a => a.GetString()!).ToList();
            appears.ShouldNotBeEmpty(id);
            appears[0].ShouldBe(id, "a figure's id is the place it first appears");
            appears.ShouldBeUnique(id);
        }
    }

    [Fact]
    public void Every_derived_figure_states_its_unit_exact_value_interval_displayed_text_and_rule()
    {
        var derived = Derived(sample.Footed).ToList();

        derived.Count.ShouldBeGreaterThan(1000);
        foreach (var f in derived)
        {
            var id = Id(f);
            Str(f, "unit").ShouldBeOneOf(["JPY", "USD", "pure", "shares", "JPY/share", "USD/share", "contracts", "Gbps", "ATMs", "persons"], id);
            var exact = Number(f, "exact");
            var interval = f.GetProperty("interval");
            if (interval.GetProperty("low").ValueKind != JsonValueKind.Null)
            {
                Number(interval, "low").ShouldBeLessThanOrEqualTo(exact, id);
                Number(interval, "high").ShouldBeGreaterThanOrEqualTo(exact, id);
            }
            _ = Number(f, "independent");
            _ = Number(f, "displayed");
            Str(f, "text").ShouldNotBe("n/a", id);
            Str(f, "text").ShouldNotBeNullOrWhiteSpace(id);
            Str(f, "rule").ShouldNotBeNullOrWhiteSpace(id);
            f.TryGetProperty("failure", out _).ShouldBeFalse(id);
            f.GetProperty("provenance").ValueKind.ShouldBe(JsonValueKind.Object, id);
        }
    }

    [Fact]
    public void The_independent_value_is_the_exact_value_rounded_half_away_from_zero_and_displayed_adds_the_adjustment()
    {
        foreach (var f in Derived(sample.Footed))
        {
            var id = Id(f);
            var format = f.GetProperty("format");
            var scale = format.GetProperty("scale").GetInt32();
            var decimals = format.GetProperty("decimals").GetInt32();
            var unit = Pow10(scale) / (format.GetProperty("percent").GetBoolean() ? 100m : 1m);
            var independent = Math.Round(Number(f, "exact") / unit, decimals, MidpointRounding.AwayFromZero);

            Number(f, "independent").ShouldBe(independent, id);
            var delta = f.TryGetProperty("adjustment", out var a) ? Number(a, "delta") : 0m;
            Number(f, "displayed").ShouldBe(independent + delta, id);
        }
    }

    [Fact]
    public void A_written_release_has_no_figure_without_a_value()
    {
        // A figure that cannot be derived stops the build (KSN505): figures.json of a written release has none.
        var figures = FiguresOf(sample.Footed).ToList();

        figures.ShouldNotBeEmpty();
        figures.Where(f => f.TryGetProperty("failure", out _) || !f.TryGetProperty("displayed", out _)).Select(Id).ShouldBeEmpty();
    }

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < Math.Abs(n); i++)
        {
            r *= 10m;
        }
        return n >= 0 ? r : 1m / r;
    }
}
