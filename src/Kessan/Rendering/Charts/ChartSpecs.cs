using System.Text;
using System.Text.Json.Nodes;
using Kessan.Derivation.Figures;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Rendering.Html;

namespace Kessan.Rendering.Charts;

/// <summary>
/// Turns a chart of the release into a Vega-Lite specification with its data inline: one datum per bar,
/// holding the figure's id, its displayed value (the number the bar's length stands for) and its text (the
/// bar's label, exactly as the tables show it). There is no value axis: the only numbers a chart prints are
/// its figures' texts, so it cannot disagree with the tables.
/// </summary>
/// <remarks>
/// A datum carries <c>figure</c>, <c>category</c>, <c>series</c>, <c>value</c> (the displayed value, null
/// when the figure cannot be derived), <c>text</c> (the figure's text, "n/a" then), <c>label_y</c> and
/// <c>label_pos</c> (where its label goes: above the bar, or below a bar that ends below zero) and
/// <c>description</c> (what a screen reader says). A waterfall's datum also has <c>start</c> and
/// <c>end</c>, where its bar begins and ends (sums of displayed values), and <c>kind</c>: <c>total</c>,
/// <c>increase</c> or <c>decrease</c>. Thread-safe: a pure function.
/// </remarks>
public static class ChartSpecs
{
    /// <summary>The width of a chart's plot, in CSS pixels (the page holds about 690).</summary>
    public const int Width = 600;

    /// <summary>The height of a chart's plot, in CSS pixels.</summary>
    public const int Height = 170;

    /// <summary>The fonts of the charts: the release's own (<see cref="HtmlRenderer"/>), so the PDF embeds one family.</summary>
    public static string FontFamily => Css.FontFamily;

    /// <summary>The share of its band a waterfall's bar takes.</summary>
    private const double WaterfallBand = 0.62;

    private const string Ink = "#1b1b1b";
    private const string Current = "#1f4e79";
    private const string Increase = "#4a8c5c";
    private const string Decrease = "#b5473a";

    /// <summary>Colours of the series of grouped bars, left to right: earlier periods lighter, the last darkest.</summary>
    private static readonly string[] SeriesColours = ["#a9bfd6", Current, "#6f93b8", "#c9a227", "#8c8c8c"];

    /// <summary>The specification of a chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="build">The build the chart belongs to: every figure the chart names must be one of its figures.</param>
    /// <exception cref="ArgumentException">The chart names a figure that is not in the build.</exception>
    public static JsonObject Build(ReleaseChart chart, BuildResult build)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(build);
        var byId = build.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Figure FigureOf(string id) => byId.TryGetValue(id, out var f) ? f : throw new ArgumentException($"Chart '{chart.Id}' names figure '{id}', which the build does not have.", nameof(chart));

