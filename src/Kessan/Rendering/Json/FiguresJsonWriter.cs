using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kessan.Derivation;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Model;

namespace Kessan.Rendering.Json;

/// <summary>
/// Writes <c>figures.json</c>: every figure of the release with its id, label, period, unit, display
/// format, exact value, the interval its inputs' rounding allows, its displayed text, any footing
/// adjustment, the rule that computed it, and its inputs down to the facts; every fact those inputs use,
/// once, with the file:line:column of each place it was read from and the figures that use it; every
/// displayed sum with whether it holds; and every chart with the figure each of its bars draws.
/// </summary>
/// <remarks>
/// A provenance step that is a fact names it by its id (<c>Revenues@2012-04-01..2013-03-31</c>: concept,
/// dimensions in brackets, ISO period, and <c>#target</c> or <c>#forecast</c> unless actual), which is the
/// key of the fact in <c>facts</c>.
/// </remarks>
public static class FiguresJsonWriter
{
    /// <summary>Writes the figures of a build as indented JSON.</summary>
    public static string Write(ReleasePackage package, BuildResult build) => Encoding.UTF8.GetString(WriteUtf8(package, build));

    /// <summary>Writes the figures of a build as indented JSON, encoded in UTF-8 (the bytes of <c>figures.json</c>).</summary>
    public static byte[] WriteUtf8(ReleasePackage package, BuildResult build)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(build);
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("package", package.Name);
            json.WriteString("company", package.Company.Name);
            json.WriteString("fiscal_year", package.Calendar.NameOf(package.Reporting.CurrentYear));
            json.WriteString("currency", package.Reporting.Currency.Id);
            json.WriteNumber("figure_count", build.Figures.Length);
            json.WriteNumber("adjustment_count", build.Figures.Count(f => f.Adjustment is not null));
            var facts = FactsUsed(build);
            // Counted as check counts them: every fact of the package. The facts listed below are those a figure
            // uses (facts_used_count); the rest are checked but not shown.
            json.WriteNumber("fact_count", package.Facts.Count);
            json.WriteNumber("facts_used_count", facts.Count);
            json.WriteStartArray("figures");
            foreach (var f in build.Figures)
            {
                WriteFigure(json, package, f);
            }
            json.WriteEndArray();
            json.WriteStartArray("facts");
            foreach (var (fact, users) in facts.Values)
            {
                WriteFact(json, package, fact, users);
            }
            json.WriteEndArray();
            json.WriteStartArray("sums");
            var byId = build.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
            foreach (var sum in build.Sums)
            {
                json.WriteStartObject();
                json.WriteString("table", sum.TableId);
                json.WriteString("description", sum.Description);
                json.WriteBoolean("footed", sum.Footed);
                json.WriteBoolean("holds", Holds(sum, byId));
                json.WriteStartArray("terms");
                foreach (var (id, weight) in sum.Terms)
                {
                    json.WriteStartObject();
                    json.WriteString("figure", id);
                    json.WriteNumber("weight", weight);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("charts");
            foreach (var chart in build.Charts)
            {
                WriteChart(json, chart);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A chart: where it is drawn, how, and the figure of each bar by category and series.</summary>
    private static void WriteChart(Utf8JsonWriter json, ReleaseChart chart)
    {
        json.WriteStartObject();
        json.WriteString("id", chart.Id);
        json.WriteString("section", chart.SectionId);
        json.WriteString("kind", chart.Kind switch { ChartKind.GroupedBar => "grouped_bar", ChartKind.Waterfall => "waterfall", _ => "bar" });
        json.WriteString("title", chart.Title);
        json.WriteStartArray("series");
        foreach (var s in chart.Series)
        {
            json.WriteStringValue(s);
        }
        json.WriteEndArray();
        json.WriteStartArray("categories");
        for (var c = 0; c < chart.Categories.Length; c++)
        {
            json.WriteStartObject();
            json.WriteString("label", chart.Categories[c]);
            json.WriteStartArray("figures");
            foreach (var id in chart.FigureIds[c])
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The id of a fact in <c>figures.json</c>.</summary>
    public static string FactId(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var dims = fact.Dimensions.IsEmpty ? "" : "[" + fact.Dimensions + "]";
        var status = fact.Status == FactStatus.Actual ? "" : "#" + fact.Status.ToString().ToLowerInvariant();
        return fact.ConceptId + dims + "@" + fact.Period + status;
    }

    /// <summary>Every fact the figures use, in order of first use, with the ids of the figures that use it.</summary>
    private static Dictionary<FactKey, (Fact Fact, List<string> Users)> FactsUsed(BuildResult build)
    {
        var facts = new Dictionary<FactKey, (Fact, List<string>)>();
        foreach (var figure in build.Figures)
        {
            if (figure.Value is not { } v)
            {
                continue;
            }
            foreach (var fact in v.Provenance.Facts())
            {
                if (!facts.TryGetValue(fact.Key, out var entry))
                {
                    entry = (fact, []);
                    facts[fact.Key] = entry;
                }
                entry.Item2.Add(figure.Id);
            }
        }
        return facts;
    }

    private static void WriteFact(Utf8JsonWriter json, ReleasePackage package, Fact fact, List<string> users)
    {
        json.WriteStartObject();
        json.WriteString("id", FactId(fact));
        json.WriteString("concept", fact.ConceptId);
        json.WriteString("period", fact.Period.ToString());
        json.WriteString("period_name", package.Calendar.NameOf(fact.Period));
        if (!fact.Dimensions.IsEmpty)
        {
            json.WriteString("dimensions", fact.Dimensions.ToString());
        }
        json.WriteString("status", fact.Status.ToString().ToLowerInvariant());
        json.WriteString("unit", fact.Unit.Id);
        json.WriteString("value", fact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("precision", fact.Precision.ToString());
        json.WriteStartArray("sources");
        foreach (var r in fact.Reports)
        {
            json.WriteStringValue(r.Source.ToString());
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var id in users)
        {
            json.WriteStringValue(id);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>True when the displayed values of a sum's figures add up.</summary>
    private static bool Holds(DisplayedSum sum, Dictionary<string, Figure> byId)
    {
        var total = Model.Rational.Zero;
        foreach (var (id, weight) in sum.Terms)
        {
            if (byId[id].Displayed is not { } d)
            {
                return false;
            }
            total += weight > 0 ? d : -d;
        }
        return total.IsZero;
    }

    private static void WriteFigure(Utf8JsonWriter json, ReleasePackage package, Figure f)
    {
        json.WriteStartObject();
        json.WriteString("id", f.Id);
        json.WriteString("label", f.Label);
        json.WriteString("expression", f.Key.Expression);
        json.WriteStartObject("period");
        json.WriteString("iso", f.Key.Period.ToString());
        json.WriteString("name", package.Calendar.NameOf(f.Key.Period));
        json.WriteEndObject();
        json.WriteString("status", f.Key.Status.ToString().ToLowerInvariant());
        json.WriteStartObject("format");
        json.WriteString("name", f.Format.Name);
        json.WriteNumber("scale", f.Format.Scale);
        json.WriteNumber("decimals", f.Format.Decimals);
        json.WriteBoolean("percent", f.Format.Percent);
        json.WriteEndObject();
        if (f.Value is { } v)
        {
            json.WriteString("unit", v.Unit.Id);
            json.WriteString("exact", v.Value.ToString(12));
            json.WriteStartObject("interval");
            if (v.Low is { } low && v.High is { } high)
            {
                json.WriteString("low", low.ToString(12));
                json.WriteString("high", high.ToString(12));
            }
            else
            {
                json.WriteNull("low");
                json.WriteNull("high");
            }
            json.WriteEndObject();
            json.WriteString("independent", f.Independent!.Value.ToString(f.Format.Decimals));
            json.WriteString("displayed", f.Displayed!.Value.ToString(f.Format.Decimals));
            json.WriteString("text", f.Text);
            json.WriteString("rule", v.Provenance.Rule);
            if (f.Adjustment is { } a)
            {
                json.WriteStartObject("adjustment");
                json.WriteString("delta", a.Delta.ToString(f.Format.Decimals));
                json.WriteString("reason", a.Reason);
                json.WriteEndObject();
            }
            json.WritePropertyName("provenance");
            WriteProvenance(json, package, v.Provenance);
        }
        else
        {
            json.WriteString("text", f.Text);
            json.WriteString("failure", f.Failure);
        }
        json.WriteStartArray("appears_in");
        foreach (var place in f.AppearsIn)
        {
            json.WriteStringValue(place);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter json, ReleasePackage package, Provenance p)
    {
        json.WriteStartObject();
        json.WriteString("rule", p.Rule);
        json.WriteString("formula", p.Formula);
        json.WriteString("value", p.Value.ToString(12));
        if (p.Period is { } period)
        {
            json.WriteString("period", package.Calendar.NameOf(period));
        }
        if (p.Fact is { } fact)
        {
            json.WriteString("fact", FactId(fact));
        }
        if (!p.Inputs.IsEmpty)
        {
            json.WriteStartArray("inputs");
            foreach (var input in p.Inputs)
            {
                WriteProvenance(json, package, input);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
