using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Kessan.Derivation.Figures;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Rendering.Html;

namespace Kessan.Rendering.Charts;

/// <summary>
/// Draws one chart of a release as SVG, in C#, from the release's figures only: each bar is a figure drawn at its
/// displayed value and labelled with its text, exactly as the tables show it. There is no value axis and no number
/// of the chart's own; the only text is the title, the series names (a legend when there are several), the
/// category labels and the figures' texts.
/// </summary>
/// <remarks>
/// Kinds: <c>bar</c> (one bar per category), <c>grouped_bar</c> (a group per category, one bar per series, earlier
/// periods lighter), <c>waterfall</c> (the first and last categories are totals drawn from zero; each one between is a
/// change floating from where the bar before it ended, increases green and decreases red, joined by dashed
/// connectors). Stateless and thread-safe.
/// </remarks>
internal static class SvgChart
{
    /// <summary>The width of the drawing, in CSS pixels (the HTML scales it to the width of the text).</summary>
    public const int Width = 610;

    private const double Margin = 5;
    private const double PlotHeight = 170;
    private const double LabelRoom = 15;
    private const double FontSize = 9.5;
    private const double LineHeight = 11;
    private const string Ink = "#1b1b1b";
    private const string Rule = "#6b6b6b";
    private const string Current = "#1f4e79";
    private const string Increase = "#4a8c5c";
    private const string Decrease = "#b5473a";

    /// <summary>Colours of the series of grouped bars, left to right: earlier periods lighter, the last darkest.</summary>
    private static readonly string[] SeriesColours = ["#a9bfd6", Current, "#6f93b8", "#c9a227", "#8c8c8c"];

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A bar: the figure it draws and the values its ends stand at.</summary>
    private sealed record Bar(int Category, int Series, Figure Figure, Rational From, Rational To, string Colour);

    /// <summary>The chart as an SVG element (its text escaped), with its id and title for readers and screen readers.</summary>
    /// <exception cref="ArgumentException">The chart names a figure that is not in the build.</exception>
    public static string Draw(ReleaseChart chart, BuildResult build)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(build);
        var bars = Bars(chart, build);
        var categories = chart.Categories.Select(c => Wrap(c, WrapWidth(chart.Categories.Length)).Split('\n')).ToList();
        var legend = chart.Kind == ChartKind.GroupedBar && chart.Series.Length > 1;
        var plotTop = Margin + (chart.Title.Length > 0 ? 22 : 0) + (legend ? 20 : 0);
        var plotBottom = plotTop + PlotHeight;
        var height = Math.Ceiling(plotBottom + 8 + (categories.Count == 0 ? 0 : categories.Max(c => c.Length)) * LineHeight + Margin);

        var values = bars.SelectMany(b => new[] { b.From, b.To }).Append(Rational.Zero).ToList();
        var (min, max) = (values.Min(), values.Max());
        var span = (max - min).IsZero ? Rational.One : max - min;
        double Y(Rational v) => plotTop + LabelRoom + (double)((max - v) / span).ToDecimal() * (PlotHeight - 2 * LabelRoom);

        var plotWidth = Width - 2 * Margin;
        var band = plotWidth / Math.Max(1, chart.Categories.Length);
        var group = chart.Kind == ChartKind.Waterfall ? band * 0.62 : band * (chart.Series.Length > 1 ? 0.8 : 0.6);
        var barWidth = group / (chart.Kind == ChartKind.Waterfall ? 1 : Math.Max(1, chart.Series.Length));
        double X(Bar b) => Margin + b.Category * band + (band - group) / 2 + (chart.Kind == ChartKind.Waterfall ? 0 : b.Series * barWidth);