        var categories = chart.Categories.Select(c => Wrap(c, WrapWidth(chart.Categories.Length))).ToList();
        var spec = new JsonObject
        {
            ["width"] = Width,
            ["height"] = Height,
            ["background"] = "white",
            ["padding"] = new JsonObject { ["left"] = 4, ["right"] = 4, ["top"] = 4, ["bottom"] = 4 },
            ["config"] = Config(),
        };
        if (chart.Title.Length > 0)
        {
            spec["title"] = new JsonObject { ["text"] = chart.Title, ["anchor"] = "start", ["fontSize"] = 11, ["fontWeight"] = "bold", ["color"] = Ink, ["offset"] = 12 };
        }
        var x = new JsonObject
        {
            ["field"] = "category",
            ["type"] = "nominal",
            ["sort"] = new JsonArray([.. categories.Select(c => (JsonNode)c)]),
            ["axis"] = new JsonObject
            {
                ["title"] = null,
                ["labelAngle"] = 0,
                ["labelExpr"] = "split(datum.label, '\\n')",
                ["labelPadding"] = 6,
                ["domain"] = false,
                ["ticks"] = false,
            },
        };
        var values = new JsonArray();
        JsonArray layers;
        if (chart.Kind == ChartKind.Waterfall)
        {
            var running = Rational.Zero;
            for (var i = 0; i < chart.Categories.Length; i++)
            {
                var figure = FigureOf(chart.FigureIds[i][0]);
                var total = i == 0 || i == chart.Categories.Length - 1;
                var displayed = figure.Displayed;
                var start = total ? Rational.Zero : running;
                var end = displayed is { } d ? (total ? d : running + d) : start;
                running = end;
                var datum = Datum(chart, figure, categories[i], chart.Categories[i], chart.Series[0], Rational.Max(start, end), Rational.Min(start, end));
                datum["start"] = start.ToDecimal();
                datum["end"] = end.ToDecimal();
                if (i < chart.Categories.Length - 1)
                {
                    datum["next"] = categories[i + 1];
                }
                datum["kind"] = total ? "total" : displayed is { Sign: < 0 } ? "decrease" : "increase";
                values.Add((JsonNode)datum);
            }
            layers =
            new JsonArray(
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "bar", ["width"] = new JsonObject { ["band"] = WaterfallBand } },
                    ["encoding"] = new JsonObject
                    {
                        ["y"] = ValueAxis("start"),
                        ["y2"] = new JsonObject { ["field"] = "end" },
                        ["color"] = new JsonObject
                        {
                            ["field"] = "kind",
                            ["type"] = "nominal",
                            ["scale"] = new JsonObject { ["domain"] = new JsonArray("total", "increase", "decrease"), ["range"] = new JsonArray(Current, Increase, Decrease) },
                            ["legend"] = null,
                        },
                        ["description"] = new JsonObject { ["field"] = "description" },
                    },
                },
                Connectors(x),
                Labels("above", null),
                Labels("below", null),
                ZeroLine()
            );
        }
        else
        {
            for (var c = 0; c < chart.Categories.Length; c++)
            {
                for (var s = 0; s < chart.Series.Length; s++)
                {
                    var figure = FigureOf(chart.FigureIds[c][s]);
                    var top = figure.Displayed ?? Rational.Zero;
                    values.Add((JsonNode)Datum(chart, figure, categories[c], chart.Categories[c], chart.Series[s], Rational.Max(top, Rational.Zero), Rational.Min(top, Rational.Zero)));
                }
            }
            var series = new JsonArray([.. chart.Series.Select(s => (JsonNode)s)]);
            JsonObject? offset = chart.Kind == ChartKind.GroupedBar ? new JsonObject { ["field"] = "series", ["type"] = "nominal", ["sort"] = series.DeepClone() } : null;
            var bar = new JsonObject
            {
                ["y"] = ValueAxis("value"),
                ["color"] = new JsonObject
                {
                    ["field"] = "series",
                    ["type"] = "nominal",
                    ["sort"] = series.DeepClone(),
                    ["scale"] = new JsonObject
                    {
                        ["domain"] = series.DeepClone(),
                        ["range"] = new JsonArray([.. Colours(chart.Series.Length).Select(c => (JsonNode)c)]),
                    },
                    ["legend"] = chart.Kind == ChartKind.GroupedBar
                        ? new JsonObject { ["title"] = null, ["orient"] = "top", ["direction"] = "horizontal", ["symbolType"] = "square" }
                        : null,
                },
                ["description"] = new JsonObject { ["field"] = "description" },
            };
            if (offset is not null)
            {
                bar["xOffset"] = offset.DeepClone();
            }
            layers =
            new JsonArray(
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "bar", ["width"] = new JsonObject { ["band"] = 0.9 } },
                    ["encoding"] = bar,
                },
                Labels("above", offset),
                Labels("below", offset),
                ZeroLine()
            );
        }
        spec["data"] = new JsonObject { ["values"] = values };
        // Every layer but the zero line is placed along the categories; the zero line spans the chart.
        foreach (var layer in layers.OfType<JsonObject>().Where(l => l["encoding"] is JsonObject e && !e.ContainsKey("x")))
        {
            if (!IsZeroLine(layer))
            {
                ((JsonObject)layer["encoding"]!)["x"] = x.DeepClone();
            }
        }
        spec["layer"] = layers;
        spec["resolve"] = new JsonObject { ["scale"] = new JsonObject { ["y"] = "shared" } };
        return spec;
    }

    /// <summary>The colours of <paramref name="count"/> series: one series is drawn in the current year's colour.</summary>
    private static IEnumerable<string> Colours(int count) =>
        count == 1 ? [Current] : Enumerable.Range(0, count).Select(i => SeriesColours[i % SeriesColours.Length]);

    private static JsonObject Datum(ReleaseChart chart, Figure figure, string category, string label, string series, Rational top, Rational bottom)
    {
        var displayed = figure.Displayed;
        var below = displayed is { Sign: < 0 } && top.Sign <= 0;
        var seriesPart = chart.Kind == ChartKind.GroupedBar ? ", " + series : "";
        return new JsonObject
        {
            ["figure"] = figure.Id,
            ["category"] = category,
            ["series"] = series,
            ["value"] = displayed is { } d ? JsonValue.Create(d.ToDecimal()) : null,
            ["text"] = figure.Text,
            ["label_y"] = (below ? bottom : top).ToDecimal(),
            ["label_pos"] = below ? "below" : "above",
            ["description"] = label + seriesPart + ": " + figure.Text,
        };
    }

    /// <summary>The value scale: no axis, zero included, and room above and below the bars for their labels.</summary>
    private static JsonObject ValueAxis(string field) => new()
    {
        ["field"] = field,
        ["type"] = "quantitative",
        ["axis"] = null,
        ["scale"] = new JsonObject { ["zero"] = true, ["nice"] = false, ["padding"] = 16 },
    };

    private static JsonObject Labels(string position, JsonObject? offset)
    {
        var encoding = new JsonObject
        {
            ["y"] = new JsonObject { ["field"] = "label_y", ["type"] = "quantitative" },
            ["text"] = new JsonObject { ["field"] = "text" },
        };
        if (offset is not null)
        {
            encoding["xOffset"] = offset.DeepClone();
        }
        var above = position == "above";
        return new JsonObject
        {
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = $"datum.label_pos == '{position}'" }),
            ["mark"] = new JsonObject
            {
                ["type"] = "text",
                ["baseline"] = above ? "bottom" : "top",
                ["dy"] = above ? -3 : 3,
                ["fontSize"] = 9.5,
                ["color"] = Ink,
                ["aria"] = false,
            },
            ["encoding"] = encoding,
        };
    }

    /// <summary>The line at zero, across the whole chart: a layer of its own with one empty datum.</summary>
    private static JsonObject ZeroLine() => new()
    {
        ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject()) },
        ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = "#6b6b6b", ["strokeWidth"] = 1, ["aria"] = false },
        ["encoding"] = new JsonObject { ["y"] = new JsonObject { ["datum"] = 0, ["type"] = "quantitative" } },
    };

    private static bool IsZeroLine(JsonObject layer) => layer["data"] is not null && layer["mark"]?["type"]?.GetValue<string>() == "rule";

    /// <summary>
    /// The dashed lines of a waterfall from where each bar ends to the next bar, which starts there: from the
    /// right edge of one bar (its band's centre plus half the bar's width) to the left edge of the next.
    /// </summary>
    private static JsonObject Connectors(JsonObject x)
    {
        var from = (JsonObject)x.DeepClone();
        from["bandPosition"] = 0.5 + (WaterfallBand / 2);
        from.Remove("axis");
        var to = new JsonObject { ["field"] = "next", ["bandPosition"] = 0.5 - (WaterfallBand / 2) };
        return new JsonObject
        {
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = "isValid(datum.next)" }),
            ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = "#8c8c8c", ["strokeWidth"] = 0.8, ["strokeDash"] = new JsonArray(3, 2), ["aria"] = false },
            ["encoding"] = new JsonObject
            {
                ["x"] = from,
                ["x2"] = to,
                ["y"] = new JsonObject { ["field"] = "end", ["type"] = "quantitative" },
            },
        };
    }

    private static JsonObject Config() => new()
    {
        ["font"] = FontFamily,
        ["view"] = new JsonObject { ["stroke"] = null },
        ["axis"] = new JsonObject { ["labelFontSize"] = 9.5, ["labelColor"] = Ink, ["labelLimit"] = 0, ["labelLineHeight"] = 11 },
        ["legend"] = new JsonObject { ["labelFontSize"] = 9.5, ["labelColor"] = Ink, ["labelLimit"] = 0, ["symbolSize"] = 80 },
        ["title"] = new JsonObject { ["limit"] = 0 },
    };

    /// <summary>How many characters fit on one line of a category's label when <paramref name="categories"/> share the width.</summary>
    private static int WrapWidth(int categories) => Math.Max(8, Width / Math.Max(1, categories) / 6);

    /// <summary>A label broken into lines of at most <paramref name="width"/> characters at spaces, joined by line feeds.</summary>
    internal static string Wrap(string label, int width)
    {
        var lines = new List<StringBuilder>();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count == 0 || lines[^1].Length + 1 + word.Length > width)
            {
                lines.Add(new StringBuilder(word));
            }
            else
            {
                lines[^1].Append(' ').Append(word);
            }
        }
        return string.Join("\n", lines.Select(l => l.ToString()));
    }
}