        var root = new XElement(Svg + "svg",
            new XAttribute("data-chart", chart.Id), new XAttribute("role", "img"), new XAttribute("aria-label", chart.Title),
            new XAttribute("width", Width), new XAttribute("height", N(height)), new XAttribute("viewBox", $"0 0 {Width} {N(height)}"),
            new XAttribute("font-family", Css.FontFamily),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", N(height)), new XAttribute("fill", "white")));
        if (chart.Title.Length > 0)
        {
            root.Add(Text(Margin, Margin + 11, chart.Title, "start", 11, bold: true));
        }
        if (legend)
        {
            var x = Margin;
            for (var s = 0; s < chart.Series.Length; s++)
            {
                var y = plotTop - 20 + 4;
                root.Add(new XElement(Svg + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", 9), new XAttribute("height", 9),
                    new XAttribute("fill", Colour(chart, s))));
                root.Add(Text(x + 13, y + 8.5, chart.Series[s], "start", FontSize));
                x += 13 + chart.Series[s].Length * 6 + 16;
            }
        }
        foreach (var b in bars)
        {
            var (top, bottom) = (Y(Rational.Max(b.From, b.To)), Y(Rational.Min(b.From, b.To)));
            var series = chart.Kind == ChartKind.GroupedBar ? ", " + chart.Series[b.Series] : "";
            root.Add(new XElement(Svg + "rect",
                new XAttribute("x", N(X(b))), new XAttribute("y", N(top)), new XAttribute("width", N(barWidth)), new XAttribute("height", N(Math.Max(bottom - top, 0.5))),
                new XAttribute("fill", b.Colour), new XAttribute("data-figure", b.Figure.Id), new XAttribute("role", "graphics-symbol"),
                new XAttribute("aria-label", chart.Categories[b.Category] + series + ": " + b.Figure.Text)));
            // A bar that goes down from where it starts is labelled below its end, every other above it.
            var below = b.To < b.From;
            root.Add(Text(X(b) + barWidth / 2, below ? bottom + LineHeight : top - 4, b.Figure.Text, "middle", FontSize, figure: b.Figure.Id));
        }
        if (chart.Kind == ChartKind.Waterfall)
        {
            for (var i = 0; i + 1 < bars.Count; i++)
            {
                var y = Y(bars[i].To);
                root.Add(new XElement(Svg + "line", new XAttribute("x1", N(X(bars[i]) + barWidth)), new XAttribute("x2", N(X(bars[i + 1]))),
                    new XAttribute("y1", N(y)), new XAttribute("y2", N(y)), new XAttribute("stroke", Rule), new XAttribute("stroke-dasharray", "2,2")));
            }
        }
        root.Add(new XElement(Svg + "line", new XAttribute("x1", N(Margin)), new XAttribute("x2", N(Width - Margin)),
            new XAttribute("y1", N(Y(Rational.Zero))), new XAttribute("y2", N(Y(Rational.Zero))), new XAttribute("stroke", Rule)));
        for (var c = 0; c < categories.Count; c++)
        {
            for (var line = 0; line < categories[c].Length; line++)
            {
                root.Add(Text(Margin + c * band + band / 2, plotBottom + 8 + (line + 1) * LineHeight, categories[c][line], "middle", FontSize));
            }
        }
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The bars of the chart in drawing order, each from its figure's displayed value.</summary>
    private static List<Bar> Bars(ReleaseChart chart, BuildResult build)
    {
        var byId = build.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Figure FigureOf(string id) => byId.TryGetValue(id, out var f) ? f : throw new ArgumentException($"Chart '{chart.Id}' names figure '{id}', which the build does not have.", nameof(build));
        var bars = new List<Bar>();
        if (chart.Kind == ChartKind.Waterfall)
        {
            var running = Rational.Zero;
            for (var i = 0; i < chart.Categories.Length; i++)
            {
                var figure = FigureOf(chart.FigureIds[i][0]);
                var total = i == 0 || i == chart.Categories.Length - 1;
                var value = figure.Displayed ?? Rational.Zero;
                var from = total ? Rational.Zero : running;
                var to = total ? value : running + value;
                running = to;
                bars.Add(new Bar(i, 0, figure, from, to, total ? Current : value.Sign < 0 ? Decrease : Increase));
            }
            return bars;
        }
        for (var c = 0; c < chart.Categories.Length; c++)
        {
            for (var s = 0; s < chart.Series.Length; s++)
            {
                var figure = FigureOf(chart.FigureIds[c][s]);
                bars.Add(new Bar(c, s, figure, Rational.Zero, figure.Displayed ?? Rational.Zero, Colour(chart, s)));
            }
        }
        return bars;
    }

    private static string Colour(ReleaseChart chart, int series) =>
        chart.Series.Length == 1 ? Current : SeriesColours[series % SeriesColours.Length];

    private static XElement Text(double x, double y, string text, string anchor, double size, bool bold = false, string? figure = null)
    {
        var e = new XElement(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", N(size)), new XAttribute("fill", Ink), text);
        if (bold)
        {
            e.Add(new XAttribute("font-weight", "bold"));
        }
        if (figure is not null)
        {
            e.Add(new XAttribute("data-figure", figure));
        }
        return e;
    }

    /// <summary>A coordinate as SVG writes it: invariant, at most two decimals.</summary>
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>How many characters fit on one line of a category's label when <paramref name="categories"/> share the width.</summary>
    private static int WrapWidth(int categories) => Math.Max(8, (Width - 10) / Math.Max(1, categories) / 6);

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
